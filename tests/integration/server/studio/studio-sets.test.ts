import { beforeEach, describe, expect, it, vi } from 'vitest';
import SetHistoryPage from '@/app/[locale]/admin/content/sets/[id]/history/page';
import SetEditorPage from '@/app/[locale]/admin/content/sets/[id]/page';
import NewSetPage from '@/app/[locale]/admin/content/sets/new/page';
import QuizSetsPage from '@/app/[locale]/admin/content/sets/page';
import ScenarioEditorPage from '@/app/[locale]/admin/content/[id]/page';
import { readSetDraft, type SetDraft } from '@/domain/studio/set-draft';
import type { FormState } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { createScenarioAction, publishScenarioAction, restoreRevisionAction } from '@/server/actions/studio';
import { checkSetAction, createSetAction, saveSetAction } from '@/server/actions/studio-sets';
import { getContentLibrary } from '@/server/content/library';
import { getContentEntry, listLatestFiles } from '@/server/db/content-revisions';
import { formOf, redirectOf } from '../../../factories/action-calls';
import { createStaff } from '../../../factories/classes';
import { contentSnapshot, resetContent } from '../../../factories/content-revisions';
import { digestOf, html, params } from '../../../factories/render-page';
import { nonAdminCallers } from '../../../factories/outsiders';
import { actAsStaff, resetRequest } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const IDLE: FormState = { status: 'idle' };
const search = (value: Record<string, string>) => ({ searchParams: Promise.resolve(value) });

beforeEach(() => resetContent());

async function asAdmin() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  return admin;
}

/** Creates an empty set through the action, as the New set page does; returns its latest revision's id. */
async function createSet(id: string): Promise<string> {
  expect(await redirectOf(() => createSetAction(IDLE, formOf({ locale: 'en', id })))).toBe(`/en/admin/content/sets/${id}`);
  const entry = await getContentEntry(await createStaff('admin'), 'set', id);
  if (!entry.ok) throw new Error('not created');
  return entry.value.latest.id;
}

const parcels: SetDraft = {
  id: 'parcel-scams',
  title: { 'zh-CN': '快递骗局', en: 'Parcel scams' },
  description: { 'zh-CN': '取件码和到付费。', en: 'Pick-up codes and cash on delivery.' },
  practice: true,
  scenarioIds: ['relink-chat', 'refund-call'],
};

