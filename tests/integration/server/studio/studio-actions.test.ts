import { beforeEach, describe, expect, it, vi } from 'vitest';
import ContentLibraryPage from '@/app/[locale]/admin/content/page';
import ScenarioEditorPage from '@/app/[locale]/admin/content/[id]/page';
import ScenarioHistoryPage from '@/app/[locale]/admin/content/[id]/history/page';
import NewScenarioPage from '@/app/[locale]/admin/content/new/page';
import { scenarioTemplate } from '@/domain/studio/templates';
import type { FormState } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { checkDraftAction, createScenarioAction, publishScenarioAction, restoreRevisionAction, saveScenarioAction } from '@/server/actions/studio';
import { getContentLibrary } from '@/server/content/library';
import { getContentEntry } from '@/server/db/content-revisions';
import { formOf, redirectOf } from '../../../factories/action-calls';
import { createStaff } from '../../../factories/classes';
import { contentSnapshot, resetContent } from '../../../factories/content-revisions';
import { digestOf, html, params } from '../../../factories/render-page';
import { nonAdminCallers } from '../../../factories/outsiders';
import { actAsStaff, resetRequest } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const IDLE: FormState = { status: 'idle' };
const draft = { id: 'studio-check', files: scenarioTemplate('sms', 'studio-check') };

beforeEach(() => resetContent());

async function asAdmin() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  return admin;
}

/** Creates a scenario from a template through the action, as the New page does; returns its latest revision. */
async function createFromTemplate(id: string, channel = 'sms') {
  const target = await redirectOf(() => createScenarioAction(IDLE, formOf({ locale: 'en', id, channel })));
  expect(target).toBe(`/en/admin/content/${id}`);
  const admin = await createStaff('admin');
  const entry = await getContentEntry(admin, 'scenario', id);
  if (!entry.ok) throw new Error('not created');
  return entry.value;
}

describe('checkDraftAction', () => {
  it('checks an admin’s draft and returns the preview of both languages', async () => {
    await asAdmin();
    const outcome = await checkDraftAction('en', draft);
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.issues).toEqual([]);
    expect(outcome.previews?.['zh-CN'].answered.scenario.title).toBe('短信说订单异常，附一个链接');
    expect(outcome.previews?.en.play.decision).toHaveLength(1);
  });

  it('returns the problems of a broken draft at their line and column, without a preview', async () => {
    await asAdmin();
    const outcome = await checkDraftAction('en', { ...draft, files: { ...draft.files, en: draft.files.en.replace('channel: sms', 'channel: fax') } });
    expect(outcome).toEqual({ ok: true, issues: [expect.objectContaining({ locale: 'en', line: 5, column: 10, severity: 'error' })] });
  });

  it('refuses a draft it cannot read, saying what is wrong', async () => {
    await asAdmin();
    expect(await checkDraftAction('en', { id: 'Not An Id', files: draft.files })).toEqual({ ok: false, message: en['studio.errors.invalidDraft'] });
    expect(await checkDraftAction('en', { id: 'x', files: { en: 'a'.repeat(100_001), 'zh-CN': '' } })).toEqual({ ok: false, message: en['studio.errors.invalidDraft'] });
  });
});

