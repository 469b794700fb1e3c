import { splitAddress } from './addresses';
import type { InlineSegment } from './segments';

export type { InlineSegment } from './segments';
export { inlineText } from './segments';

/** A link segment showing `text` that leads to `href`. */
export function linkSegment(text: string, href: string): Extract<InlineSegment, { kind: 'link' }> {
  return { kind: 'link', text, href, parts: splitAddress(href) };
}

const LINK_PATTERN = /\[([^\]]+)\]\(([^)\s]+)\)|https?:\/\/[A-Za-z0-9\-._~:/?#@!$&'*+,;=%]+/g;
// Sentence punctuation right after a bare URL belongs to the sentence, not the address.
const TRAILING_PUNCTUATION = /[.,;:!?'*]+$/;

/** Splits a line into text and link segments: `[text](url)` and bare http(s) addresses. */
export function parseInline(text: string): InlineSegment[] {
  const segments: InlineSegment[] = [];
  let cursor = 0;
  for (const match of text.matchAll(LINK_PATTERN)) {
    let raw = match[0];
    let segment: InlineSegment;
    if (match[1] !== undefined) {
      segment = linkSegment(match[1], match[2]);
    } else {
      raw = raw.replace(TRAILING_PUNCTUATION, '');
      segment = linkSegment(raw, raw);
    }
    const start = match.index;
    if (start > cursor) segments.push({ kind: 'text', text: text.slice(cursor, start) });
    segments.push(segment);
    cursor = start + raw.length;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}
