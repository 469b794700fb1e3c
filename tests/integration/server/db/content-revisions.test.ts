import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getStaffViewer, type StaffViewer } from '@/server/auth/staff';
import { importContentFiles } from '@/server/content/import-files';
import { db } from '@/server/db/client';
import {
  findScenarioVersion,
  getContentEntry,
  getRevision,
  getRevisionDiff,
  listContentEntries,
  listRevisions,
  publishRevision,
  restoreRevision,
  saveRevision,
} from '@/server/db/content-revisions';
import { createStaff } from '../../../factories/classes';
import { contentSnapshot, copyOfFixtureRoot, fixtureScenarioFiles, resetContent } from '../../../factories/content-revisions';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';
import { createTrainer } from '../../../factories/users';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/*
 * Revisions of the content library against the database: saving on top of a base, two admins on
 * one base, publishing (and refusing to publish what the checker rejects), restoring, diffs, the
 * file import at start, and the refusals for everyone but admins.
 */

beforeEach(() => resetContent());

/** The fixture set's file with another title. */
const fixtureSetText = (title: string) =>
  `---\nid: fixture-set\ntitle:\n  zh-CN: ${title}\n  en: ${title}\ndescription:\n  zh-CN: 三个场景。\n  en: Three scenarios.\nscenarios: [relink-chat, refund-call, real-notice]\n---\n`;

const edited = (files: { path: string; text: string }[], from: string, to: string) => files.map((file) => ({ ...file, text: file.text.replace(from, to) }));

async function latestOf(kind: 'scenario' | 'set', id: string) {
  const item = await db.contentItem.findUniqueOrThrow({ where: { kind_contentId: { kind, contentId: id } } });
  return item;
}

async function saved(admin: StaffViewer, input: object) {
  const result = await saveRevision(admin, input);
  if (!result.ok) throw new Error(`save refused: ${result.code}`);
  return result.value;
}

describe('the imported library', () => {
  it('lists every scenario and set as published from files, with nothing newer', async () => {
    const admin = await createStaff('admin');
    const result = await listContentEntries(admin);
    if (!result.ok) throw new Error(result.code);
    expect(result.value.map((entry) => `${entry.kind}:${entry.id}`)).toEqual([
      'scenario:broken-sample',
      'scenario:exam-notice',
      'scenario:real-notice',
      'scenario:refund-call',
      'scenario:relink-chat',
      'set:fixture-exam',
      'set:fixture-set',
    ]);
    const relink = result.value.find((entry) => entry.id === 'relink-chat')!;
    expect(relink).toMatchObject({ latestNumber: 1, publishedNumber: 1, hasDraft: false, latestSource: 'file', updatedByName: null, title: { en: 'The re-buy link' } });
    expect(result.value.find((entry) => entry.id === 'fixture-set')!.title).toEqual({ 'zh-CN': '测试题组', en: 'Fixture set' });
  });
});

