import Papa from 'papaparse';
import { toPercent } from '../scoring/score-display';

export type ResultRow = {
  displayName: string;
  studentNumber: string | null;
  /** Already translated. */
  status: string;
  attemptsUsed: number;
  /** 0..1, or null before any submission. */
  grade: number | null;
  /** Already formatted in the assignment's zone, or empty. */
  lastSubmitted: string;
  isRemoved: boolean;
};

export type ResultHeaders = { name: string; number: string; status: string; attempts: string; grade: string; lastSubmitted: string; removed: string; yes: string };

// Excel opens a UTF-8 file as the system code page (GBK on Chinese Windows) unless it starts with a BOM.
const BOM = '\uFEFF';

/**
 * A cell a spreadsheet could run as a formula: one starting with = + - @ (or their full-width
 * forms, which some Chinese spreadsheets accept), a tab or a carriage return. Checked on the first
 * character alone, so a value with a line break further on is caught too (papaparse's own
 * escapeFormulae misses "=1+1\n…").
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** The cell as text a spreadsheet shows as written: a leading apostrophe when it could be a formula. */
export function escapeCsvCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * One assignment's results as a CSV file that Excel opens correctly in Chinese and English:
 * UTF-8 with BOM, CRLF line ends, grades as whole percentages.
 */
export function resultsToCsv(rows: ResultRow[], headers: ResultHeaders): string {
  const data = rows.map((row) => [
    row.displayName,
    row.studentNumber ?? '',
    row.status,
    String(row.attemptsUsed),
    row.grade === null ? '' : String(toPercent(row.grade)),
    row.lastSubmitted,
    row.isRemoved ? headers.yes : '',
  ]);
  const fields = [headers.name, headers.number, headers.status, headers.attempts, headers.grade, headers.lastSubmitted, headers.removed];
  return BOM + Papa.unparse({ fields: fields.map(escapeCsvCell), data: data.map((row) => row.map(escapeCsvCell)) }, { newline: '\r\n', escapeFormulae: false });
}
