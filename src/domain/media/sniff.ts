/*
 * What an uploaded file is, judged by its first bytes, never by its name or the type the browser
 * declared. Only PNG, JPEG and WebP are accepted as images; every other kind is named so the
 * refusal can say what the file looks like.
 */

/** The image types an upload may have, as served. */
export const UPLOAD_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type UploadImageType = (typeof UPLOAD_IMAGE_TYPES)[number];

/** What a file's first bytes say it is. */
export const SNIFFED_KINDS = ['png', 'jpeg', 'webp', 'gif', 'heic', 'avif', 'bmp', 'tiff', 'ico', 'svg', 'html', 'xml', 'pdf', 'zip', 'text', 'unknown'] as const;
export type SniffedKind = (typeof SNIFFED_KINDS)[number];

const ACCEPTED: Partial<Record<SniffedKind, UploadImageType>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' };

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  return String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
}

/** HEIF-family files (iPhone photos, AVIF) name their brand in an "ftyp" box at byte 4. */
function isoBrand(bytes: Uint8Array): string | undefined {
  return ascii(bytes, 4, 8) === 'ftyp' ? ascii(bytes, 8, 12) : undefined;
}

/** Markup or plain text: judged on the first kilobyte, without a byte-order mark or leading blanks. */
function sniffText(bytes: Uint8Array): SniffedKind {
  const head = bytes.subarray(0, 1024);
  const isText = head.every((byte) => byte === 0x09 || byte === 0x0a || byte === 0x0d || byte >= 0x20);
  if (!isText) return 'unknown';
  const text = new TextDecoder('utf-8').decode(head).replace(/^\uFEFF/, '').trimStart().toLowerCase();
  if (/<svg[\s>]/.test(text)) return 'svg';
  if (/^(<!doctype html|<html|<head|<body|<script|<iframe|<meta|<!--)/.test(text) || /<(html|script|body|iframe)[\s>]/.test(text)) return 'html';
  if (text.startsWith('<?xml')) return 'xml';
  return 'text';
}

/** The kind of file these bytes start; 'unknown' for anything not recognised (an empty file too). */
export function sniffFileKind(bytes: Uint8Array): SniffedKind {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return 'gif';
  const brand = isoBrand(bytes);
  if (brand === 'avif' || brand === 'avis') return 'avif';
  if (brand && ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'heic';
  if (ascii(bytes, 0, 2) === 'BM' && bytes.length >= 26) return 'bmp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  if (startsWith(bytes, [0x00, 0x00, 0x01, 0x00])) return 'ico';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (bytes.length === 0) return 'unknown';
  return sniffText(bytes);
}

/** The type an accepted image is stored and served as; undefined for every other kind. */
export function uploadTypeOf(kind: SniffedKind): UploadImageType | undefined {
  return ACCEPTED[kind];
}
