import { describe, expect, it } from 'vitest';
import { duplicateScenarioFiles } from '@/domain/studio/duplicate';
import { checkScenarioDraft } from '@/domain/studio/draft-check';
import { filterLibrary, parseLibraryQuery, type LibraryRow } from '@/domain/studio/library-filter';
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
  ...extra,
});

const rows = [
  row('sms-scam'),
  row('call-genuine', { facts: { audience: 'seller', channel: 'phone-call', verdict: 'legitimate', difficulty: 3, scripts: [] }, sets: [], status: 'draft' }),
  row('brand-new', { facts: undefined, sets: [], status: 'unpublished', title: { en: 'Parcel fee' } }),
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
  });

  it('ignores values that are no filter rather than failing the page', () => {
    expect(parseLibraryQuery({ channel: 'fax', difficulty: '9', status: ['draft', 'published'], q: '' })).toEqual({ status: 'draft' });
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