describe('saving revisions', () => {
  it('saves on top of the latest revision as a draft, with its author; the published one stays live', async () => {
    const admin = await createStaff('admin');
    const base = await latestOf('scenario', 'relink-chat');
    const files = edited(fixtureScenarioFiles('relink-chat'), 'difficulty: 1', 'difficulty: 2');
    const revision = await saved(admin, { kind: 'scenario', id: 'relink-chat', files, baseRevisionId: base.latestRevisionId });
    expect(revision.number).toBe(2);

    const entry = await getContentEntry(admin, 'scenario', 'relink-chat');
    if (!entry.ok) throw new Error(entry.code);
    expect(entry.value.latest).toMatchObject({ id: revision.revisionId, number: 2, source: 'studio', authorName: 'Test Trainer', baseRevisionId: base.latestRevisionId, isLatest: true, isPublished: false });
    expect(entry.value.latest.files).toEqual(files);
    expect(entry.value.published).toMatchObject({ number: 1, isPublished: true, files: fixtureScenarioFiles('relink-chat') });
    const listed = await listContentEntries(admin);
    expect(listed.ok && listed.value.find((item) => item.id === 'relink-chat')).toMatchObject({ latestNumber: 2, publishedNumber: 1, hasDraft: true, latestSource: 'studio' });
  });

  it('refuses the second of two saves on one base, returns the latest to compare, and writes nothing', async () => {
    const [ada, bob] = [await createStaff('admin'), await createStaff('admin')];
    const base = (await latestOf('scenario', 'relink-chat')).latestRevisionId;
    const first = await saved(ada, { kind: 'scenario', id: 'relink-chat', files: edited(fixtureScenarioFiles('relink-chat'), 'difficulty: 1', 'difficulty: 2'), baseRevisionId: base });
    const before = await contentSnapshot();
    const second = await saveRevision(bob, { kind: 'scenario', id: 'relink-chat', files: edited(fixtureScenarioFiles('relink-chat'), 'difficulty: 1', 'difficulty: 3'), baseRevisionId: base });
    expect(second).toMatchObject({ ok: false, code: 'stale_base', message: 'errors.content.staleBase', params: { number: 2 } });
    expect(!second.ok && second.code === 'stale_base' && second.latest).toMatchObject({ id: first.revisionId, number: 2, files: edited(fixtureScenarioFiles('relink-chat'), 'difficulty: 1', 'difficulty: 2') });
    expect(await contentSnapshot()).toEqual(before);
  });

  it('lets exactly one of two simultaneous saves on one base land', async () => {
    const [ada, bob] = [await createStaff('admin'), await createStaff('admin')];
    const base = (await latestOf('set', 'fixture-set')).latestRevisionId;
    const text = (title: string) => [{ path: 'content/sets/fixture-set.md', text: fixtureSetText(title) }];
    const results = await Promise.all([
      saveRevision(ada, { kind: 'set', id: 'fixture-set', files: text('Ada'), baseRevisionId: base }),
      saveRevision(bob, { kind: 'set', id: 'fixture-set', files: text('Bob'), baseRevisionId: base }),
    ]);
    expect(results.map((result) => (result.ok ? 'ok' : result.code)).sort()).toEqual(['ok', 'stale_base']);
    expect(await db.contentRevision.count({ where: { kind: 'set', contentId: 'fixture-set' } })).toBe(2);
    expect((await latestOf('set', 'fixture-set')).latestNumber).toBe(2);
  });

  it('creates a new scenario on no base once; a second creation of the same id is stale', async () => {
    const admin = await createStaff('admin');
    const files = fixtureScenarioFiles('relink-chat').map((file) => ({ path: file.path.replace('relink-chat', 'new-chat'), text: file.text.replace('id: relink-chat', 'id: new-chat') }));
    const created = await saved(admin, { kind: 'scenario', id: 'new-chat', files, baseRevisionId: null });
    expect(created.number).toBe(1);
    expect(await saveRevision(admin, { kind: 'scenario', id: 'new-chat', files, baseRevisionId: null })).toMatchObject({ ok: false, code: 'stale_base' });
    const entry = await getContentEntry(admin, 'scenario', 'new-chat');
    expect(entry.ok && entry.value.published).toBeNull();
  });

  it('refuses input that is not a scenario or set, saying what is wrong', async () => {
    const admin = await createStaff('admin');
    const before = await contentSnapshot();
    const result = await saveRevision(admin, { kind: 'scenario', id: 'relink-chat', files: fixtureScenarioFiles('relink-chat').slice(0, 1), baseRevisionId: null });
    expect(result).toMatchObject({ ok: false, code: 'invalid_input', message: 'errors.content.invalidInput' });
    expect(!result.ok && result.params?.details).toContain('content/scenarios/relink-chat.en.md');
    expect(await contentSnapshot()).toEqual(before);
  });
});

describe('publishing', () => {
  it('publishes the latest revision and changes the library stamp', async () => {
    const admin = await createStaff('admin');
    const base = (await latestOf('scenario', 'relink-chat')).latestRevisionId;
    const revision = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(fixtureScenarioFiles('relink-chat'), 'The re-buy link', 'The re-buy link, again'), baseRevisionId: base });
    const stamp = await db.contentLibraryStamp.findUniqueOrThrow({ where: { id: 'library' } });
    expect(await publishRevision(admin, revision.revisionId)).toEqual({ ok: true, value: revision });
    expect((await latestOf('scenario', 'relink-chat')).publishedRevisionId).toBe(revision.revisionId);
    expect((await db.contentLibraryStamp.findUniqueOrThrow({ where: { id: 'library' } })).stamp).not.toBe(stamp.stamp);
  });

  it('refuses a revision whose languages disagree, with each problem at its line, and changes nothing', async () => {
    const admin = await createStaff('admin');
    const base = (await latestOf('scenario', 'relink-chat')).latestRevisionId;
    const [zh, en] = fixtureScenarioFiles('relink-chat');
    const revision = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: [zh, { ...en, text: en.text.replace('    answer: b', '    answer: a') }], baseRevisionId: base });
    const before = await contentSnapshot();
    const result = await publishRevision(admin, revision.revisionId);
    expect(result).toMatchObject({ ok: false, code: 'has_errors', message: 'errors.content.hasErrors' });
    const issues = !result.ok && result.code === 'has_errors' ? result.issues : [];
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]).toEqual({ path: 'content/scenarios/relink-chat.en.md', line: expect.any(Number), column: expect.any(Number), message: expect.stringContaining('answer') });
    expect(await contentSnapshot()).toEqual(before);
  });

  it('refuses a set that names a scenario that is only a draft', async () => {
    const admin = await createStaff('admin');
    const files = fixtureScenarioFiles('relink-chat').map((file) => ({ path: file.path.replace('relink-chat', 'draft-chat'), text: file.text.replace('id: relink-chat', 'id: draft-chat') }));
    await saved(admin, { kind: 'scenario', id: 'draft-chat', files, baseRevisionId: null });
    const set = await getContentEntry(admin, 'set', 'fixture-set');
    if (!set.ok) throw new Error(set.code);
    const text = set.value.latest.files[0].text.replace('real-notice]', 'real-notice, draft-chat]');
    const revision = await saved(admin, { kind: 'set', id: 'fixture-set', files: [{ path: 'content/sets/fixture-set.md', text }], baseRevisionId: set.value.latest.id });
    const result = await publishRevision(admin, revision.revisionId);
    expect(!result.ok && result.code === 'has_errors' && result.issues.map((issue) => issue.message)).toEqual([expect.stringContaining('unknown scenario id "draft-chat"')]);
  });

  it('publishes only the latest revision', async () => {
    const admin = await createStaff('admin');
    const first = (await latestOf('scenario', 'relink-chat')).latestRevisionId;
    const files = fixtureScenarioFiles('relink-chat');
    const second = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(files, 'difficulty: 1', 'difficulty: 2'), baseRevisionId: first });
    await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(files, 'difficulty: 1', 'difficulty: 3'), baseRevisionId: second.revisionId });
    expect(await publishRevision(admin, second.revisionId)).toEqual({ ok: false, code: 'not_latest', message: 'errors.content.notLatest', params: { number: 2, latest: 3 } });
    expect(await publishRevision(admin, 'no-such-revision')).toMatchObject({ ok: false, code: 'not_found' });
  });
});

