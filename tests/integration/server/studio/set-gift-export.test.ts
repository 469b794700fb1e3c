import { beforeEach, describe, expect, it, vi } from 'vitest';
import SetEditorPage from '@/app/[locale]/admin/content/sets/[id]/page';
import { GET } from '@/app/api/admin/sets/[id]/gift/route';
import { readSetDraft, setFilePath } from '@/domain/studio/set-draft';
import type { Locale } from '@/domain/shared/locales';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import { saveSetAction } from '@/server/actions/studio-sets';
import { readContentLibrary } from '@/server/content/read-files';
import { giftOfSet } from '@/server/content/set-gift';
import { getContentEntry } from '@/server/db/content-revisions';
import { createStaff } from '../../../factories/classes';
import { FIXTURE_ROOT, resetContent } from '../../../factories/content-revisions';
import { nonAdminCallers } from '../../../factories/outsiders';
import { html, params } from '../../../factories/render-page';
import { actAsStaff } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

beforeEach(() => resetContent());

const download = (id: string, query: string) => GET(new Request(`http://localhost:3000/api/admin/sets/${id}/gift?${query}`), params({ id }));

/** What `npm run content:export-gift -- <id> --locale <locale>` writes for the fixture files the database was imported from. */
const cliExport = (id: string, locale: Locale) => giftOfSet(readContentLibrary(FIXTURE_ROOT), id, locale);

async function asAdmin() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  return admin;
}

describe('downloading a quiz set as GIFT from the studio', () => {
  it('gives an admin the published set as the command line exports it, in each language, as a plain-text attachment', async () => {
    await asAdmin();
    for (const locale of ['en', 'zh-CN'] as const) {
      const response = await download('fixture-set', `locale=${locale}`);
      expect(response.status).toBe(200);
      expect(Object.fromEntries(response.headers)).toMatchObject({
        'content-type': 'text/plain; charset=utf-8',
        'content-disposition': `attachment; filename="fixture-set.${locale}.gift"`,
        'x-content-type-options': 'nosniff',
      });
      const text = await response.text();
      expect(text).toContain('::');
      expect(text).toBe(cliExport('fixture-set', locale));
    }
    expect(await (await download('fixture-set', 'locale=en')).text()).not.toBe(await (await download('fixture-set', 'locale=zh-CN')).text());
  });

  it('exports the published revision, not a newer draft, and the editor says the draft is left out', async () => {
    const admin = await asAdmin();
    const entry = await getContentEntry(admin, 'set', 'fixture-set');
    if (!entry.ok) throw new Error(entry.message);
    const { draft } = readSetDraft('fixture-set', entry.value.latest.files.find((file) => file.path === setFilePath('fixture-set'))!.text);
    const saved = await saveSetAction('en', { draft: { ...draft, scenarioIds: ['refund-call'] }, baseRevisionId: entry.value.latest.id });
    expect(saved).toMatchObject({ status: 'saved', number: 2 });

    expect(await (await download('fixture-set', 'locale=en')).text()).toBe(cliExport('fixture-set', 'en'));
    const editor = await html(await SetEditorPage({ ...params({ locale: 'en', id: 'fixture-set' }), searchParams: Promise.resolve({}) }));
    expect(editor).toContain(en['studio.sets.gift.title']);
    expect(editor).toContain('href="/api/admin/sets/fixture-set/gift?locale=zh-CN&amp;ui=en"');
    expect(editor).toContain('href="/api/admin/sets/fixture-set/gift?locale=en&amp;ui=en"');
    expect(editor).toContain(en['studio.sets.gift.unpublishedChanges'].replace('{number}', '2').replace('{published}', '1'));
  });

  it('answers a bad language with 400 and an unknown set with 404, saying what to do', async () => {
    await asAdmin();
    const badLocale = await download('fixture-set', 'locale=fr&ui=en');
    expect(badLocale.status).toBe(400);
    expect(await badLocale.text()).toBe(`${en['studio.sets.gift.badLocale']}\n`);
    expect(await (await download('fixture-set', '')).text()).toBe(`${zhCN['studio.sets.gift.badLocale']}\n`);

    const unknown = await download('no-such-set', 'locale=en');
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await unknown.text()).toBe(`${en['studio.sets.gift.notFound'].replace('{id}', 'no-such-set')}\n`);
  });

  it('refuses a trainer, a student device and a visitor', async () => {
    for (const { who, act, message } of await nonAdminCallers()) {
      await act();
      const response = await download('fixture-set', 'locale=en&ui=en');
      expect(response.status, who).toBe(403);
      expect(response.headers.get('content-disposition'), who).toBeNull();
      expect(await response.text(), who).toBe(`${message}\n`);
    }
  });
});
