// Kept apart from the parser (inline.ts), which needs the public suffix list: the browser's
// exhibit components import only what is here.
import type { AddressParts } from './addresses';

/**
 * A run of exhibit text: plain words, or a link that shows its target instead of navigating. A link
 * carries its address already cut around the registrable domain, so the browser needs no public
 * suffix list to show it.
 */
export type InlineSegment = { kind: 'text'; text: string } | { kind: 'link'; text: string; href: string; parts: AddressParts };

/** The visible text of a line, without link markup. */
export function inlineText(segments: InlineSegment[]): string {
  return segments.map((segment) => segment.text).join('');
}
