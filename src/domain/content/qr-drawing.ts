import QRCode from 'qrcode';

/** A QR code as one SVG path of unit squares on a `size` grid, with a two-module quiet zone around it. */
export type QrDrawing = { size: number; path: string };

/**
 * Draws the QR code of a QR exhibit once, when the content is read, so the browser gets the
 * drawing rather than a QR encoder.
 */
export function drawQrCode(text: string): QrDrawing {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const squares: string[] = [];
  for (let y = 0; y < modules.size; y += 1) {
    for (let x = 0; x < modules.size; x += 1) if (modules.get(x, y)) squares.push(`M${x + 2} ${y + 2}h1v1h-1z`);
  }
  return { size: modules.size + 4, path: squares.join('') };
}