describe('creating, checking, saving and publishing a set', () => {
  it('creates an empty, unpublished set and refuses a taken or malformed id', async () => {
    await asAdmin();
    await createSet('parcel-scams');
    const entry = await getContentEntry(await createStaff('admin'), 'set', 'parcel-scams');
    expect(entry.ok && entry.value.published).toBeNull();
    expect(entry.ok && entry.value.latest.files.map((file) => file.path)).toEqual(['content/sets/parcel-scams.md']);
    expect(await createSetAction(IDLE, formOf({ locale: 'en', id: 'parcel-scams' }))).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.sets.new.taken'].replace('{id}', 'parcel-scams') } });
    expect(await createSetAction(IDLE, formOf({ locale: 'en', id: 'Parcel Scams' }))).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.new.badId'] } });
    expect(await createSetAction(IDLE, formOf({ locale: 'en', id: 'new' }))).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.new.reservedId'].replace('{id}', 'new') } });
    // A set may share its id with a scenario: they are different kinds.
    await createSet('relink-chat');
  });

  it('checks a draft against the published library, naming unknown and never-published scenarios', async () => {
    await asAdmin();
    expect(await redirectOf(() => createScenarioAction(IDLE, formOf({ locale: 'en', id: 'fresh-sms', channel: 'sms' })))).toBe('/en/admin/content/fresh-sms');
    const outcome = await checkSetAction('en', { ...parcels, scenarioIds: ['relink-chat', 'no-such-thing', 'fresh-sms'] });
    if (!outcome.ok) throw new Error(outcome.message);
    expect(outcome.issues.filter((issue) => issue.severity === 'error')).toEqual([
      expect.objectContaining({ target: { field: 'scenarios', index: 1 }, message: expect.stringContaining('unknown scenario id "no-such-thing"') }),
      expect.objectContaining({ target: { field: 'scenarios', index: 2 }, message: expect.stringContaining('"fresh-sms" is not published yet') }),
    ]);
    expect(outcome.text).toContain('  - no-such-thing\n');
    expect(await checkSetAction('en', { ...parcels, id: 'Bad Id' })).toEqual({ ok: false, message: en['studio.sets.errors.invalidDraft'] });
  });

  it('saves drafts, refuses to publish one with errors, publishes a clean one that the library then serves', async () => {
    await asAdmin();
    const first = await createSet('parcel-scams');
    const refusedDraft = await saveSetAction('en', { draft: { ...parcels, scenarioIds: ['relink-chat', 'exam-notice'] }, baseRevisionId: first });
    expect(refusedDraft).toMatchObject({ status: 'saved', number: 2 });
    if (refusedDraft.status !== 'saved') return;
    // A practice set may not reveal a scenario of an assignment-only set: an error in that set's file.
    const refused = await publishScenarioAction('en', refusedDraft.revisionId);
    expect(refused).toMatchObject({ status: 'has_errors', issues: [expect.objectContaining({ path: 'content/sets/fixture-exam.md', message: expect.stringContaining('"exam-notice"') })] });
    expect(getContentLibrary().sets.has('parcel-scams')).toBe(false);

    const saved = await saveSetAction('en', { draft: parcels, baseRevisionId: refusedDraft.revisionId });
    if (saved.status !== 'saved') throw new Error(saved.message);
    expect(await publishScenarioAction('en', saved.revisionId)).toEqual({ status: 'published', number: 3, message: en['studio.publish.done'].replace('{number}', '3') });
    expect(getContentLibrary().sets.get('parcel-scams')).toMatchObject({ title: parcels.title, scenarioIds: ['relink-chat', 'refund-call'], isPractice: true });
  });

  it('never overwrites another admin’s save: the stale save returns their set and the diff, and writes nothing', async () => {
    await asAdmin();
    const first = await createSet('parcel-scams');
    expect(await saveSetAction('en', { draft: parcels, baseRevisionId: first })).toMatchObject({ status: 'saved', number: 2 });
    const before = await contentSnapshot();
    const second = await saveSetAction('en', { draft: { ...parcels, scenarioIds: ['refund-call'] }, baseRevisionId: first });
    expect(second.status).toBe('stale');
    if (second.status !== 'stale') return;
    expect(second.latest).toMatchObject({ number: 2, draft: parcels });
    expect(second.latest.diff.filter((line) => line.kind === 'removed').map((line) => 'text' in line && line.text)).toEqual(['  - relink-chat']);
    expect(await contentSnapshot()).toEqual(before);
    expect(await saveSetAction('en', { draft: { ...parcels, scenarioIds: ['refund-call'] }, baseRevisionId: second.latest.revisionId })).toMatchObject({ status: 'saved', number: 3 });
  });

  it('restores an older revision of a set as a new revision and reopens the set’s editor', async () => {
    await asAdmin();
    const first = await createSet('parcel-scams');
    const saved = await saveSetAction('en', { draft: parcels, baseRevisionId: first });
    if (saved.status !== 'saved') throw new Error(saved.message);
    const target = await redirectOf(() => restoreRevisionAction(IDLE, formOf({ locale: 'en', kind: 'set', id: 'parcel-scams', revisionId: first, baseRevisionId: saved.revisionId })));
    expect(target).toBe('/en/admin/content/sets/parcel-scams?restored=3');
    const latest = await listLatestFiles(await createStaff('admin'), 'set');
    const files = latest.ok ? latest.value.find((entry) => entry.id === 'parcel-scams')!.files : [];
    expect(readSetDraft('parcel-scams', files[0].text).draft.scenarioIds).toEqual([]);
  });
});