describe('history, diffs and restoring', () => {
  it('lists revisions newest first, diffs two, and restores an old one as a new revision to publish', async () => {
    const admin = await createStaff('admin');
    const first = await latestOf('scenario', 'relink-chat');
    const files = fixtureScenarioFiles('relink-chat');
    const second = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(files, 'difficulty: 1', 'difficulty: 2'), baseRevisionId: first.latestRevisionId });

    const diff = await getRevisionDiff(admin, first.latestRevisionId, second.revisionId);
    if (!diff.ok) throw new Error(diff.code);
    expect(diff.value.files.map((file) => [file.path, file.status, file.added, file.removed])).toEqual([
      ['content/scenarios/relink-chat.en.md', 'changed', 1, 1],
      ['content/scenarios/relink-chat.zh-CN.md', 'changed', 1, 1],
    ]);
    expect(diff.value.files[0].lines).toContainEqual({ kind: 'removed', oldLine: 7, text: 'difficulty: 1' });
    expect(diff.value.files[0].lines).toContainEqual({ kind: 'added', newLine: 7, text: 'difficulty: 2' });

    expect(await restoreRevision(admin, first.latestRevisionId, first.latestRevisionId)).toMatchObject({ ok: false, code: 'stale_base' });
    const restored = await restoreRevision(admin, first.latestRevisionId, second.revisionId);
    if (!restored.ok) throw new Error(restored.code);
    expect(restored.value.number).toBe(3);
    const revision = await getRevision(admin, restored.value.revisionId);
    expect(revision.ok && revision.value).toMatchObject({ files, baseRevisionId: second.revisionId, source: 'studio', isLatest: true, isPublished: false });
    expect(revision.ok && revision.value.version).toBe((await db.contentRevision.findUniqueOrThrow({ where: { id: first.latestRevisionId } })).version);

    const history = await listRevisions(admin, 'scenario', 'relink-chat');
    expect(history.ok && history.value.map((item) => [item.number, item.source, item.isPublished, item.isLatest])).toEqual([
      [3, 'studio', false, true],
      [2, 'studio', false, false],
      [1, 'file', true, false],
    ]);
    expect(await getRevisionDiff(admin, first.latestRevisionId, (await latestOf('set', 'fixture-set')).latestRevisionId)).toMatchObject({ ok: false, code: 'invalid_input' });
  });

  it("finds the scenario as an answer saw it by the version it pinned, after a newer one is published", async () => {
    const admin = await createStaff('admin');
    const first = await latestOf('scenario', 'relink-chat');
    const oldVersion = (await db.contentRevision.findUniqueOrThrow({ where: { id: first.latestRevisionId } })).version!;
    const newer = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(fixtureScenarioFiles('relink-chat'), 'The re-buy link', 'The relink trap'), baseRevisionId: first.latestRevisionId });
    expect((await publishRevision(admin, newer.revisionId)).ok).toBe(true);
    const answered = await findScenarioVersion('relink-chat', oldVersion);
    expect(answered).toMatchObject({ id: 'relink-chat', version: oldVersion });
    expect(answered!.byLocale.en.title).toBe('The re-buy link');
    expect(await findScenarioVersion('relink-chat', 'ffffffffffffffff')).toBeUndefined();
  });
});

