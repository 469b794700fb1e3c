import 'server-only';
import { createHash } from 'node:crypto';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_PIXELS } from '@/domain/media/limits';
import { mediaIdOf } from '@/domain/media/references';
import { sniffFileKind, uploadTypeOf, type UploadImageType } from '@/domain/media/sniff';
import { fail, ok, type Result } from '@/domain/shared/result';

/** An uploaded image after its checks and re-encoding, ready to store. */
export type ProcessedImage = { id: string; type: UploadImageType; bytes: Uint8Array<ArrayBuffer>; width: number; height: number };

export type ImageRefusal = 'empty' | 'too_large' | 'wrong_type' | 'too_many_pixels' | 'unreadable';

const MB = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Re-encodes in the sniffed format; sharp writes no metadata unless asked to. */
function encode(image: Sharp, type: UploadImageType): Sharp {
  if (type === 'image/png') return image.png();
  if (type === 'image/jpeg') return image.jpeg({ quality: 90 });
  return image.webp({ quality: 90 });
}

/**
 * Checks an uploaded file by its content and re-encodes it: not empty, at most MAX_UPLOAD_BYTES,
 * a PNG, JPEG or WebP by its first bytes (whatever its name), at most MAX_UPLOAD_PIXELS, and
 * decodable. Re-encoding turned by its EXIF orientation drops every byte the picture does not need:
 * EXIF (GPS position, camera, time), XMP, comments, colour profiles (converted to sRGB), later
 * frames and anything appended after the image, so a polyglot file loses its other half.
 */
export async function processUploadedImage(input: Uint8Array): Promise<Result<ProcessedImage, ImageRefusal>> {
  if (input.byteLength === 0) return fail('empty', 'errors.media.empty');
  if (input.byteLength > MAX_UPLOAD_BYTES) return fail('too_large', 'errors.media.tooLarge', { size: MB(input.byteLength), max: MB(MAX_UPLOAD_BYTES) });
  const kind = sniffFileKind(input);
  const type = uploadTypeOf(kind);
  if (!type) return fail('wrong_type', 'errors.media.wrongType', { kind });
  const source = () => sharp(input, { limitInputPixels: MAX_UPLOAD_PIXELS, failOn: 'error' });
  let output: { data: Buffer; info: OutputInfo };
  try {
    // The header's size is read without decoding, so a decompression bomb is refused before it expands.
    const { width = 0, height = 0, format } = await sharp(input, { limitInputPixels: false }).metadata();
    if (width * height > MAX_UPLOAD_PIXELS) return fail('too_many_pixels', 'errors.media.tooManyPixels', { width, height, max: MAX_UPLOAD_PIXELS / 1_000_000 });
    if (format !== kind) return fail('unreadable', 'errors.media.unreadable');
    output = await encode(source().rotate(), type).toBuffer({ resolveWithObject: true });
  } catch {
    return fail('unreadable', 'errors.media.unreadable');
  }
  const bytes = new Uint8Array(output.data);
  const id = mediaIdOf(createHash('sha256').update(bytes).digest('hex'));
  return ok({ id, type, bytes, width: output.info.width, height: output.info.height });
}
