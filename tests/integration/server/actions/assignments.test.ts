import { afterEach, describe, expect, it, vi } from 'vitest';
import { IDLE_FORM } from '@/domain/shared/form-state';
import { createAssignmentAction, deleteAssignmentAction, saveOverrideAction, startAssignmentAction, submitAttemptAction, updateAssignmentAction } from '@/server/actions/assignments';
import { startAttemptAction } from '@/server/actions/attempts';
import type { Device } from '@/server/auth/device';
import { listSetCards } from '@/server/quiz/pages';
import { db } from '@/server/db/client';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';
import { createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent } from '../../../factories/classes';
import { formOf, redirectOf } from '../../../factories/action-calls';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/** Everything an assignment action could change. */
async function snapshot() {
  return {
    assignments: await db.assignment.findMany({ orderBy: { id: 'asc' } }),
    overrides: await db.assignmentOverride.findMany({ orderBy: { id: 'asc' } }),
    attempts: await db.attempt.findMany({ orderBy: { id: 'asc' }, select: { id: true, status: true, submittedAt: true } }),
  };
}

const assignmentForm = (classroomId: string, overrides: Record<string, string> = {}) =>
  formOf({
    locale: 'en',
    classroomId,
    setId: 'fixture-set',
    opensAt: '2026-12-01T09:00',
    closesAt: '2026-12-08T17:00',
    timeZone: 'Asia/Shanghai',
    attemptsAllowed: '2',
    grading: 'last',
    timeLimitMinutes: '20',
    feedback: 'after-close',
    shuffleScenarios: 'on',
    ...overrides,
  });

type Caller = 'owner trainer' | 'admin' | 'other trainer' | 'signed-out visitor' | 'student of the class';

