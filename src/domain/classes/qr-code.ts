import QRCode from 'qrcode';

/** A QR code of `url` as SVG markup: paths only, no text from the URL, so it is safe to inline. */
export function qrCodeSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
