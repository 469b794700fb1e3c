import Papa from 'papaparse';
import { hasControlCharacters } from '../shared/text';
import { decodeUploadedText, type DetectedEncoding } from './decode-text';

export type RosterRow = { line: number; displayName: string; studentNumber: string | null };
export type RosterProblem = { line: number; message: string; params?: Record<string, string | number> };
export type RosterPreview = { encoding: DetectedEncoding; rows: RosterRow[]; problems: RosterProblem[] };

const NAME_HEADERS = ['name', 'display name', 'student name', '姓名', '名字', '学员姓名', '学生姓名'];
const NUMBER_HEADERS = ['student number', 'student no', 'student id', 'number', 'id', '学号', '编号', '工号'];
const MAX_NAME_LENGTH = 40;
const MAX_NUMBER_LENGTH = 32;
export const MAX_ROSTER_ROWS = 2000;

const normalise = (cell: string) => cell.trim().toLowerCase().replace(/[_\s]+/g, ' ');

/**
 * Reads a class roster exported from a spreadsheet: a name column and an optional student-number
 * column, with or without a header row. Every bad row is reported with its line number so the
 * trainer can fix the file; importing is all-or-nothing and is the caller's job.
 */
export function previewRosterCsv(bytes: Uint8Array): RosterPreview {
  const { text, encoding } = decodeUploadedText(bytes);
  const { records, problems } = readRecords(text);

  const header = (records[0]?.cells ?? []).map(normalise);
  const nameColumn = header.findIndex((cell) => NAME_HEADERS.includes(cell));
  const hasHeader = nameColumn !== -1;
  const numberColumn = hasHeader ? header.findIndex((cell) => NUMBER_HEADERS.includes(cell)) : 1;
  const rows: RosterRow[] = [];
  const seenNumbers = new Map<string, number>();

  records.forEach(({ line, cells, isBroken }, index) => {
    if (isBroken || (hasHeader && index === 0)) return;
    if (cells.every((cell) => cell.trim() === '')) return;
    const displayName = (cells[hasHeader ? nameColumn : 0] ?? '').trim();
    const studentNumber = numberColumn === -1 ? '' : (cells[numberColumn] ?? '').trim();
    if (!displayName) return void problems.push({ line, message: 'errors.roster.nameMissing' });
    if (displayName.length > MAX_NAME_LENGTH) return void problems.push({ line, message: 'errors.roster.nameTooLong', params: { max: MAX_NAME_LENGTH } });
    // A quoted cell can hold a line break or a tab: such a name breaks every list and export it reaches.
    if (hasControlCharacters(displayName)) return void problems.push({ line, message: 'errors.roster.nameControl' });
    if (hasControlCharacters(studentNumber)) return void problems.push({ line, message: 'errors.roster.numberControl' });
    if (studentNumber.length > MAX_NUMBER_LENGTH) return void problems.push({ line, message: 'errors.roster.numberTooLong', params: { max: MAX_NUMBER_LENGTH } });
    if (studentNumber) {
      const earlier = seenNumbers.get(studentNumber);
      if (earlier) return void problems.push({ line, message: 'errors.roster.numberRepeated', params: { number: studentNumber, earlier } });
      seenNumbers.set(studentNumber, line);
    }
    rows.push({ line, displayName, studentNumber: studentNumber || null });
  });

  if (rows.length === 0 && problems.length === 0) problems.push({ line: 1, message: 'errors.roster.empty' });
  if (rows.length > MAX_ROSTER_ROWS) problems.push({ line: rows[MAX_ROSTER_ROWS].line, message: 'errors.roster.tooManyRows', params: { max: MAX_ROSTER_ROWS } });
  return { encoding, rows, problems: problems.sort((a, b) => a.line - b.line) };
}

/** One CSV record; a broken one (an unterminated quote swallows the rest of the file) is reported, not read. */
type CsvRecord = { line: number; cells: string[]; isBroken: boolean };

/**
 * The file's records, each with the line it starts on as an editor numbers it: a quoted cell may
 * hold line breaks, so a record can span several lines and record numbers drift from line numbers.
 */
function readRecords(text: string): { records: CsvRecord[]; problems: RosterProblem[] } {
  const records: CsvRecord[] = [];
  const problems: RosterProblem[] = [];
  const lineAt = lineNumbers(text);
  let start = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    step: (result) => {
      const line = lineAt(start);
      // A one-column file has no delimiter to detect; that is not a problem.
      const errors = result.errors.filter((error) => error.type !== 'Delimiter');
      for (const error of errors) problems.push({ line, message: 'errors.roster.csvSyntax', params: { detail: error.message } });
      records.push({ line, cells: result.data, isBroken: errors.length > 0 });
      start = result.meta.cursor;
    },
  });
  return { records, problems };
}

/** Maps character offsets, asked in increasing order, to 1-based line numbers (CRLF, LF or CR ends a line). */
function lineNumbers(text: string): (offset: number) => number {
  const lineStarts = [0, ...[...text.matchAll(/\r\n|\r|\n/g)].map((match) => match.index + match[0].length)];
  let line = 0;
  return (offset) => {
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line += 1;
    return line + 1;
  };
}