describe('forbidden set requests', () => {
  it('refuse a trainer, a student’s device and a visitor every set action, changing nothing', async () => {
    const callers = await nonAdminCallers();
    const admin = await createStaff('admin');
    const entry = await getContentEntry(admin, 'set', 'fixture-set');
    if (!entry.ok) throw new Error('fixture missing');
    const before = await contentSnapshot();
    for (const caller of callers) {
      await caller.act();
      expect(await checkSetAction('en', parcels), caller.who).toEqual({ ok: false, message: caller.message });
      expect(await saveSetAction('en', { draft: { ...parcels, id: 'fixture-set' }, baseRevisionId: entry.value.latest.id }), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await saveSetAction('en', { draft: parcels, baseRevisionId: null }), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await createSetAction(IDLE, formOf({ locale: 'en', id: 'sneaky-set' })), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await publishScenarioAction('en', entry.value.latest.id), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await restoreRevisionAction(IDLE, formOf({ locale: 'en', kind: 'set', id: 'fixture-set', revisionId: entry.value.latest.id, baseRevisionId: entry.value.latest.id })), caller.who).toEqual({ status: 'error', message: caller.message });
    }
    expect(await contentSnapshot()).toEqual(before);
  });

  it('the data layer itself refuses anyone but an admin the sets’ latest files', async () => {
    expect(await listLatestFiles(await createStaff('trainer'), 'set')).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await listLatestFiles(undefined, 'set')).toMatchObject({ ok: false, code: 'forbidden' });
  });
});

describe('the set pages', () => {
  it('list the sets, open a set’s editor, its history and the new-set form, and offer Add to set on a scenario', async () => {
    await asAdmin();
    const list = await html(await QuizSetsPage(params({ locale: 'en' })));
    expect(list).toContain('href="/en/admin/content/sets/fixture-set"');
    expect(list).toContain('Fixture exam');
    expect(list).toContain(en['studio.sets.assignmentOnly']);
    expect(list).toContain(en['studio.sets.scenarioCount'].replace('{count}', '3'));

    const editor = await html(await SetEditorPage({ ...params({ locale: 'en', id: 'fixture-set' }), ...search({ add: 'exam-notice' }) }));
    expect(editor).toContain('Edit quiz set fixture-set');
    expect(editor).toContain('value="Fixture set"');
    expect(editor).toContain('Move &quot;');
    const history = await html(await SetHistoryPage({ ...params({ locale: 'en', id: 'fixture-set' }), ...search({}) }));
    expect(history).toContain('Revision 1');
    expect(await html(await NewSetPage(params({ locale: 'en' })))).toContain('name="id"');

    const scenario = await html(await ScenarioEditorPage({ ...params({ locale: 'en', id: 'exam-notice' }), ...search({}) }));
    expect(scenario).toContain('href="/en/admin/content/sets/fixture-set?add=exam-notice"');
    expect(scenario).not.toContain('href="/en/admin/content/sets/fixture-exam?add=exam-notice"');
  });

  it('are no pages for a trainer, and send a visitor to sign in', async () => {
    const pages = [
      () => QuizSetsPage(params({ locale: 'en' })),
      () => SetEditorPage({ ...params({ locale: 'en', id: 'fixture-set' }), ...search({}) }),
      () => SetHistoryPage({ ...params({ locale: 'en', id: 'fixture-set' }), ...search({}) }),
      () => NewSetPage(params({ locale: 'en' })),
    ];
    await actAsStaff((await createStaff('trainer')).email);
    for (const page of pages) expect(await digestOf(page())).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
    resetRequest();
    for (const page of pages) expect(await digestOf(page())).toContain('NEXT_REDIRECT');
  });
});