/** A class with a student and an assignment, and the request context of `caller`. */
async function worldAs(caller: Caller) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const student = await joinAsStudent(joinCode, 'Alice', 'S1');
  const assignmentId = await createTestAssignment(staff, classroomId);
  if (caller === 'owner trainer') await actAsStaff(staff.email);
  if (caller === 'admin') await actAsStaff((await createStaff('admin')).email);
  if (caller === 'other trainer') await actAsStaff((await createStaff()).email);
  if (caller === 'signed-out visitor') resetRequest();
  if (caller === 'student of the class') actAsDevice(student.device);
  return { classroomId, assignmentId, student };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('createAssignmentAction', () => {
  it('stores the times as UTC instants of the wall-clock times in the trainer zone, with every rule', async () => {
    const { classroomId } = await worldAs('owner trainer');
    const target = await redirectOf(() => createAssignmentAction(IDLE_FORM, assignmentForm(classroomId)));
    const created = await db.assignment.findFirstOrThrow({ where: { classroomId, setId: 'fixture-set', grading: 'last' } });
    // Back on the class page, which names the new assignment and keeps the join code in view.
    expect(target).toBe(`/en/trainer/classes/${classroomId}?assigned=${created.id}`);
    expect(created).toMatchObject({
      opensAt: new Date('2026-12-01T01:00:00Z'),
      closesAt: new Date('2026-12-08T09:00:00Z'),
      timeZone: 'Asia/Shanghai',
      attemptsAllowed: 2,
      timeLimitMinutes: 20,
      feedback: 'after-close',
      shuffleScenarios: true,
      shuffleOptions: false,
    });
  });

  it('reports each bad field with a message and saves nothing', async () => {
    const { classroomId } = await worldAs('owner trainer');
    const before = await snapshot();
    const result = await createAssignmentAction(IDLE_FORM, assignmentForm(classroomId, { closesAt: '2026-11-30T09:00', timeLimitMinutes: 'ten', feedback: 'never' }));
    expect(result).toMatchObject({
      status: 'error',
      message: expect.stringContaining('Fix the ones marked'),
      fieldErrors: { timeLimitMinutes: expect.stringContaining('from 1 to 600'), feedback: expect.stringContaining('when students see') },
    });
    const closesFirst = await createAssignmentAction(IDLE_FORM, assignmentForm(classroomId, { closesAt: '2026-11-30T09:00' }));
    expect(closesFirst).toMatchObject({ status: 'error', fieldErrors: { closesAt: expect.stringContaining('before the open time') } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a quiz set that is not in the library', async () => {
    const { classroomId } = await worldAs('owner trainer');
    const before = await snapshot();
    expect(await createAssignmentAction(IDLE_FORM, assignmentForm(classroomId, { setId: 'no-such-set' }))).toMatchObject({ status: 'error', fieldErrors: { setId: expect.any(String) } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('role boundaries of the assignment actions', () => {
  const table: [Caller, boolean][] = [
    ['owner trainer', true],
    ['admin', true],
    ['other trainer', false],
    ['signed-out visitor', false],
    ['student of the class', false],
  ];

  it.each(table)('create assignment as %s: allowed %s', async (caller, isAllowed) => {
    const { classroomId } = await worldAs(caller);
    const before = await snapshot();
    let outcome: unknown;
    const target = await redirectOf(async () => (outcome = await createAssignmentAction(IDLE_FORM, assignmentForm(classroomId))));
    if (isAllowed) {
      expect(target).toMatch(new RegExp(`^/en/trainer/classes/${classroomId}\\?assigned=`));
    } else {
      expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/not signed in|not one of yours|not yours|does not exist/) });
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(table)('change an assignment as %s: allowed %s', async (caller, isAllowed) => {
    const { classroomId, assignmentId } = await worldAs(caller);
    const before = await snapshot();
    const form = assignmentForm(classroomId, { assignmentId, attemptsAllowed: 'unlimited' });
    let outcome: unknown;
    const target = await redirectOf(async () => (outcome = await updateAssignmentAction(IDLE_FORM, form)));
    if (isAllowed) {
      expect(target).toBe(`/en/trainer/assignments/${assignmentId}?updated=1`);
      expect(await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({ attemptsAllowed: null, grading: 'last', timeLimitMinutes: 20 });
    } else {
      expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/not signed in|not one of yours|does not exist/) });
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(table)('delete an assignment as %s: allowed %s', async (caller, isAllowed) => {
    const { classroomId, assignmentId } = await worldAs(caller);
    const before = await snapshot();
    let outcome: unknown;
    const target = await redirectOf(async () => (outcome = await deleteAssignmentAction(IDLE_FORM, formOf({ locale: 'en', assignmentId }))));
    if (isAllowed) {
      expect(target).toBe(`/en/trainer/classes/${classroomId}`);
      expect(await db.assignment.count()).toBe(0);
    } else {
      expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/not signed in|not one of yours|does not exist/) });
      expect(await snapshot()).toEqual(before);
    }
  });

  it.each(table)('grant an exception as %s: allowed %s', async (caller, isAllowed) => {
    const { assignmentId, student } = await worldAs(caller);
    const before = await snapshot();
    let outcome: unknown;
    const form = formOf({ locale: 'en', assignmentId, studentId: student.studentId, timeZone: 'Asia/Shanghai', closesAt: '', extraAttempts: '2', extraMinutes: '' });
    const target = await redirectOf(async () => (outcome = await saveOverrideAction(IDLE_FORM, form)));
    if (isAllowed) {
      expect(target).toBe(`/en/trainer/assignments/${assignmentId}?saved=${student.studentId}`);
      expect(await db.assignmentOverride.findFirstOrThrow()).toMatchObject({ studentId: student.studentId, extraAttempts: 2, extraMinutes: 0, closesAt: null });
    } else {
      expect(outcome).toMatchObject({ status: 'error', message: expect.stringMatching(/not signed in|not one of yours|not yours|does not exist/) });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('startAssignmentAction', () => {
  it('starts the attempt and opens it for a student of the class', async () => {
    const { assignmentId } = await worldAs('student of the class');
    const target = await redirectOf(() => startAssignmentAction(formOf({ locale: 'zh-CN', assignmentId })));
    const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId } });
    expect(target).toBe(`/zh-CN/attempts/${attempt.id}`);
  });

  it.each(['other trainer', 'signed-out visitor'] as const)('sends a %s back to "my assignments" with a reason, starting nothing', async (caller) => {
    const { assignmentId } = await worldAs(caller);
    expect(await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })))).toBe('/en/my?error=not_in_class');
    expect(await db.attempt.count()).toBe(0);
  });

  it('refuses a student of another class', async () => {
    const { assignmentId } = await worldAs('owner trainer');
    const other = await createClassWithTrainer('Other');
    actAsDevice((await joinAsStudent(other.joinCode)).device);
    expect(await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })))).toBe('/en/my?error=not_in_class');
    expect(await db.attempt.count()).toBe(0);
  });

  it('refuses once the assignment has closed, by the clock of the server', async () => {
    const { assignmentId } = await worldAs('student of the class');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.now() + 2 * 24 * 3_600_000));
    expect(await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })))).toBe('/en/my?error=assignment_closed');
    expect(await db.attempt.count()).toBe(0);
  });
});

