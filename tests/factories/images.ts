import sharp from 'sharp';

/** A small real image of each accepted type, drawn with sharp (a flat colour unless `size` says). */
export async function drawImage(format: 'png' | 'jpeg' | 'webp' = 'png', size = { width: 40, height: 30 }, colour = '#0f766e'): Promise<Uint8Array<ArrayBuffer>> {
  const image = sharp({ create: { ...size, channels: 3, background: colour } });
  return new Uint8Array(await (format === 'png' ? image.png() : format === 'jpeg' ? image.jpeg() : image.webp()).toBuffer());
}

/** A JPEG that carries EXIF: the camera owner's name and a GPS position, as phone photos do. */
export async function drawJpegWithExif(): Promise<Uint8Array<ArrayBuffer>> {
  const image = sharp({ create: { width: 40, height: 30, channels: 3, background: '#c2410c' } }).jpeg();
  const tagged = image.withExif({ IFD0: { Artist: 'Ann Owner', Copyright: 'Ann Owner' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '31/1 13/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '121/1 28/1 0/1' } });
  return new Uint8Array(await tagged.toBuffer());
}

export const text = (value: string) => new TextEncoder().encode(value);

export function concat(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((total, part) => total + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}