describe('creating, saving, publishing and restoring a scenario', () => {
  it('creates a scenario from a channel template as an unpublished first revision, and refuses a taken id', async () => {
    await asAdmin();
    const entry = await createFromTemplate('parcel-fee-sms');
    expect(entry.latest.number).toBe(1);
    expect(entry.published).toBeNull();
    expect(entry.latest.files.map((file) => file.path)).toEqual(['content/scenarios/parcel-fee-sms.zh-CN.md', 'content/scenarios/parcel-fee-sms.en.md']);

    const again = await createScenarioAction(IDLE, formOf({ locale: 'en', id: 'parcel-fee-sms', channel: 'email' }));
    expect(again).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.new.taken'].replace('{id}', 'parcel-fee-sms') } });
    expect(await createScenarioAction(IDLE, formOf({ locale: 'en', id: 'Bad Id', channel: 'sms' }))).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.new.badId'] } });
    // "import" would be hidden by the studio's own import page at /admin/content/import.
    expect(await createScenarioAction(IDLE, formOf({ locale: 'en', id: 'import', channel: 'sms' }))).toMatchObject({ status: 'error', fieldErrors: { id: en['studio.new.reservedId'].replace('{id}', 'import') } });
    expect(await createScenarioAction(IDLE, formOf({ locale: 'en', id: 'fine-id', channel: 'fax' }))).toMatchObject({ status: 'error', fieldErrors: { channel: en['studio.new.badChannel'] } });
  });

  it('duplicates a scenario under a new id, with the id rewritten in both languages', async () => {
    await asAdmin();
    expect(await redirectOf(() => createScenarioAction(IDLE, formOf({ locale: 'en', id: 'relink-chat-copy', from: 'relink-chat' })))).toBe('/en/admin/content/relink-chat-copy');
    const entry = await getContentEntry(await createStaff('admin'), 'scenario', 'relink-chat-copy');
    expect(entry.ok && entry.value.latest.files.every((file) => /^id: relink-chat-copy$/m.test(file.text))).toBe(true);
  });

  it('saves drafts, refuses to publish one with errors (listing them), publishes a clean one', async () => {
    await asAdmin();
    const created = await createFromTemplate('studio-flow');
    const broken = { 'zh-CN': created.latest.files[0].text.replace('difficulty: 1', 'difficulty: 7'), en: created.latest.files[1].text };
    const saved = await saveScenarioAction('en', { id: 'studio-flow', files: broken, baseRevisionId: created.latest.id });
    expect(saved).toMatchObject({ status: 'saved', number: 2, message: en['studio.save.saved'].replace('{number}', '2') });
    if (saved.status !== 'saved') return;

    const refused = await publishScenarioAction('en', saved.revisionId);
    expect(refused.status).toBe('has_errors');
    expect(refused.status === 'has_errors' && refused.issues).toEqual([expect.objectContaining({ path: 'content/scenarios/studio-flow.zh-CN.md', line: 7, column: 13 })]);

    const fixed = await saveScenarioAction('en', { id: 'studio-flow', files: { ...broken, 'zh-CN': created.latest.files[0].text }, baseRevisionId: saved.revisionId });
    if (fixed.status !== 'saved') throw new Error(fixed.message);
    expect(getContentLibrary().scenarios.has('studio-flow')).toBe(false);
    expect(await publishScenarioAction('en', fixed.revisionId)).toEqual({ status: 'published', number: 3, message: en['studio.publish.done'].replace('{number}', '3') });
    // The instance that published serves it at once, not at its next look at the library stamp.
    expect(getContentLibrary().scenarios.has('studio-flow')).toBe(true);
  });

  it('never overwrites another admin’s save: the stale save returns their text and the diff, and writes nothing', async () => {
    await asAdmin();
    const created = await createFromTemplate('two-admins');
    const [zh, english] = created.latest.files.map((file) => file.text);
    const first = await saveScenarioAction('en', { id: 'two-admins', files: { 'zh-CN': zh, en: english.replace('difficulty: 1', 'difficulty: 2') }, baseRevisionId: created.latest.id });
    expect(first.status).toBe('saved');

    const before = await contentSnapshot();
    const second = await saveScenarioAction('en', { id: 'two-admins', files: { 'zh-CN': zh, en: english.replace('What do you do?', 'What would you do?') }, baseRevisionId: created.latest.id });
    expect(second.status).toBe('stale');
    if (second.status !== 'stale') return;
    expect(second.latest.number).toBe(2);
    expect(second.latest.files.en).toContain('difficulty: 2');
    const changed = second.latest.diffs.en.lines.filter((line) => line.kind !== 'same' && line.kind !== 'gap').map((line) => `${line.kind} ${'text' in line ? line.text : ''}`);
    expect(changed).toEqual(['removed difficulty: 2', 'added difficulty: 1', 'removed     prompt: What do you do?', 'added     prompt: What would you do?']);
    expect(second.latest.diffs['zh-CN'].changed).toBe(0);
    expect(await contentSnapshot()).toEqual(before);

    // Having seen both, the admin saves on top of theirs.
    expect(await saveScenarioAction('en', { id: 'two-admins', files: { 'zh-CN': zh, en: english }, baseRevisionId: second.latest.revisionId })).toMatchObject({ status: 'saved', number: 3 });
  });

  it('restores an older revision as a new revision on top of the latest', async () => {
    await asAdmin();
    const created = await createFromTemplate('restore-me');
    const [zh, english] = created.latest.files.map((file) => file.text);
    const saved = await saveScenarioAction('en', { id: 'restore-me', files: { 'zh-CN': zh, en: english.replace('What do you do?', 'And now?') }, baseRevisionId: created.latest.id });
    if (saved.status !== 'saved') throw new Error(saved.message);
    const target = await redirectOf(() => restoreRevisionAction(IDLE, formOf({ locale: 'en', id: 'restore-me', revisionId: created.latest.id, baseRevisionId: saved.revisionId })));
    expect(target).toBe('/en/admin/content/restore-me?restored=3');
    const entry = await getContentEntry(await createStaff('admin'), 'scenario', 'restore-me');
    expect(entry.ok && entry.value.latest.files[1].text).toBe(english);

    // A restore on a stale base is refused, not applied over the newer revision.
    expect(await restoreRevisionAction(IDLE, formOf({ locale: 'en', id: 'restore-me', revisionId: created.latest.id, baseRevisionId: saved.revisionId }))).toMatchObject({ status: 'error' });
  });
});

