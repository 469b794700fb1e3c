import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCsvCell, resultsCsvHeader, resultsCsvRows, resultsToCsv, type ResultRow } from '@/domain/assignments/results-csv';

const headers = {
  name: '姓名',
  number: '学号',
  status: '状态',
  attempts: '作答次数',
  grade: '成绩（%）',
  lastSubmitted: '最近提交时间',
  removed: '已移出班级',
  scenarios: ['1. 退款电话（%）', '2. 真实通知（%）'],
  fellForIt: '上当次数',
  falseAlarms: '误判真实消息次数',
  yes: '是',
};

const blank = { scenarioScores: [], fellForIt: null, falseAlarms: null } satisfies Partial<ResultRow>;
const parse = (csv: string) => Papa.parse<string[]>(csv.slice(1), { newline: '\r\n' }).data;
/** What a spreadsheet might run: a cell, or any line of it, that starts like a formula. */
const RUNNABLE = /(^|[\r\n])[=+\-@\t＝＋－＠]/;

describe('resultsToCsv', () => {
  const csv = resultsToCsv(
    [
      { displayName: '李雷', studentNumber: '2026001', status: '已提交', attemptsUsed: 2, grade: 0.8333, lastSubmitted: '2026年12月1日 09:30', isRemoved: false, scenarioScores: [1, 0.665], fellForIt: 0, falseAlarms: 1 },
      { displayName: 'Smith, Jo', studentNumber: null, status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: true, ...blank },
      { displayName: '=HYPERLINK("http://evil.example")', studentNumber: null, status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: false, ...blank },
      // Papaparse's own formula escaping misses a value with a line break after its first line.
      { displayName: '=1+1\nAnn', studentNumber: '@SUM(A1)\r\n2', status: '未开始', attemptsUsed: 0, grade: null, lastSubmitted: '', isRemoved: false, ...blank },
      { displayName: '\t-2+3', studentNumber: '＝1+1', status: '+1', attemptsUsed: 0, grade: null, lastSubmitted: '\r=1', isRemoved: false, ...blank },
      // A formula on a later line: harmless where the quoted cell stays whole, not where lines split.
      { displayName: 'Ann\n=HYPERLINK("http://evil.example")', studentNumber: 'a\r-1\r\n+2', status: '已提交', attemptsUsed: 1, grade: 0, lastSubmitted: '', isRemoved: false, scenarioScores: [0, null], fellForIt: 1, falseAlarms: 0 },
    ],
    headers,
  );

  it('starts with a BOM, uses CRLF and ends without an empty line, as Excel on Chinese systems needs', () => {
    expect(csv.startsWith('\uFEFF姓名,学号,状态')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(false);
    expect(parse(csv)).toHaveLength(7);
    // Every record ends with CRLF: no bare LF outside quoted cells.
    expect(csv.replace(/"(?:[^"]|"")*"/g, '""')).not.toMatch(/[^\r]\n/);
  });

  it('writes one row per student with whole-number grades and a column per scenario, quoting commas', () => {
    const rows = parse(csv);
    expect(rows[0]).toEqual(['姓名', '学号', '状态', '作答次数', '成绩（%）', '最近提交时间', '已移出班级', '1. 退款电话（%）', '2. 真实通知（%）', '上当次数', '误判真实消息次数']);
    expect(rows[1]).toEqual(['李雷', '2026001', '已提交', '2', '83', '2026年12月1日 09:30', '', '100', '67', '0', '1']);
    expect(rows[2]).toEqual(['Smith, Jo', '', '未开始', '0', '', '', '是', '', '', '', '']);
    // A scenario the graded attempt did not answer stays empty; 0 is a score.
    expect(rows[6].slice(4)).toEqual(['0', '', '', '0', '', '1', '0']);
  });

  it('keeps a name that looks like a formula from running in a spreadsheet', () => {
    expect(parse(csv)[3][0]).toBe(`'=HYPERLINK("http://evil.example")`);
  });

  it('escapes every cell that starts with = + - @, a tab or a carriage return, on one line or several', () => {
    const rows = parse(csv);
    expect(rows[4].slice(0, 2)).toEqual(["'=1+1\nAnn", "'@SUM(A1)\r\n2"]);
    expect([rows[5][0], rows[5][1], rows[5][2], rows[5][5]]).toEqual(["'\t-2+3", "'＝1+1", "'+1", "'\r'=1"]);
  });

  it('escapes a formula on any later line of a cell, for imports that split records at line breaks', () => {
    const rows = parse(csv);
    expect(rows[6].slice(0, 2)).toEqual(['Ann\n\'=HYPERLINK("http://evil.example")', "a\r'-1\r\n'+2"]);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(RUNNABLE);
    // Read line by line, as such an import does: no line's first cell runs.
    for (const line of csv.slice(1).split(/\r\n|\n|\r/)) expect(line.replace(/^"/, '')).not.toMatch(/^[=+\-@\t＝＋－＠]/);
  });

  it('escapes headers too: scenario titles are content', () => {
    const rows = parse(resultsToCsv([], { ...headers, scenarios: ['=1+1', '2. a\n@x'] }));
    expect(rows).toHaveLength(1);
    expect(rows[0].slice(7, 9)).toEqual(["'=1+1", "2. a\n'@x"]);
  });
});

describe('resultsCsvHeader and resultsCsvRows', () => {
  it('write the same file page by page as at once', () => {
    const row = (name: string): ResultRow => ({ displayName: name, studentNumber: null, status: 'x', attemptsUsed: 1, grade: 0.5, lastSubmitted: '', isRemoved: false, scenarioScores: [0.5, 0.5], fellForIt: 0, falseAlarms: 0 });
    const rows = ['A', 'B', 'C', 'D', 'E'].map(row);
    const paged = resultsCsvHeader(headers) + resultsCsvRows(rows.slice(0, 2), headers) + resultsCsvRows([], headers) + resultsCsvRows(rows.slice(2), headers);
    expect(paged).toBe(resultsToCsv(rows, headers));
  });
});

describe('escapeCsvCell', () => {
  it.each([
    ['plain', 'plain'],
    ['Ann-Marie', 'Ann-Marie'],
    ['李雷', '李雷'],
    ['', ''],
    ['=1+1', "'=1+1"],
    ['-2', "'-2"],
    ['＠x', "'＠x"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['\r\n=1', "'\r\n'=1"],
    ['a\n\n=1', "a\n\n'=1"],
    ['a\n\t=1', "a\n'\t=1"],
    ['a\nb\n', 'a\nb\n'],
  ])('%j becomes %j', (value, escaped) => {
    expect(escapeCsvCell(value)).toBe(escaped);
  });
});
