import { joinCjkLines } from '../schemas';

/*
 * Text inside GIFT, Moodle's question text format (question/format/gift/format.php in Moodle):
 * escapes, the [format] prefix, and turning each format into the plain text of our exhibits.
 */

export const GIFT_FORMATS = ['moodle', 'html', 'plain', 'markdown'] as const;
export type GiftFormat = (typeof GIFT_FORMATS)[number];

/** A piece of GIFT text, escapes resolved, with the format it was written in. */
export type GiftRichText = { text: string; format: GiftFormat };

/** Characters that must carry a backslash in GIFT text; `\n` stands for a line break. */
const ESCAPED = /[\\~=#{}:]/g;

/**
 * Writes text so that Moodle (and our parser) read it back unchanged: the control characters get a
 * backslash and line breaks become `\n`, so the text stays on one line (a blank line would end the
 * question, a line starting with `//` would be a comment).
 */
export function escapeGift(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(ESCAPED, (char) => `\\${char}`)
    .replace(/\n/g, '\\n');
}

/** Moodle's own format names; text starting with one of these in brackets is read as a format prefix. */
export function startsWithFormatName(text: string): boolean {
  return /^\[(moodle|html|plain|markdown)\]/.test(text);
}

/** What a conversion to plain text could not keep: images, embedded media, files. */
export type LostContent = string[];

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', hellip: '…', mdash: '—', ndash: '–' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  return match ? decodeEntities(match[2] ?? match[3] ?? match[4] ?? '') : undefined;
}

const BLOCK_END = /<\/(p|div|h[1-6]|li|tr|table|ul|ol|blockquote|pre)\s*>/gi;
const MEDIA = /<(audio|video|iframe|object|embed)\b[^>]*>/gi;

/**
 * HTML to plain text: paragraphs and line breaks survive, links become `[text](address)` (our
 * exhibits show them as links that never navigate), images and media are reported as lost.
 * `keepNewlines` is for Moodle's own format, where a line break in the source is a line break.
 */
export function htmlToPlainText(html: string, keepNewlines = false): { text: string; lost: LostContent } {
  const lost: LostContent = [];
  let text = keepNewlines ? html.replace(/[ \t]+/g, ' ') : html.replace(/\s+/g, ' ');
  text = text.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '');
  text = text.replace(/<img\b[^>]*>/gi, (tag) => {
    const alt = attribute(tag, 'alt')?.trim();
    lost.push(`image ${attribute(tag, 'src') ?? ''}`.trim());
    return alt ? `(${alt})` : '';
  });
  text = text.replace(MEDIA, (tag, name: string) => {
    lost.push(`${name.toLowerCase()} ${attribute(tag, 'src') ?? attribute(tag, 'data') ?? ''}`.trim());
    return '';
  });
  text = text.replace(/<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi, (whole, attributes: string, inner: string) => {
    const href = attribute(attributes, 'href');
    const label = inner.replace(/<[^>]*>/g, '').trim();
    if (href && /^https?:\/\//i.test(href)) return label && label !== href ? `[${label}](${href})` : href;
    if (href?.includes('@@PLUGINFILE@@')) lost.push(`file ${href}`);
    return label;
  });
  text = text.replace(/<br\s*\/?>/gi, '\n').replace(BLOCK_END, '\n\n').replace(/<li\b[^>]*>/gi, '- ');
  text = decodeEntities(text.replace(/<[^>]*>/g, ''));
  return { text: tidyLines(text), lost };
}

/** Markdown to plain text: soft-wrapped lines joined, emphasis and code marks dropped, links kept as `[text](url)`. */
export function markdownToPlainText(markdown: string): { text: string; lost: LostContent } {
  const lost: LostContent = [];
  const paragraphs = markdown.split(/\n\s*\n/).map((paragraph) => {
    const lines = paragraph.split('\n').map((line) => line.trim()).filter(Boolean);
    // Headings and list items keep their own line; other lines of a paragraph are one line wrapped.
    const joined: string[] = [];
    for (const line of lines) {
      const standsAlone = /^(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line);
      if (joined.length > 0 && !standsAlone && !/^(#{1,6}\s)/.test(joined[joined.length - 1])) joined[joined.length - 1] = joinCjkLines(`${joined[joined.length - 1]} ${line}`);
      else joined.push(line);
    }
    return joined.join('\n');
  });
  let text = paragraphs.join('\n\n');
  text = text.replace(/!\[([^\]]*)\]\(([^)\s]*)[^)]*\)/g, (whole, alt: string, src: string) => {
    lost.push(`image ${src}`.trim());
    return alt ? `(${alt})` : '';
  });
  text = text
    .replace(/^#{2,6}\s+/gm, '# ')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)([^*\n]+?)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?!\s)([^_\n]+?)_(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1');
  return { text: tidyLines(text), lost };
}

function tidyLines(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9]*\b[^>]*>/i;

/**
 * The plain text a GIFT text stands for. Moodle's default format keeps line breaks and allows HTML;
 * `[html]` is HTML; `[markdown]` is Markdown; `[plain]` is taken as it is.
 */
export function giftToPlainText(rich: GiftRichText): { text: string; lost: LostContent } {
  switch (rich.format) {
    case 'plain':
      return { text: tidyLines(rich.text), lost: [] };
    case 'markdown':
      return markdownToPlainText(rich.text);
    case 'html':
      return htmlToPlainText(rich.text);
    case 'moodle':
      return LOOKS_LIKE_HTML.test(rich.text) ? htmlToPlainText(rich.text, true) : { text: tidyLines(rich.text), lost: [] };
  }
}
