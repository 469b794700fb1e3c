import { describe, expect, it } from 'vitest';
import { duplicateScenarioFiles } from '@/domain/studio/duplicate';
import { checkScenarioDraft } from '@/domain/studio/draft-check';
import { buildLibraryRows, filterLibrary, parseLibraryQuery, type LibraryEntry, type LibraryRow } from '@/domain/studio/library-filter';
import { readScenarioFacts } from '@/domain/studio/library-facts';
import { scenarioTemplate } from '@/domain/studio/templates';

const row = (id: string, extra: Partial<LibraryRow> = {}): LibraryRow => ({
  id,
  title: { en: `Title of ${id}`, 'zh-CN': `${id} 的标题` },
  status: 'published',
  latestNumber: 1,
  updatedAt: new Date('2026-12-01T10:00:00Z'),
  updatedByName: null,
  facts: { audience: 'buyer', channel: 'sms', verdict: 'scam', difficulty: 1, scripts: ['payment-failed-sms'] },
  sets: ['buyer-basics'],
  review: { status: 'ok', reviewBy: '2027-06-30', source: {} },
  ...extra,
});

const rows = [
  row('sms-scam'),
  row('call-genuine', { facts: { audience: 'seller', channel: 'phone-call', verdict: 'legitimate', difficulty: 3, scripts: [] }, sets: [], status: 'draft' }),
  row('brand-new', { facts: { scripts: [] }, sets: [], status: 'unpublished', title: { en: 'Parcel fee' }, review: { status: 'due', reviewBy: '2026-11-01', source: {} } }),
];
const ids = (query: Record<string, string>) => filterLibrary(rows, parseLibraryQuery(query)).map((found) => found.id);

describe('filterLibrary', () => {
  it('searches ids and both titles, ignoring case', () => {
    expect(ids({ q: 'PARCEL' })).toEqual(['brand-new']);
    expect(ids({ q: 'call-genuine 的' })).toEqual(['call-genuine']);
    expect(ids({})).toEqual(['sms-scam', 'call-genuine', 'brand-new']);
  });

  it('filters by every fact, set and status, together', () => {
    expect(ids({ audience: 'seller' })).toEqual(['call-genuine']);
    expect(ids({ channel: 'sms', verdict: 'scam' })).toEqual(['sms-scam']);
    expect(ids({ difficulty: '3' })).toEqual(['call-genuine']);
    expect(ids({ script: 'payment-failed-sms' })).toEqual(['sms-scam']);
    expect(ids({ set: 'buyer-basics' })).toEqual(['sms-scam']);
    expect(ids({ status: 'draft' })).toEqual(['call-genuine']);
    expect(ids({ status: 'unpublished' })).toEqual(['brand-new']);
    expect(ids({ channel: 'sms', status: 'draft' })).toEqual([]);
    expect(ids({ review: 'due' })).toEqual(['brand-new']);
    expect(ids({ review: 'ok', audience: 'seller' })).toEqual(['call-genuine']);
    expect(ids({ review: 'soon' })).toEqual([]);
  });

  it('ignores values that are no filter rather than failing the page', () => {
    expect(parseLibraryQuery({ channel: 'fax', difficulty: '9', status: ['draft', 'published'], q: '' })).toEqual({ status: 'draft' });
  });
});

describe('buildLibraryRows', () => {
  const entry = (kind: 'scenario' | 'set', id: string, extra: Partial<LibraryEntry> = {}): LibraryEntry => ({
    kind,
    id,
    title: {},
    hasDraft: false,
    publishedRevisionId: 'p1',
    latestNumber: 1,
    updatedAt: new Date('2026-12-01T10:00:00Z'),
    updatedByName: null,
    ...extra,
  });
  const template = scenarioTemplate('qr-code', 'fresh-draft');
  const files = (zh: string, en: string) => [
    { path: 'content/scenarios/fresh-draft.zh-CN.md', text: zh },
    { path: 'content/scenarios/fresh-draft.en.md', text: en },
  ];

  it('takes a never-published draft’s facts, sets and review date from its latest revision, so every filter finds it', () => {
    const dated = (text: string, source: string) => text.replace('difficulty: 1', `difficulty: 1\nsource: ${source}\nreviewBy: 2026-12-20`);
    const entries = [
      entry('scenario', 'fresh-draft', { publishedRevisionId: null, hasDraft: true, scenarioFacts: readScenarioFacts(files(dated(template['zh-CN'], '平台买家安全指南'), dated(template.en, 'A buyer-safety guide'))) }),
      entry('set', 'draft-set', { publishedRevisionId: null, hasDraft: true, setScenarioIds: ['fresh-draft'] }),
    ];
    const rows = buildLibraryRows(entries, new Date('2026-12-01T12:00:00Z'));
    expect(rows).toEqual([
      expect.objectContaining({
        id: 'fresh-draft',
        status: 'unpublished',
        facts: { audience: 'buyer', channel: 'qr-code', verdict: 'scam', difficulty: 1, scripts: [] },
        sets: ['draft-set'],
        review: { status: 'soon', reviewBy: '2026-12-20', source: { 'zh-CN': '平台买家安全指南', en: 'A buyer-safety guide' } },
      }),
    ]);
    const query = (params: Record<string, string>) => filterLibrary(rows, parseLibraryQuery(params)).map((found) => found.id);
    expect(query({ channel: 'qr-code', audience: 'buyer', verdict: 'scam', difficulty: '1', set: 'draft-set', review: 'soon' })).toEqual(['fresh-draft']);
    // The same day pinned later: the date has come.
    expect(buildLibraryRows(entries, new Date('2026-12-20T00:00:00Z'))[0].review.status).toBe('due');
  });

  it('keeps every valid fact of a draft with errors, taking a field from the other language when one is broken', () => {
    const broken = template['zh-CN'].replace('channel: qr-code', 'channel: fax').replace('difficulty: 1', 'difficulty: 9');
    const facts = readScenarioFacts(files(broken, template.en.replace('difficulty: 1', 'difficulty: 9')));
    expect(facts).toEqual({ facts: { audience: 'buyer', channel: 'qr-code', verdict: 'scam', difficulty: undefined, scripts: [] }, reviewBy: undefined, source: {} });
    expect(readScenarioFacts(files('not yaml at all', 'neither'))).toEqual({ facts: { scripts: [] }, reviewBy: undefined, source: {} });
  });
});

describe('duplicateScenarioFiles', () => {
  it('gives the copy its own id in both languages, and it passes the checker', () => {
    const copy = duplicateScenarioFiles(scenarioTemplate('web-page', 'original'), 'original', 'original-copy');
    expect(copy.en).toMatch(/^id: original-copy$/m);
    expect(copy['zh-CN']).toMatch(/^id: original-copy$/m);
    expect(checkScenarioDraft('original-copy', copy).issues).toEqual([]);
  });
});
