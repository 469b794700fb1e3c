import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { previewRosterCsv } from '@/domain/classes/roster-csv';

const roster = (name: string) => previewRosterCsv(new Uint8Array(readFileSync(`tests/fixtures/rosters/${name}`)));
const CHINESE_ROWS = [
  { line: 2, displayName: '张伟', studentNumber: '2024001' },
  { line: 3, displayName: '李娜', studentNumber: '2024002' },
  { line: 4, displayName: '王芳', studentNumber: null },
];

describe('previewRosterCsv', () => {
  it('reads a GBK file as Excel saves it on Chinese systems, without being told the encoding', () => {
    expect(roster('excel-gbk.csv')).toEqual({ encoding: 'gb18030', rows: CHINESE_ROWS, problems: [] });
  });

  it('reads UTF-8 with a byte-order mark', () => {
    expect(roster('utf8-bom.csv')).toEqual({ encoding: 'utf-8-bom', rows: CHINESE_ROWS, problems: [] });
  });

  it('reads UTF-8 without a header row as name, student number', () => {
    expect(roster('utf8-no-header.csv').rows).toEqual([
      { line: 1, displayName: '陈静', studentNumber: '2024101' },
      { line: 2, displayName: 'Zhao Lei', studentNumber: '2024102' },
    ]);
  });

  it('reports every bad row with its line number and keeps quoted commas inside a name', () => {
    const preview = roster('bad-rows.csv');
    expect(preview.problems).toEqual([
      { line: 3, message: 'errors.roster.nameMissing' },
      { line: 4, message: 'errors.roster.numberRepeated', params: { number: '1', earlier: 2 } },
    ]);
    expect(preview.rows.map((row) => row.displayName)).toEqual(['Anna', 'Quoted, Name']);
  });

  it.each(['学员姓名,学号', '学生姓名,学号', '姓名,工号', 'Student name,Student number'])('takes "%s" as a header row, not as a student', (header) => {
    expect(previewRosterCsv(new TextEncoder().encode(`${header}\n张伟,2024001\n`)).rows).toEqual([{ line: 2, displayName: '张伟', studentNumber: '2024001' }]);
  });

  it('says so when the file holds no students', () => {
    expect(previewRosterCsv(new TextEncoder().encode('name,student number\n\n')).problems).toEqual([{ line: 1, message: 'errors.roster.empty' }]);
  });
});
