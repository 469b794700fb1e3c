import type { InlineSegment } from '@/domain/content/segments';
import { AddressReveal } from './address-reveal';
import type { ExhibitLabels } from './types';

type InlineTextProps = { segments: InlineSegment[]; labels: ExhibitLabels };

/** Exhibit text; links show where they really lead instead of navigating, in every mode. */
export function InlineText({ segments, labels }: InlineTextProps) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'text' ? <span key={index}>{segment.text}</span> : <AddressReveal key={index} text={segment.text} parts={segment.parts} labels={{ realAddress: labels.realAddress, site: labels.site, showAddress: labels.showAddress }} />,
      )}
    </>
  );
}
