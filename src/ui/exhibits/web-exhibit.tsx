import { ExhibitLine } from './exhibit-line';
import type { ExhibitProps } from './types';

/** A web page in a mobile browser: the address bar first, since the address is often the tell. */
export function WebExhibit({ exhibit, mode, labels }: ExhibitProps) {
  const { url, title } = exhibit.header;
  return (
    <div className="screen web">
      <div className="address-bar">
        <svg className="lock" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1Zm2 0h4V5a2 2 0 0 0-4 0v2Z" fill="currentColor" />
        </svg>
        <ExhibitLine line={{ ...url, segments: url.segments.map((segment) => ({ kind: 'text', text: segment.text })) }} mode={mode} labels={labels} className="address" />
      </div>
      {title && <ExhibitLine line={title} mode={mode} labels={labels} className="web-title" />}
      <div className="web-page">
        {exhibit.body.map((line) => (
          <ExhibitLine key={line.id} line={line} mode={mode} labels={labels} className={line.style === 'heading' ? 'web-heading' : line.style === 'button' ? 'web-button' : 'web-text'} />
        ))}
      </div>
    </div>
  );
}