describe('submitAttemptAction', () => {
  it('submits the student’s own attempt and refuses anyone else’s', async () => {
    const { assignmentId, student } = await worldAs('student of the class');
    await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })));
    const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId } });

    const stranger: Device = actAsDevice();
    expect(stranger.ownerKey).not.toBe(student.device.ownerKey);
    expect(await redirectOf(() => submitAttemptAction(formOf({ locale: 'en', attemptId: attempt.id })))).toBe('/en/my?error=attempt_not_found');
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe('in_progress');

    actAsDevice(student.device);
    expect(await redirectOf(() => submitAttemptAction(formOf({ locale: 'en', attemptId: attempt.id })))).toBe(`/en/attempts/${attempt.id}/summary`);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attempt.id } })).status).toBe('submitted');
  });
});

describe('practice retries', () => {
  it('refuses to turn an assignment attempt into a "retry the ones I missed" practice run', async () => {
    const { assignmentId } = await worldAs('student of the class');
    await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })));
    const attempt = await db.attempt.findFirstOrThrow({ where: { assignmentId } });
    const target = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set', retryOf: attempt.id })));
    expect(target).toBe('/en?error=unknown-attempt');
    expect(await db.attempt.count()).toBe(1);
  });
});

describe('assignment-only sets', () => {
  it('cannot be practised from a fresh browser, even by a request made by hand, and are not listed', async () => {
    actAsDevice();
    const target = await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-exam' })));
    expect(target).toBe('/en?error=assignment-only');
    expect(await db.attempt.count()).toBe(0);
    expect((await listSetCards(undefined, 'en')).map((card) => card.id)).toEqual(['fixture-set']);
    // The practice set still starts, for the same fresh browser.
    expect(await redirectOf(() => startAttemptAction(formOf({ locale: 'en', setId: 'fixture-set' })))).toMatch(/^\/en\/attempts\/[0-9a-f-]+\/1$/);
  });
});

describe('a lost database connection', () => {
  it('sends the student back to "my assignments" with "try again", logs the ids and starts nothing', async () => {
    const { assignmentId } = await worldAs('student of the class');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.$executeRaw`ALTER TABLE "Attempt" RENAME TO "AttemptOffline"`;
    try {
      expect(await redirectOf(() => startAssignmentAction(formOf({ locale: 'en', assignmentId })))).toBe('/en/my?error=not_saved');
      expect(String(logged.mock.calls[0][0])).toContain(assignmentId);
    } finally {
      await db.$executeRaw`ALTER TABLE "AttemptOffline" RENAME TO "Attempt"`;
      logged.mockRestore();
    }
    expect(await db.attempt.count()).toBe(0);
  });
});
