import QRCode from 'qrcode';
import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A QR code generated from the scenario's (fictional) address, drawn as SVG squares. */
export function QrExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { url, caption } = exhibit.header;
  const target = url.segments.map((segment) => segment.text).join('');
  const { modules } = QRCode.create(target, { errorCorrectionLevel: 'M' });
  const size = modules.size;
  const squares: string[] = [];
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) if (modules.get(x, y)) squares.push(`M${x + 2} ${y + 2}h1v1h-1z`);
  }
  return (
    <div className="screen qr">
      {caption && <ExhibitLine line={caption} mode={mode} labels={labels} className="qr-caption" />}
      <svg className="qr-code" viewBox={`0 0 ${size + 4} ${size + 4}`} role="img" aria-label={caption ? caption.segments.map((s) => s.text).join('') : 'QR'} shapeRendering="crispEdges">
        <rect width={size + 4} height={size + 4} fill="#fff" />
        <path d={squares.join('')} fill="#000" />
      </svg>
      <ExhibitLine
        line={{ ...url, segments: [{ kind: 'link', text: labels.scanPreview, href: target }] }}
        mode={mode}
        labels={labels}
        className="qr-target"
      />
    </div>
  );
}
