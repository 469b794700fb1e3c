import type { GiftImportSummary } from '../content/gift/gift-import-run';
import type { GiftProblem } from '../content/gift/parse-gift';
import type { Locale } from '../shared/locales';

/** What the studio's GIFT import reports: every problem at its line and column, and every draft it created. */
export type GiftImportReport = {
  sourceName: string;
  locale: Locale;
  summary: GiftImportSummary;
  /** Problems in the GIFT file: each question not imported (error) and everything changed on the way (warning). */
  problems: GiftProblem[];
  /** What the content checker finds in the drafts, by draft file. */
  draftIssues: { path: string; line: number; column: number; message: string }[];
  scenarios: { id: string; line: number; setId: string }[];
  sets: { id: string; title: string; scenarioIds: string[] }[];
};

/** The import form's state; messages are already translated. */
export type GiftImportState =
  | { status: 'idle' }
  /** `earlier`: for a file imported before, the draft each question already is (by its line in the file). */
  | { status: 'error'; message: string; earlier?: { line: number; earlierId: string }[] }
  | { status: 'imported'; message: string; report: GiftImportReport };