describe('importing the content files at start', () => {
  it('imports nothing twice', async () => {
    const before = await contentSnapshot();
    const report = await importContentFiles(join(process.cwd(), 'tests/fixtures/library'));
    expect(report).toEqual({ imported: [], withdrawn: [], unrecognised: [], missingImages: [] });
    expect(await contentSnapshot()).toEqual(before);
  });

  it('keeps a published studio edit until a newer file arrives, which then wins; a removed file is withdrawn', async () => {
    const admin = await createStaff('admin');
    const root = copyOfFixtureRoot();
    try {
      const base = (await latestOf('scenario', 'relink-chat')).latestRevisionId;
      const studio = await saved(admin, { kind: 'scenario', id: 'relink-chat', files: edited(fixtureScenarioFiles('relink-chat'), 'difficulty: 1', 'difficulty: 2'), baseRevisionId: base });
      await publishRevision(admin, studio.revisionId);
      expect((await importContentFiles(root)).imported).toEqual([]);
      expect((await latestOf('scenario', 'relink-chat')).publishedRevisionId).toBe(studio.revisionId);

      const path = join(root, 'content/scenarios/relink-chat.en.md');
      writeFileSync(path, fixtureScenarioFiles('relink-chat')[1].text.replace('difficulty: 1', 'difficulty: 3'));
      rmSync(join(root, 'content/scenarios/exam-notice.en.md'));
      rmSync(join(root, 'content/scenarios/exam-notice.zh-CN.md'));
      const report = await importContentFiles(root);
      expect(report.imported).toEqual([{ kind: 'scenario', id: 'relink-chat', number: 3 }]);
      expect(report.withdrawn).toEqual([{ kind: 'scenario', id: 'exam-notice' }]);
      const relink = await latestOf('scenario', 'relink-chat');
      const fileRevision = await db.contentRevision.findUniqueOrThrow({ where: { id: relink.latestRevisionId } });
      expect(relink.publishedRevisionId).toBe(fileRevision.id);
      expect(fileRevision).toMatchObject({ source: 'file', authorId: null, baseRevisionId: studio.revisionId, number: 3 });
      expect((await latestOf('scenario', 'exam-notice')).publishedRevisionId).toBeNull();
      expect(await importContentFiles(root)).toEqual({ imported: [], withdrawn: [], unrecognised: [], missingImages: [] });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('imports each change once when two instances start at the same moment', async () => {
    const root = copyOfFixtureRoot();
    try {
      writeFileSync(join(root, 'content/sets/fixture-set.md'), fixtureSetText('New'));
      const reports = await Promise.all([importContentFiles(root), importContentFiles(root)]);
      expect(reports.flatMap((report) => report.imported)).toEqual([{ kind: 'set', id: 'fixture-set', number: 2 }]);
      expect(await db.contentRevision.count({ where: { kind: 'set', contentId: 'fixture-set' } })).toBe(2);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('who may edit content', () => {
  type Caller = 'trainer' | 'student device' | 'signed-out visitor';

  async function viewerAs(caller: Caller): Promise<StaffViewer | undefined> {
    if (caller === 'trainer') {
      const { email } = await createTrainer();
      await actAsStaff(email);
    } else if (caller === 'student device') actAsDevice();
    else resetRequest();
    return getStaffViewer();
  }

  it.each<Caller>(['trainer', 'student device', 'signed-out visitor'])('refuses every content function to a %s and changes nothing', async (caller) => {
    const viewer = await viewerAs(caller);
    const item = await latestOf('scenario', 'relink-chat');
    const message = caller === 'trainer' ? 'errors.auth.forbidden' : 'errors.auth.signInRequired';
    const refused = { ok: false, code: 'forbidden', message };
    const before = await contentSnapshot();
    const calls = [
      listContentEntries(viewer),
      getContentEntry(viewer, 'scenario', 'relink-chat'),
      saveRevision(viewer, { kind: 'scenario', id: 'relink-chat', files: fixtureScenarioFiles('relink-chat'), baseRevisionId: item.latestRevisionId }),
      publishRevision(viewer, item.latestRevisionId),
      listRevisions(viewer, 'scenario', 'relink-chat'),
      getRevision(viewer, item.latestRevisionId),
      getRevisionDiff(viewer, item.latestRevisionId, item.latestRevisionId),
      restoreRevision(viewer, item.latestRevisionId, item.latestRevisionId),
    ];
    for (const result of await Promise.all(calls)) expect(result).toEqual(refused);
    expect(await contentSnapshot()).toEqual(before);
  });
});