describe('forbidden requests', () => {
  it('refuse a trainer, a student’s device and a visitor every studio action, changing nothing', async () => {
    const callers = await nonAdminCallers();
    const admin = await createStaff('admin');
    const entry = await getContentEntry(admin, 'scenario', 'relink-chat');
    if (!entry.ok) throw new Error('fixture missing');
    const before = await contentSnapshot();
    for (const caller of callers) {
      await caller.act();
      expect(await checkDraftAction('en', draft), caller.who).toEqual({ ok: false, message: caller.message });
      expect(await saveScenarioAction('en', { ...draft, baseRevisionId: null }), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await publishScenarioAction('en', entry.value.latest.id), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await createScenarioAction(IDLE, formOf({ locale: 'en', id: 'sneaky', channel: 'sms' })), caller.who).toEqual({ status: 'error', message: caller.message });
      expect(await restoreRevisionAction(IDLE, formOf({ locale: 'en', id: 'relink-chat', revisionId: entry.value.latest.id, baseRevisionId: entry.value.latest.id })), caller.who).toEqual({ status: 'error', message: caller.message });
    }
    expect(await contentSnapshot()).toEqual(before);
  });
});

describe('the studio pages', () => {
  const search = (value: Record<string, string>) => ({ searchParams: Promise.resolve(value) });

  it('lists the library with filters, and opens a scenario’s editor and history for an admin', async () => {
    await asAdmin();
    const library = await html(await ContentLibraryPage({ ...params({ locale: 'en' }), ...search({ channel: 'phone-call' }) }));
    expect(library).toContain('href="/en/admin/content/refund-call"');
    expect(library).not.toContain('href="/en/admin/content/relink-chat"');
    expect(library).toContain('href="/en/admin/content/new"');

    const editor = await html(await ScenarioEditorPage({ ...params({ locale: 'en', id: 'relink-chat' }), ...search({}) }));
    expect(editor).toContain('Edit scenario relink-chat');
    expect(editor).toContain('relink-chat.zh-CN.md');
    const history = await html(await ScenarioHistoryPage({ ...params({ locale: 'en', id: 'relink-chat' }), ...search({}) }));
    expect(history).toContain('Revision 1');
    const newPage = await html(await NewScenarioPage(params({ locale: 'en' })));
    expect(newPage).toContain('name="channel"');
  });

  it('are no pages for a trainer, and send a visitor to sign in', async () => {
    const pages = [
      () => ContentLibraryPage({ ...params({ locale: 'en' }), ...search({}) }),
      () => ScenarioEditorPage({ ...params({ locale: 'en', id: 'relink-chat' }), ...search({}) }),
      () => ScenarioHistoryPage({ ...params({ locale: 'en', id: 'relink-chat' }), ...search({}) }),
      () => NewScenarioPage(params({ locale: 'en' })),
    ];
    const trainer = await createStaff('trainer');
    await actAsStaff(trainer.email);
    for (const page of pages) expect(await digestOf(page())).toContain('NEXT_HTTP_ERROR_FALLBACK;404');
    resetRequest();
    for (const page of pages) expect(await digestOf(page())).toContain('NEXT_REDIRECT');
  });
});
