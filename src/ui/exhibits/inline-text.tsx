import type { InlineSegment } from '@/domain/content/inline';

type InlineTextProps = { segments: InlineSegment[]; idPrefix: string; realAddressLabel: string; isInteractive: boolean };

/**
 * Exhibit text with links that never navigate: like a browser's status bar, hovering, focusing or
 * tapping a link reveals the address it really points to.
 */
export function InlineText({ segments, idPrefix, realAddressLabel, isInteractive }: InlineTextProps) {
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.kind === 'text') return <span key={index}>{segment.text}</span>;
        if (!isInteractive) return <span key={index} className="fake-link">{segment.text}</span>;
        const tipId = `${idPrefix}-link-${index}`;
        return (
          <span key={index} className="fake-link-wrap">
            <button type="button" className="fake-link" aria-describedby={tipId}>
              {segment.text}
            </button>
            <span role="tooltip" id={tipId} className="fake-link-target">
              {realAddressLabel}: <bdi>{segment.href}</bdi>
            </span>
          </span>
        );
      })}
    </>
  );
}
