import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import NewAssignmentPage from '@/app/[locale]/trainer/classes/[classId]/assignments/new/page';
import EditAssignmentPage from '@/app/[locale]/trainer/assignments/[assignmentId]/edit/page';
import AssignmentReportPage from '@/app/[locale]/trainer/assignments/[assignmentId]/page';
import AssignmentResultsPage from '@/app/[locale]/trainer/assignments/[assignmentId]/results/page';
import ClassPage from '@/app/[locale]/trainer/classes/[classId]/page';
import { IDLE_FORM } from '@/domain/shared/form-state';
import { createAssignmentAction, startAssignmentAction, submitAttemptAction, updateAssignmentAction } from '@/server/actions/assignments';
import { startAttemptAction } from '@/server/actions/attempts';
import { exportAssignmentResults } from '@/server/assignments/export-results';
import type { Device } from '@/server/auth/device';
import { importContentFiles } from '@/server/content/import-files';
import { getContentLibrary, servePublishedLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { createAssignment } from '@/server/db/assignments';
import { db } from '@/server/db/client';
import { env } from '@/server/env';
import { getHomeData, getStepData, getSummaryData } from '@/server/quiz/pages';
import { findResultCard } from '@/server/quiz/result-card';
import { formOf, redirectOf } from '../../../factories/action-calls';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

/*
 * Focus sets against a real database and the bundled library (the fixture library is too small to
 * balance one): a trainer assigns a weak spot as a follow-up, students take it, the trainer's pages
 * name it; a visitor practises one; nobody else can create one and a forged id is refused.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

// The bundled library replaces the fixture library in this file's database, as `npm start` imports it.
beforeAll(async () => {
  await importContentFiles(resolve('.'));
  await servePublishedLibrary();
});
afterAll(async () => {
  await importContentFiles(env.CONTENT_ROOT);
  await servePublishedLibrary();
});

const FOCUS = 'focus:script:fake-police';
const FOCUS_TITLE_EN = 'Focused practice: Fake police and &quot;safe accounts&quot;';

const followUpForm = (classroomId: string, overrides: Record<string, string> = {}) =>
  formOf({
    locale: 'en',
    classroomId,
    setId: FOCUS,
    opensAt: '2026-01-01T09:00',
    closesAt: '2099-01-08T09:00',
    timeZone: 'Asia/Shanghai',
    attemptsAllowed: '1',
    grading: 'highest',
    timeLimitMinutes: '',
    feedback: 'after-each-answer',
    ...overrides,
  });

async function snapshot() {
  return { assignments: await db.assignment.findMany({ orderBy: { id: 'asc' } }), attempts: await db.attempt.findMany({ orderBy: { id: 'asc' }, select: { id: true } }) };
}

const verdictOf = (id: string) => getContentLibrary().scenarios.get(id)!.byLocale['zh-CN'].verdict;

async function startAs(device: Device, assignmentId: string): Promise<string> {
  actAsDevice(device);
  const target = await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })));
  const match = target?.match(/^\/en\/attempts\/([^/?]+)$/);
  if (!match) throw new Error(`the start went to ${target}`);
  return match[1];
}

describe('a follow-up assignment of a focus set', () => {
  it('is created with fixed scenarios, taken by students like any other, and named on the trainer pages', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 7');
    const ann = await joinAsStudent(joinCode, 'Ann');
    const bo = await joinAsStudent(joinCode, 'Bo');
    await actAsStaff(staff.email);
    const target = await redirectOf(() => createAssignmentAction(IDLE_FORM, followUpForm(classroomId)));
    const created = await db.assignment.findFirstOrThrow({ where: { classroomId } });
    expect(target).toBe(`/en/trainer/classes/${classroomId}?assigned=${created.id}`);
    expect(created.setId).toBe(FOCUS);

    // Drawn once from the focus set: as many genuine messages as scams, all from its pool.
    const fixed = JSON.parse(created.itemsJson!) as string[];
    const focus = findQuizSet(FOCUS)!;
    expect(fixed).toHaveLength(focus.draw!);
    expect(fixed.every((id) => focus.scenarioIds.includes(id))).toBe(true);
    expect(fixed.filter((id) => verdictOf(id) === 'scam')).toHaveLength(fixed.length / 2);

    // Both students meet exactly the fixed scenarios.
    const annAttempt = await startAs(ann.device, created.id);
    const boAttempt = await startAs(bo.device, created.id);
    for (const attemptId of [annAttempt, boAttempt]) {
      const row = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
      expect({ setId: row.setId, items: JSON.parse(row.itemsJson) }).toEqual({ setId: FOCUS, items: fixed });
    }
    for (const [student, attemptId, answers] of [
      [ann, annAttempt, correctResponses],
      [bo, boAttempt, wrongResponses],
    ] as const) {
      actAsDevice(student.device);
      for (const [position, scenarioId] of fixed.entries()) expect((await answerScenario(student.device, attemptId, position, answers(scenarioId))).ok).toBe(true);
      expect(await redirectOf(() => submitAttemptAction(formOf({ locale: 'en', attemptId })))).toBe(`/en/attempts/${attemptId}/summary`);
      const step = await getStepData(student.device, attemptId, 1, 'en');
      expect(step.kind !== 'not-found' && step.setTitle).toBe('Focused practice: Fake police and "safe accounts"');
    }

    await actAsStaff(staff.email);
    const report = await html(await AssignmentReportPage({ ...params({ locale: 'en', assignmentId: created.id }), searchParams: Promise.resolve({}) }));
    expect(report).toContain(FOCUS_TITLE_EN);
    expect(report).toMatch(/Ann.*100%/s);
    const results = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId: created.id })));
    expect(results).toContain(FOCUS_TITLE_EN);
    expect(results).toMatch(/<dt>Submitted<\/dt><dd>2<\/dd>/);
    expect(results).toContain('Fell for it: 1 of 2 (50%)');
    const classPage = await html(await ClassPage({ ...params({ locale: 'en', classId: classroomId }), searchParams: Promise.resolve({}) }));
    expect(classPage).toContain(FOCUS_TITLE_EN);
    const zh = await html(await AssignmentResultsPage(params({ locale: 'zh-CN', assignmentId: created.id })));
    expect(zh).toContain('专项练习：冒充公检法、“安全账户”');

    const csv = await exportAssignmentResults(staff, created.id, 'en');
    expect(csv.ok && csv.value.fileName).toBe('Class 7 - Focused practice- Fake police and -safe accounts-.csv');
  }, 30_000);

  it('gets a new draw when its set changes before anyone starts, and none once it is a file set', async () => {
    const { staff, classroomId } = await createClassWithTrainer();
    await actAsStaff(staff.email);
    await redirectOf(() => createAssignmentAction(IDLE_FORM, followUpForm(classroomId)));
    const { id } = await db.assignment.findFirstOrThrow({ where: { classroomId } });
    // The edit form keeps the focus set chosen, so saving the rules alone does not change the set.
    const edit = (await html(await EditAssignmentPage(params({ locale: 'en', assignmentId: id })))).replaceAll('<!-- -->', '');
    expect(edit).toContain('<option value="focus:script:fake-police" selected="">Focused practice: Fake police and &quot;safe accounts&quot; (4)</option>');
    await redirectOf(() => updateAssignmentAction(IDLE_FORM, followUpForm(classroomId, { assignmentId: id, setId: 'focus:redFlag:urgency' })));
    const urgency = await db.assignment.findUniqueOrThrow({ where: { id } });
    expect(urgency.setId).toBe('focus:redFlag:urgency');
    expect(JSON.parse(urgency.itemsJson!)).toHaveLength(10);
    await redirectOf(() => updateAssignmentAction(IDLE_FORM, followUpForm(classroomId, { assignmentId: id, setId: 'buyer-basics', attemptsAllowed: '2' })));
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toMatchObject({ setId: 'buyer-basics', itemsJson: null, attemptsAllowed: 2 });
  });

  it('is refused with a clear message for a forged set id, and saves nothing', async () => {
    const { staff, classroomId } = await createClassWithTrainer();
    await actAsStaff(staff.email);
    const before = await snapshot();
    for (const setId of ['focus:script:no-such-script', 'focus:redFlag:urgency:x', 'focus:colour:red', 'focus:script:'] as const) {
      expect(await createAssignmentAction(IDLE_FORM, followUpForm(classroomId, { setId }))).toMatchObject({
        status: 'error',
        fieldErrors: { setId: 'Choose a quiz set from the list. If it is missing, it was removed from the library.' },
      });
    }
    expect(await snapshot()).toEqual(before);
  });

  it.each(['other trainer', 'student device', 'visitor'] as const)('cannot be created by a %s', async (caller) => {
    const { classroomId, joinCode } = await createClassWithTrainer();
    const student = await joinAsStudent(joinCode);
    if (caller === 'other trainer') await actAsStaff((await createStaff()).email);
    if (caller === 'student device') actAsDevice(student.device);
    if (caller === 'visitor') resetRequest();
    const before = await snapshot();
    const outcome = await createAssignmentAction(IDLE_FORM, followUpForm(classroomId));
    expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/not signed in|not one of yours|does not exist/) });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the follow-up link and form', () => {
  it('links each weak spot to the class form with its focus set, which lists what it draws from', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const library = getContentLibrary();
    const created = await createAssignment(
      staff,
      { classroomId, setId: 'buyer-basics', timeZone: 'Asia/Shanghai', opensAt: new Date(Date.now() - 3_600_000), closesAt: new Date(Date.now() + 86_400_000), attemptsAllowed: 1, grading: 'highest', timeLimitMinutes: null, feedback: 'after-each-answer', shuffleScenarios: false, shuffleOptions: false },
      (setId) => library.sets.has(setId),
    );
    if (!created.ok) throw new Error(created.code);
    const student = await joinAsStudent(joinCode, 'Cy');
    const attemptId = await startAs(student.device, created.value.id);
    const items = JSON.parse((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).itemsJson) as string[];
    for (const [position, scenarioId] of items.entries()) await answerScenario(student.device, attemptId, position, wrongResponses(scenarioId));
    await redirectOf(() => submitAttemptAction(formOf({ locale: 'en', attemptId })));

    await actAsStaff(staff.email);
    const results = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId: created.value.id })));
    const links = [...results.matchAll(/href="([^"]+\/assignments\/new\?set=[^"]+)" aria-label="Assign as follow-up: ([^"]+)"/g)];
    expect(links.length).toBeGreaterThan(3);
    const scripts = library.scenarios.get(items.find((id) => verdictOf(id) === 'scam')!)!.byLocale['zh-CN'].scripts;
    expect(links.map(([, href]) => href)).toContain(`/en/trainer/classes/${classroomId}/assignments/new?set=${encodeURIComponent(`focus:script:${scripts[0]}`)}`);

    const form = await html(await NewAssignmentPage({ ...params({ locale: 'en', classId: classroomId }), searchParams: Promise.resolve({ set: FOCUS }) }));
    expect(form.replaceAll('<!-- -->', '')).toContain('<option value="focus:script:fake-police" selected="">Focused practice: Fake police and &quot;safe accounts&quot; (4)</option>');
    expect(form).toContain('Follow-up: Fake police and &quot;safe accounts&quot;</h2>');
    const focus = findQuizSet(FOCUS, 'en')!;
    for (const id of focus.scenarioIds) expect(form).toContain(library.scenarios.get(id)!.byLocale.en.title.replaceAll('"', '&quot;'));
    expect(form).toContain('name="feedback" checked="" value="after-each-answer"');

    const forged = await html(await NewAssignmentPage({ ...params({ locale: 'en', classId: classroomId }), searchParams: Promise.resolve({ set: 'focus:script:forged' }) }));
    expect(forged).toContain('The link named a quiz set that cannot be assigned');
    expect(forged).not.toContain('Follow-up:');
  });
});

describe('practising a focus set', () => {
  it('starts a balanced run of at most 10, keeps one unfinished run, and shows it on the home page', async () => {
    const device = actAsDevice();
    const setId = 'focus:redFlag:urgency';
    const target = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId })));
    const attempt = await db.attempt.findFirstOrThrow({ where: { setId } });
    expect(target).toBe(`/en/attempts/${attempt.id}/1`);
    const items = JSON.parse(attempt.itemsJson) as string[];
    expect(items).toHaveLength(10);
    expect(items.filter((id) => verdictOf(id) === 'scam')).toHaveLength(5);

    // One unfinished run per set, as for any set: the home page then offers it with "start over".
    expect(await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId })))).toBe(`/en?error=unfinished&set=${encodeURIComponent(setId)}#set-${encodeURIComponent(setId)}`);
    const home = await getHomeData(device, 'en');
    expect(home.resume).toMatchObject({ id: attempt.id, setTitle: 'Focused practice: Pressure to hurry', answered: 0, total: 10 });
    expect(home.focusCards).toEqual([expect.objectContaining({ id: setId, title: 'Focused practice: Pressure to hurry', length: 10, openAttempt: { id: attempt.id, answered: 0, total: 10 } })]);
    const restarted = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId, replaces: attempt.id })));
    expect(restarted).toMatch(/^\/en\/attempts\/[^/]+\/1$/);
    expect(await db.attempt.count({ where: { setId } })).toBe(1);

    // A finished run has no share card: the card pages only know set files.
    const run = await db.attempt.findFirstOrThrow({ where: { setId } });
    for (const [position, scenarioId] of (JSON.parse(run.itemsJson) as string[]).entries()) await answerScenario(device, run.id, position, correctResponses(scenarioId));
    const summary = await getSummaryData(device, run.id, 'en');
    expect(summary).toMatchObject({ setTitle: 'Focused practice: Pressure to hurry', isSubmitted: true });
    expect(summary!.endScreen).toBeDefined();
    expect(summary!.endScreen!.card).toBeUndefined();
    expect(findResultCard({ locale: 'en', setId, percent: '100' })).toBeUndefined();
  });

  it.each([
    ['focus:redFlag:not-a-flag', '/en?error=unknown-set'],
    ['focus:colour:red', '/en?error=unknown-set'],
    ['focus:script:fake police', '/en?error=invalid-set'],
  ])('refuses %j and stores nothing', async (setId, where) => {
    actAsDevice();
    expect(await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId })))).toBe(where);
    expect(await db.attempt.count()).toBe(0);
  });
});
