import type { ContentIssue } from './issues';
import type { ContentFile } from './library';
import { DEFAULT_LOCALE } from '../shared/locales';

/*
 * Scams change quickly, so a scenario may name its `source` and a `reviewBy` date. Whether a
 * scenario is due depends on the day, which the caller passes in from its clock: the library
 * itself never changes with the date, only these reports do. This module imports nothing heavy:
 * the editor's header uses it in the browser.
 */

/** Whether a text is a calendar date written YYYY-MM-DD that exists (no 2027-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Where a scenario stands against its review date: due (today or past), due soon, no date, ok. */
export const REVIEW_STATUSES = ['due', 'soon', 'none', 'ok'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** A review date this many days ahead or fewer is "due soon". */
export const REVIEW_SOON_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC calendar date of an instant, as YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** A scenario's review status on the UTC day of `now`; a missing or malformed date is "none". */
export function reviewStatus(reviewBy: string | undefined, now: Date): ReviewStatus {
  if (reviewBy === undefined || !isIsoDate(reviewBy)) return 'none';
  const today = utcDate(now);
  if (reviewBy <= today) return 'due';
  return reviewBy <= utcDate(new Date(Date.parse(`${today}T00:00:00Z`) + REVIEW_SOON_DAYS * DAY_MS)) ? 'soon' : 'ok';
}

/** A front-matter value with the 1-based line and column where it starts. */
type Located = { value: string; line: number; column: number };

const TOP_LEVEL_FIELD = /^(source|reviewBy):[ \t]*(.*)$/;

function unquote(value: string): string {
  const text = value.replace(/\s+#.*$/, '').trim();
  if (text.length >= 2 && text[0] === "'" && text.at(-1) === "'") return text.slice(1, -1).replace(/''/g, "'");
  if (text.length >= 2 && text[0] === '"' && text.at(-1) === '"') return text.slice(1, -1).replace(/\\"/g, '"');
  return text;
}

/**
 * A scenario file's `source` and `reviewBy` as written in its front matter, read without a YAML
 * parser so the editor can show them as they are saved (a folded `>-` source is joined). The
 * checker validates them; this only reads.
 */
export function readFreshnessFields(text: string): { source?: Located; reviewBy?: Located } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return {};
  const fields: { source?: Located; reviewBy?: Located } = {};
  for (let index = 1; index < lines.length && lines[index].trim() !== '---'; index++) {
    const match = TOP_LEVEL_FIELD.exec(lines[index]);
    if (!match) continue;
    let value = unquote(match[2]);
    if (/^[>|][-+]?$/.test(value)) {
      const block: string[] = [];
      while (index + 1 < lines.length && /^\s+\S/.test(lines[index + 1])) block.push(lines[++index].trim());
      value = block.join(' ');
    }
    const key = match[1] as 'source' | 'reviewBy';
    if (value) fields[key] = { value, line: index + 1, column: lines[index].length - match[2].length + 1 };
  }
  return fields;
}

/**
 * A warning for each scenario whose reviewBy is today or past, at the date in its default-language
 * file (the languages must agree, so one warning per scenario). Never an error: a date passing
 * must not break the library or CI; a malformed date is the schema's error, not reported here.
 */
export function reviewDueIssues(files: readonly ContentFile[], now: Date): ContentIssue[] {
  return files.flatMap((file): ContentIssue[] => {
    if (!file.path.startsWith('content/scenarios/') || !file.path.endsWith(`.${DEFAULT_LOCALE}.md`)) return [];
    const reviewBy = readFreshnessFields(file.text).reviewBy;
    if (!reviewBy || reviewStatus(reviewBy.value, now) !== 'due') return [];
    return [
      {
        path: file.path,
        line: reviewBy.line,
        column: reviewBy.column,
        severity: 'warning',
        message: `reviewBy ${reviewBy.value} is due (today is ${utcDate(now)}, UTC): check the scenario against current scams and its source, then set a later reviewBy`,
      },
    ];
  });
}

/** A YYYY-MM-DD calendar date in the viewer's language ("30 Jun 2027", "2027年6月30日"). */
export function formatCalendarDay(day: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
