import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import TrainerAttemptPage from '@/app/[locale]/trainer/attempts/[attemptId]/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentLibrary, refreshPublishedLibrary, servePublishedLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { publishRevision, saveRevision } from '@/server/db/content-revisions';
import { getStepData } from '@/server/quiz/pages';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent } from '../../../factories/classes';
import { fixtureScenarioFiles, resetContent } from '../../../factories/content-revisions';
import { anonymousDevice } from '../../../factories/devices';
import { html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff } from '../../../factories/request-context';
import { secondConnection } from '../../../factories/second-connection';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/*
 * The app serves the published revisions: a publish shows on this instance at once and on others
 * within a second, a draft never shows, a database that stops answering leaves the last good
 * library in place, and a review shows each answer against the revision it was given against.
 */

beforeEach(async () => {
  await resetContent();
  await servePublishedLibrary();
});
afterAll(async () => {
  await resetContent();
  await servePublishedLibrary();
});

const OLD_TITLE = 'The re-buy link';
const NEW_TITLE = 'The relink trap';
const relinkTitle = () => getContentLibrary().scenarios.get('relink-chat')!.byLocale.en.title;

/** Saves relink-chat with a new English title, published or as a draft. */
async function retitle(admin: StaffViewer, publish: boolean) {
  const item = await db.contentItem.findUniqueOrThrow({ where: { kind_contentId: { kind: 'scenario', contentId: 'relink-chat' } } });
  const files = fixtureScenarioFiles('relink-chat').map((file) => ({ ...file, text: file.text.replace(`title: ${OLD_TITLE}`, `title: ${NEW_TITLE}`) }));
  const saved = await saveRevision(admin, { kind: 'scenario', id: 'relink-chat', files, baseRevisionId: item.latestRevisionId });
  if (!saved.ok) throw new Error(saved.code);
  if (publish) expect((await publishRevision(admin, saved.value.revisionId)).ok).toBe(true);
  return saved.value;
}

async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('the condition did not come true in time');
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('the library the app serves', () => {
  it('is the published revisions: a draft does not show, a publish does at once on the instance that published', async () => {
    const admin = await createStaff('admin');
    expect(relinkTitle()).toBe(OLD_TITLE);
    const draft = await retitle(admin, false);
    await refreshPublishedLibrary();
    expect(relinkTitle()).toBe(OLD_TITLE);
    expect((await publishRevision(admin, draft.revisionId)).ok).toBe(true);
    await refreshPublishedLibrary();
    expect(relinkTitle()).toBe(NEW_TITLE);
    expect(getContentLibrary().scenarios.get('relink-chat')!.version).toBe((await db.contentRevision.findUniqueOrThrow({ where: { id: draft.revisionId } })).version);
  });

  it('notices within a second a publish made by another instance', async () => {
    const admin = await createStaff('admin');
    await retitle(admin, true); // as another instance would: this one is not told
    const published = Date.now();
    await until(() => relinkTitle() === NEW_TITLE);
    expect(Date.now() - published).toBeLessThan(3000);
  });

  it('keeps serving the last good library while the database cannot be read, and reloads once it can', async () => {
    const admin = await createStaff('admin');
    const other = secondConnection();
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      other.run('ALTER TABLE "ContentLibraryStamp" RENAME TO "ContentLibraryStampAway"');
      await new Promise((done) => setTimeout(done, 1100));
      expect(relinkTitle()).toBe(OLD_TITLE); // starts a check in the background, which fails
      await refreshPublishedLibrary();
      expect(relinkTitle()).toBe(OLD_TITLE);
      expect(log).toHaveBeenCalledWith(expect.stringMatching(/^\[content\] could not read the published library from the database; serving the last library it served/));
      other.run('ALTER TABLE "ContentLibraryStampAway" RENAME TO "ContentLibraryStamp"');
      await retitle(admin, true);
      await until(() => relinkTitle() === NEW_TITLE);
      expect(log).toHaveBeenCalledWith('[content] the database answers again: serving its published library.');
    } finally {
      log.mockRestore();
      other.close();
    }
  });
});

describe('reviews after a newer revision is published', () => {
  it('show the student the scenario as they answered it', async () => {
    const admin = await createStaff('admin');
    const device = actAsDevice(anonymousDevice());
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ['relink-chat', 'refund-call', 'real-notice'], locale: 'en' });
    await answerScenario(device, id, 0, correctResponses('relink-chat'));
    await retitle(admin, true);
    await refreshPublishedLibrary();
    expect(relinkTitle()).toBe(NEW_TITLE);
    const step = await getStepData(device, id, 1, 'en');
    expect(step.kind === 'review' && step.scenario.title).toBe(OLD_TITLE);
  });

  it('show the trainer exactly what the student saw', async () => {
    const admin = await createStaff('admin');
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const student = await joinAsStudent(joinCode, 'Ann');
    actAsDevice(student.device);
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    const position = (JSON.parse((await db.attempt.findUniqueOrThrow({ where: { id: started.value.attemptId } })).itemsJson) as string[]).indexOf('relink-chat');
    await answerScenario(student.device, started.value.attemptId, position, correctResponses('relink-chat'));
    await retitle(admin, true);
    await refreshPublishedLibrary();

    await actAsStaff(staff.email);
    const page = await html(await TrainerAttemptPage({ ...params({ locale: 'en', attemptId: started.value.attemptId }), searchParams: Promise.resolve({ step: String(position + 1) }) }));
    expect(page).toContain(`<h2 id="review-title">${OLD_TITLE}</h2>`);
  });
});
