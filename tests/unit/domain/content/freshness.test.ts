import { describe, expect, it } from 'vitest';
import { readFreshnessFields, reviewDueIssues, reviewStatus } from '@/domain/content/freshness';
import { formatContentIssue } from '@/domain/content/issues';
import { buildContentLibrary } from '@/domain/content/library';
import { checkScenarioDraft, scenarioPath } from '@/domain/studio/draft-check';
import { scenarioTemplate } from '@/domain/studio/templates';

/** The sms template with extra front-matter lines after `difficulty: 1` (line 7), per language. */
function withFields(zh: string[], en: string[] = zh) {
  const files = scenarioTemplate('sms', 'fresh');
  const add = (text: string, lines: string[]) => text.replace('difficulty: 1', ['difficulty: 1', ...lines].join('\n'));
  return { 'zh-CN': add(files['zh-CN'], zh), en: add(files.en, en) };
}
const asContentFiles = (files: Record<'zh-CN' | 'en', string>) => (['zh-CN', 'en'] as const).map((locale) => ({ path: scenarioPath('fresh', locale), text: files[locale] }));
const messages = (files: Record<'zh-CN' | 'en', string>) => buildContentLibrary(asContentFiles(files), []).issues.map(formatContentIssue);

describe('source and reviewBy in front matter', () => {
  it('accepts both, a per-language source and one agreed date', () => {
    const files = withFields(['source: 某平台的买家安全指南', 'reviewBy: 2027-06-30'], ["source: A platform's buyer-safety guidance", 'reviewBy: 2027-06-30']);
    expect(checkScenarioDraft('fresh', files).issues).toEqual([]);
    const library = buildContentLibrary(asContentFiles(files), []);
    expect(library.scenarios.get('fresh')?.byLocale.en).toMatchObject({ source: "A platform's buyer-safety guidance", reviewBy: '2027-06-30' });
  });

  it.each([
    ['reviewBy: 2027-02-30', 'content/scenarios/fresh.zh-CN.md:8:11 "reviewBy" must be a real date written YYYY-MM-DD'],
    ['reviewBy: 30/06/2027', 'content/scenarios/fresh.zh-CN.md:8:11 "reviewBy" must be a real date written YYYY-MM-DD'],
    ['reviewBy: 2027', 'content/scenarios/fresh.zh-CN.md:8:11 "reviewBy" must be a date written YYYY-MM-DD'],
  ])('reports %s as an error at its line and column', (line, expected) => {
    const found = messages(withFields([line]));
    expect(found.some((message) => message.startsWith(expected)), found.join('\n')).toBe(true);
  });

  it('requires both languages to agree on reviewBy and to give a source in both or neither', () => {
    expect(messages(withFields(['reviewBy: 2027-06-30'], ['reviewBy: 2027-07-01']))).toContainEqual(
      expect.stringMatching(/^content\/scenarios\/fresh\.en\.md:8:11 reviewBy is "2027-07-01" here but "2027-06-30" in content\/scenarios\/fresh\.zh-CN\.md/),
    );
    expect(messages(withFields(['source: 某平台的买家安全指南'], []))).toContainEqual(expect.stringMatching(/^content\/scenarios\/fresh\.en\.md:\d+:\d+ source is given in content\/scenarios\/fresh\.zh-CN\.md only/));
    expect(messages(withFields([], ['source: A guide']))).toContainEqual(expect.stringMatching(/^content\/scenarios\/fresh\.en\.md:8:9 source is given in this file only/));
  });
});

describe('reviewStatus', () => {
  const now = new Date('2026-12-01T23:30:00Z');
  it.each([
    [undefined, 'none'],
    ['not a date', 'none'],
    ['2026-11-30', 'due'],
    ['2026-12-01', 'due'],
    ['2026-12-02', 'soon'],
    ['2026-12-31', 'soon'],
    ['2027-01-01', 'ok'],
  ])('%s is %s on 1 December 2026 (UTC)', (reviewBy, status) => {
    expect(reviewStatus(reviewBy, now)).toBe(status);
  });
});

describe('reviewDueIssues', () => {
  const files = asContentFiles(withFields(['reviewBy: "2027-06-30"']));

  it('warns once per scenario, at the date in the default language, when the date has come', () => {
    expect(reviewDueIssues(files, new Date('2027-06-30T00:00:00Z')).map(formatContentIssue)).toEqual([
      'content/scenarios/fresh.zh-CN.md:8:11 warning: reviewBy 2027-06-30 is due (today is 2027-06-30, UTC): check the scenario against current scams and its source, then set a later reviewBy',
    ]);
  });

  it('says nothing before the date, and the library itself never depends on the day', () => {
    expect(reviewDueIssues(files, new Date('2027-06-29T23:59:59Z'))).toEqual([]);
    expect(buildContentLibrary(files, []).issues.filter((issue) => issue.message.includes('reviewBy'))).toEqual([]);
  });
});

describe('the studio’s check of a draft', () => {
  it('warns about a reviewBy that has come on the day it is given, and never blocks publishing with it', () => {
    const files = withFields(['reviewBy: 2026-12-01']);
    const check = checkScenarioDraft('fresh', files, undefined, new Date('2026-12-01T12:00:00Z'));
    expect(check.issues).toEqual([{ locale: 'zh-CN', line: 8, column: 11, severity: 'warning', message: expect.stringContaining('reviewBy 2026-12-01 is due') }]);
    expect(check.scenario).toBeDefined();
    expect(checkScenarioDraft('fresh', files, undefined, new Date('2026-11-30T23:59:59Z')).issues).toEqual([]);
  });
});

describe('readFreshnessFields', () => {
  it('reads quoted, plain and folded values with their positions, and nothing outside the front matter', () => {
    const text = ['---', 'id: x', "source: 'It''s a guide' # where", 'reviewBy: 2027-06-30', '---', 'source: body text'].join('\n');
    expect(readFreshnessFields(text)).toEqual({ source: { value: "It's a guide", line: 3, column: 9 }, reviewBy: { value: '2027-06-30', line: 4, column: 11 } });
    expect(readFreshnessFields(['---', 'source: >-', '  A long', '  guide name', '---'].join('\n')).source?.value).toBe('A long guide name');
    expect(readFreshnessFields('no front matter')).toEqual({});
  });
});
