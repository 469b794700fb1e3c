import { describe, expect, it, vi } from 'vitest';
import HomePage from '@/app/[locale]/page';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { startAttemptAction } from '@/server/actions/attempts';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt, getPracticeProgress, startPracticeAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { formOf, redirectOf } from '../../../factories/action-calls';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';
import { html, params } from '../../../factories/render-page';
import { actAsDevice } from '../../../factories/request-context';

/*
 * What the home page remembers of one browser's practice, from the real tables: unfinished runs to
 * continue, the best result per set, and a "start over" that deletes the unfinished run only when
 * the student asked for exactly that.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];
type Device = ReturnType<typeof anonymousDevice>;

/** A full practice run, submitted, with the first `right` scenarios right and the rest wrong. */
async function finishedRun(device: Device, right: number, at: Date) {
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  await db.attempt.update({ where: { id }, data: { startedAt: at } });
  for (const [position, scenario] of ITEMS.entries()) await answerScenario(device, id, position, position < right ? correctResponses(scenario) : wrongResponses(scenario));
  return id;
}

async function snapshot() {
  return { attempts: await db.attempt.findMany({ orderBy: { id: 'asc' } }), answers: await db.answer.findMany({ orderBy: { id: 'asc' } }) };
}

describe('getPracticeProgress', () => {
  it("gives the device's best full run per set and its unfinished runs, newest first, and nobody else's", async () => {
    const device = anonymousDevice();
    await finishedRun(device, 2, new Date('2026-11-01T08:00:00Z'));
    const best = await finishedRun(device, 3, new Date('2026-11-02T08:00:00Z'));
    // A retry of the missed ones, all right: only part of the set, so not a result of the set.
    const retry = await createAttempt(device, { setId: 'fixture-set', items: ['real-notice'], locale: 'en', retryOfId: best });
    await answerScenario(device, retry.id, 0, correctResponses('real-notice'));
    const older = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await db.attempt.update({ where: { id: older.id }, data: { startedAt: new Date('2026-11-03T08:00:00Z') } });
    const newer = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await answerScenario(device, newer.id, 0, correctResponses('relink-chat'));
    await finishedRun(anonymousDevice(), 3, new Date('2026-11-04T08:00:00Z'));

    expect(await getPracticeProgress(device)).toEqual({
      open: [
        { id: newer.id, setId: 'fixture-set', answered: 1, total: 3 },
        { id: older.id, setId: 'fixture-set', answered: 0, total: 3 },
      ],
      bestPercent: { 'fixture-set': 100 },
    });
    expect(await getPracticeProgress(anonymousDevice())).toEqual({ open: [], bestPercent: {} });
  });

  it('leaves assignment attempts to "my assignments"', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const student = await joinAsStudent(joinCode, 'Ann');
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    for (const [position, scenario] of ITEMS.entries()) await answerScenario(student.device, started.value.attemptId, position, correctResponses(scenario));
    await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
    expect(await getPracticeProgress(student.device)).toEqual({ open: [], bestPercent: {} });
  });
});

describe('startPracticeAttempt', () => {
  it('starts a run when the set has no unfinished one, next to finished runs', async () => {
    const device = anonymousDevice();
    const finished = await finishedRun(device, 1, new Date('2026-11-01T08:00:00Z'));
    const started = await startPracticeAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en', replaces: finished });
    expect(started.ok).toBe(true);
    expect(await db.attempt.count({ where: { id: finished } })).toBe(1);
  });

  it('refuses a second run of a set while one is unfinished, changing nothing', async () => {
    const device = anonymousDevice();
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await answerScenario(device, id, 0, correctResponses('relink-chat'));
    const before = await snapshot();
    expect(await startPracticeAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' })).toEqual({ ok: false, code: 'unfinished_attempt', message: 'home.error.unfinished' });
    // Naming a run that is not the unfinished one (another device's, or a made-up id) is no confirmation.
    const strangers = await createAttempt(anonymousDevice(), { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    const withStranger = await snapshot();
    expect((await startPracticeAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en', replaces: strangers.id })).ok).toBe(false);
    expect(await snapshot()).toEqual(withStranger);
    expect(withStranger.answers).toEqual(before.answers);
  });

  it('on "start over" naming the unfinished run, deletes it with its answers and starts afresh', async () => {
    const device = anonymousDevice();
    const finished = await finishedRun(device, 3, new Date('2026-11-01T08:00:00Z'));
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await answerScenario(device, id, 0, correctResponses('relink-chat'));
    const started = await startPracticeAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en', replaces: id });
    if (!started.ok) throw new Error(started.code);
    expect(await db.attempt.count({ where: { id } })).toBe(0);
    expect(await db.answer.count({ where: { attemptId: id } })).toBe(0);
    expect(await getPracticeProgress(device)).toEqual({ open: [{ id: started.value.id, setId: 'fixture-set', answered: 0, total: 3 }], bestPercent: { 'fixture-set': 100 } });
    expect(await db.attempt.count({ where: { id: finished } })).toBe(1);
  });
});

describe('the home page and the start action', () => {
  it('offers the unfinished run first, the best result per set, and start over as a warned second step', async () => {
    const device = actAsDevice(anonymousDevice());
    await finishedRun(device, 2, new Date('2026-11-01T08:00:00Z'));
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await answerScenario(device, id, 0, correctResponses('relink-chat'));

    const page = await html(await HomePage({ ...params({ locale: 'en' }), searchParams: Promise.resolve({}) }));
    expect(page).toContain(en['home.resume.heading']);
    expect(page).toContain('Fixture set: 1 of 3 scenarios answered');
    expect(page).toContain(`href="/en/attempts/${id}"`);
    expect(page).toContain('Your best on this device: 67%');
    expect(page).toContain('Continue (1/3)');
    expect(page).toMatch(/<details class="start-over"><summary[^>]*>Start over<\/summary>/);
    expect(page).toContain(`name="replaces" value="${id}"`);
    expect(page).toContain('(1 of 3 scenarios answered, with its answers)');

    const zhPage = await html(await HomePage({ ...params({ locale: 'zh-CN' }), searchParams: Promise.resolve({ error: 'unfinished' }) }));
    expect(zhPage).toContain('本机最好成绩：67%');
    expect(zhPage).toContain(zh['home.error.unfinished']);
    const named = await html(await HomePage({ ...params({ locale: 'en' }), searchParams: Promise.resolve({ error: 'unfinished', set: 'fixture-set' }) }));
    expect(named).toContain('You have an unfinished run of &quot;Fixture set&quot;.');
  });

  it('shows a fresh browser no progress and a plain start', async () => {
    actAsDevice(anonymousDevice());
    const page = await html(await HomePage({ ...params({ locale: 'en' }), searchParams: Promise.resolve({}) }));
    expect(page).not.toContain(en['home.resume.heading']);
    expect(page).not.toContain('Your best');
    expect(page).not.toContain('replaces');
    expect(page).toMatch(/>Start<\/button>/);
  });

  it('sends a start without the confirmation back home with the warning, and a confirmed one to the new run', async () => {
    const device = actAsDevice(anonymousDevice());
    const first = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set' })));
    const firstId = first!.split('/')[3];
    expect(await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set' })))).toBe('/en?error=unfinished&set=fixture-set#set-fixture-set');
    const again = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set', replaces: firstId })));
    expect(again).toMatch(/^\/en\/attempts\/[0-9a-f-]+\/1$/);
    expect((await getPracticeProgress(device)).open.map((attempt) => attempt.id)).toEqual([again!.split('/')[3]]);
  });
});
