import Papa from 'papaparse';

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
 * One assignment's results as a CSV file that Excel opens correctly in Chinese and English:
 * UTF-8 with BOM, CRLF line ends, grades as whole percentages.
 */
export function resultsToCsv(rows: ResultRow[], headers: ResultHeaders): string {
  const data = rows.map((row) => [
    row.displayName,
    row.studentNumber ?? '',
    row.status,
    String(row.attemptsUsed),
    row.grade === null ? '' : String(Math.round(row.grade * 100)),
    row.lastSubmitted,
    row.isRemoved ? headers.yes : '',
  ]);
  // Cells starting with = + - @ would run as formulas in a spreadsheet; the library escapes them.
  return BOM + Papa.unparse({ fields: [headers.name, headers.number, headers.status, headers.attempts, headers.grade, headers.lastSubmitted, headers.removed], data }, { newline: '\r\n', escapeFormulae: true });
}
