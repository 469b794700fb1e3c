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
  /**
   * The student's score on each scenario column (0..1) in the attempt that gives their grade, in
   * the order of `ResultHeaders.scenarios`; null when that attempt did not answer it (or none counts yet).
   */
  scenarioScores: readonly (number | null)[];
  /** Scams trusted and genuine messages distrusted in the graded attempt; null before any submission. */
  fellForIt: number | null;
  falseAlarms: number | null;
};

/** The column titles, already translated; `scenarios` holds one title per scenario column. */
export type ResultHeaders = {
  name: string;
  number: string;
  status: string;
  attempts: string;
  grade: string;
  lastSubmitted: string;
  removed: string;
  scenarios: readonly string[];
  fellForIt: string;
  falseAlarms: string;
  yes: string;
};

// Excel opens a UTF-8 file as the system code page (GBK on Chinese Windows) unless it starts with a BOM.
const BOM = '\uFEFF';
const NEWLINE = '\r\n';

/**
 * A start a spreadsheet could run as a formula: = + - @ (or their full-width forms, which some
 * Chinese spreadsheets accept), a tab or a carriage return.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const LINE_BREAK = /(\r\n|\n|\r)/;

/**
 * The cell as text a spreadsheet shows as written: a leading apostrophe when it could start a
 * formula. Every line of a cell is checked, not just the first: a spreadsheet that reads the file
 * correctly keeps a quoted cell with line breaks together and never runs its later lines, but an
 * import that splits records at every line break (Excel's legacy text import wizard, line-based
 * tools) makes each later line the first cell of a new row. So "=1+1\nAnn" becomes "'=1+1\nAnn"
 * and "a\n=cmd" becomes "a\n'=cmd" (the apostrophe inside a cell then shows; such values come
 * only from data stored before line breaks in names were refused).
 */
export function escapeCsvCell(value: string): string {
  const parts = value.split(LINE_BREAK);
  // Even indexes are lines, odd ones the breaks between them. The first line is tested with the
  // whole value, so a cell that starts with a carriage return is caught too.
  return parts.map((part, index) => (index % 2 === 0 && FORMULA_START.test(index === 0 ? value : part) ? `'${part}` : part)).join('');
}

function unparse(rows: string[][]): string {
  return Papa.unparse(
    rows.map((row) => row.map(escapeCsvCell)),
    { newline: NEWLINE, escapeFormulae: false },
  );
}

const percentOrEmpty = (score: number | null) => (score === null ? '' : String(toPercent(score)));
const countOrEmpty = (count: number | null) => (count === null ? '' : String(count));

/** The start of the file: the BOM and the header line, without a line end (each row brings its own). */
export function resultsCsvHeader(headers: ResultHeaders): string {
  return BOM + unparse([[headers.name, headers.number, headers.status, headers.attempts, headers.grade, headers.lastSubmitted, headers.removed, ...headers.scenarios, headers.fellForIt, headers.falseAlarms]]);
}

/**
 * Rows to append after the header (or earlier rows): each starts with its line end, so the file
 * can be written page by page and still ends without an empty line. Empty for no rows.
 */
export function resultsCsvRows(rows: readonly ResultRow[], headers: ResultHeaders): string {
  if (rows.length === 0) return '';
  const data = rows.map((row) => [
    row.displayName,
    row.studentNumber ?? '',
    row.status,
    String(row.attemptsUsed),
    percentOrEmpty(row.grade),
    row.lastSubmitted,
    row.isRemoved ? headers.yes : '',
    ...headers.scenarios.map((_, index) => percentOrEmpty(row.scenarioScores[index] ?? null)),
    countOrEmpty(row.fellForIt),
    countOrEmpty(row.falseAlarms),
  ]);
  return NEWLINE + unparse(data);
}

/**
 * One assignment's results as a CSV file that Excel opens correctly in Chinese and English:
 * UTF-8 with BOM, CRLF line ends, grades and scenario scores as whole percentages.
 */
export function resultsToCsv(rows: readonly ResultRow[], headers: ResultHeaders): string {
  return resultsCsvHeader(headers) + resultsCsvRows(rows, headers);
}
