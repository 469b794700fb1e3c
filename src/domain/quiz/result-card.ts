import { z } from 'zod';
import { contentIdSchema } from '../content/schemas';

/*
 * The shareable result card: a set's name and a whole percentage, nothing else. It names no
 * person, attempt, scenario or answer, so it can be posted anywhere. It is an SVG drawn here, so
 * it needs no font file or image library on the server: the viewer's system fonts draw the text.
 * A card is a claim, not a certificate: its address holds the set and the percentage.
 */

/** The address parts of a card: a practice set's id and a whole percentage. */
export const resultCardParamsSchema = z.object({
  setId: contentIdSchema,
  percent: z.string().regex(/^(100|[1-9]?\d)$/).transform(Number),
});

export type ResultCardText = {
  locale: string;
  appName: string;
  /** e.g. "My score". */
  headline: string;
  setTitle: string;
  /** The percentage as the locale writes it, e.g. "80%". */
  percentText: string;
  /** A line inviting the viewer to try, e.g. "Can you spot the scams? Practise free." */
  invitation: string;
};

export const RESULT_CARD_SIZE = { width: 1200, height: 630 } as const;

const TITLE_SIZE = 54;
const TITLE_WIDTH = 1040;
const TITLE_LINES = 2;

/** The card as an SVG document. */
export function resultCardSvg(text: ResultCardText): string {
  const { width, height } = RESULT_CARD_SIZE;
  const title = wrapText(text.setTitle, TITLE_WIDTH / TITLE_SIZE, TITLE_LINES);
  const titleTop = 250 - (title.length - 1) * TITLE_SIZE * 0.6;
  const lines = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" xml:lang="${escapeXml(text.locale)}" role="img" aria-label="${escapeXml(`${text.appName}: ${text.setTitle}, ${text.headline} ${text.percentText}`)}">`,
    `<rect width="${width}" height="${height}" fill="#0f766e"/>`,
    `<rect x="40" y="40" width="${width - 80}" height="${height - 80}" rx="28" fill="#ffffff"/>`,
    `<g font-family="system-ui, -apple-system, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif">`,
    `<path transform="translate(80 82) scale(2.2)" d="M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z" fill="#0f766e"/>`,
    `<path transform="translate(80 82) scale(2.2)" d="m8.5 12 2.5 2.5 4.5-5" stroke="#ffffff" stroke-width="2" fill="none" stroke-linecap="round" stroke-linejoin="round"/>`,
    `<text x="146" y="124" font-size="40" font-weight="700" fill="#115e59">${escapeXml(text.appName)}</text>`,
    ...title.map((line, index) => `<text x="80" y="${Math.round(titleTop + index * TITLE_SIZE * 1.25)}" font-size="${TITLE_SIZE}" font-weight="700" fill="#1f2933">${escapeXml(line)}</text>`),
    `<text x="80" y="420" font-size="38" fill="#52606d">${escapeXml(text.headline)}</text>`,
    `<text x="${width - 80}" y="470" font-size="150" font-weight="800" text-anchor="end" fill="#115e59">${escapeXml(text.percentText)}</text>`,
    `<text x="80" y="540" font-size="34" fill="#1f2933">${escapeXml(text.invitation)}</text>`,
    `</g>`,
    `</svg>`,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * Breaks text into at most `maxLines` lines of about `maxEms` em each (a CJK character is one em,
 * other characters about half), at spaces where there are any; the last line ends in "…" when
 * the text does not fit. An SVG cannot wrap text by itself.
 */
export function wrapText(text: string, maxEms: number, maxLines: number): string[] {
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+|\s+/g) ?? [];
  const lines: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (/^\s+$/.test(token)) {
      if (current) current += ' ';
      continue;
    }
    if (emWidth(current + token) <= maxEms || current.trim() === '') {
      current += token;
      continue;
    }
    lines.push(current.trimEnd());
    current = token;
  }
  if (current.trim()) lines.push(current.trimEnd());
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1];
  while (last.length > 0 && emWidth(`${last}…`) > maxEms) last = last.slice(0, -1);
  kept[maxLines - 1] = `${last.trimEnd()}…`;
  return kept;
}

function emWidth(text: string): number {
  let width = 0;
  for (const character of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(character) ? 1 : /[A-Z0-9]/.test(character) ? 0.62 : 0.52;
  return width;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!);
}
