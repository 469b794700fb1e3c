import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { resultsToCsv } from '@/domain/assignments/results-csv';

const headers = { name: '姓名', number: '学号', status: '状态', attempts: '作答次数', grade: '成绩（%）', lastSubmitted: '最近提交时间', removed: '已移出班级', yes: '是' };

describe('resultsToCsv', () => {
  const csv = resultsToCsv(
    [
      { displayName: '李雷', studentNumber: '2026001', status: '已提交', attemptsUsed: 2, grade: 0.8333, lastSubmitted: '2026年12月1日 09:30', isRemoved: false },
      { displayName: 'Smith, Jo', studentNumber: null, status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: true },
      { displayName: '=HYPERLINK("http://evil.example")', studentNumber: null, status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: false },
      // Papaparse's own formula escaping misses a value with a line break after its first line.
      { displayName: '=1+1\nAnn', studentNumber: '@SUM(A1)\r\n2', status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: false },
      { displayName: '\t-2+3', studentNumber: '＝1+1', status: '+1', attemptsUsed: 0, grade: null, lastSubmitted: '\r=1', isRemoved: false },
    ],
    headers,
  );

  it('starts with a BOM and uses CRLF, as Excel on Chinese systems needs', () => {
    expect(csv.startsWith('\uFEFF姓名,学号,状态')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data).toHaveLength(6);
  });

  it('writes one row per student with whole-number grades, quoting commas', () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows[1]).toEqual(['李雷', '2026001', '已提交', '2', '83', '2026年12月1日 09:30', '']);
    expect(rows[2]).toEqual(['Smith, Jo', '', '未开始', '0', '', '', '是']);
  });

  it('keeps a name that looks like a formula from running in a spreadsheet', () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows[3][0]).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('escapes every cell that starts with = + - @, a tab or a carriage return, on one line or several', () => {
    const rows = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
    expect(rows[4].slice(0, 2)).toEqual(["'=1+1\nAnn", "'@SUM(A1)\r\n2"]);
    expect([rows[5][0], rows[5][1], rows[5][2], rows[5][5]]).toEqual(["'\t-2+3", "'＝1+1", "'+1", "'\r=1"]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
  });
});
