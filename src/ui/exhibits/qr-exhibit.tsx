import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A QR code of the scenario's (fictional) address, drawn when the content was read, as SVG squares. */
export function QrExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { url, caption } = exhibit.header;
  const target = url.segments.map((segment) => segment.text).join('');
  const link = url.segments.find((segment) => segment.kind === 'link');
  const parts = link?.kind === 'link' ? link.parts : { before: target, domain: '', after: '' };
  const { size, path } = exhibit.qrCode ?? { size: 0, path: '' };
  return (
    <div className="screen qr">
      {caption && <ExhibitLine line={caption} mode={mode} labels={labels} className="qr-caption" />}
      <svg className="qr-code" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={caption ? caption.segments.map((s) => s.text).join('') : 'QR'} shapeRendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={path} fill="#000" />
      </svg>
      <ExhibitLine
        line={{ ...url, segments: [{ kind: 'link', text: labels.scanPreview, href: target, parts }] }}
        mode={mode}
        labels={labels}
        className="qr-target"
      />
    </div>
  );
}
