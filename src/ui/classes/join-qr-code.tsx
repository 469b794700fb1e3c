import { qrCodeSvg } from '@/domain/classes/qr-code';

/**
 * A QR code of `url`, drawn on the server as SVG so it costs the browser no script and prints
 * sharply. The SVG comes from the library's encoder (paths only, no text from the URL).
 */
export async function JoinQrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const svg = await qrCodeSvg(url);
  return <div className={`join-qr-code ${className ?? ''}`.trim()} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
