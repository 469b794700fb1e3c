import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewRosterCsv } from '@/domain/classes/roster-csv';

/*
 * A quoted cell may hold line breaks (a notes column, a name pasted with Enter), so one record can
 * span several lines. Every row and problem names the line the record starts on, as the trainer's
 * editor numbers it.
 */

const roster = (name: string) => previewRosterCsv(new Uint8Array(readFileSync(`tests/fixtures/rosters/${name}`)));
const csv = (text: string) => previewRosterCsv(new TextEncoder().encode(text));

describe('previewRosterCsv line numbers', () => {
  it('counts the lines of a cell that spans several, not the records before it', () => {
    const preview = roster('multiline-notes.csv');
    expect(preview.rows).toEqual([
      { line: 2, displayName: 'Anna', studentNumber: '1' },
      { line: 4, displayName: 'Ben', studentNumber: '2' },
      { line: 9, displayName: 'Dan "the man" Wu', studentNumber: '4' },
      { line: 11, displayName: 'Eve', studentNumber: '5' },
    ]);
    expect(preview.problems).toEqual([
      { line: 5, message: 'errors.roster.nameMissing' },
      { line: 8, message: 'errors.roster.numberRepeated', params: { number: '1', earlier: 2 } },
    ]);
  });

  it('counts CRLF, LF and a lone CR each as one line end', () => {
    expect(csv('name,notes\r\nAnna,"a\r\nb"\r\nCara,\r\n').rows.map((row) => row.line)).toEqual([2, 4]);
    expect(csv('name,notes\rAnna,"a\rb"\rCara,\r').rows.map((row) => row.line)).toEqual([2, 4]);
    expect(csv('name,notes\r\nAnna,"a\nb\nc"\r\nCara,\r\n\r\nDan,\r\n').rows.map((row) => row.line)).toEqual([2, 5, 7]);
  });

  it('reports a cell left open at the line where its record starts', () => {
    const preview = csv('name,student number\nAnna,1\n"Ben,2\nCara,3\n');
    expect(preview.rows).toEqual([{ line: 2, displayName: 'Anna', studentNumber: '1' }]);
    expect(preview.problems).toEqual([{ line: 3, message: 'errors.roster.csvSyntax', params: { detail: expect.stringContaining('unterminated') } }]);
  });
});

describe('previewRosterCsv names and numbers on more than one line', () => {
  it('refuses a name or number with a line break or a tab, at the line its record starts, and keeps counting after it', () => {
    const preview = roster('line-break-in-name.csv');
    expect(preview.problems).toEqual([
      { line: 2, message: 'errors.roster.nameControl' },
      { line: 4, message: 'errors.roster.numberControl' },
      { line: 7, message: 'errors.roster.nameControl' },
    ]);
    expect(preview.rows).toEqual([
      { line: 6, displayName: 'Cara', studentNumber: '3' },
      { line: 8, displayName: 'Eve', studentNumber: '5' },
    ]);
  });
});
