import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ANSWER_GRACE_SECONDS } from '@/domain/assignments/rules';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { deleteAssignment, getAssignmentReport, listClassAssignments, listMyAssignments, saveOverride, startAssignmentAttempt, updateAssignment } from '@/server/db/assignments';
import { createAttempt, listOpenAttempts, loadAttemptForStaffSubmittingExpired, loadAttemptSubmittingExpired, submitAttempt } from '@/server/db/attempts';
import { removeStudent } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { joinClassroom, recoverStudent } from '@/server/db/students';
import { setAllowRecovery } from '@/server/db/classrooms';
import { getStepData, getSummaryData } from '@/server/quiz/pages';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, recoveryCodeFor, wrongResponses } from '../../../factories/classes';

const MINUTE = 60_000;
const T0 = new Date('2026-12-01T09:00:00Z');
const later = (minutes: number) => new Date(T0.getTime() + minutes * MINUTE);

const library = () => getContentLibrary();
const planItems = (setId: string) => {
  const set = library().sets.get(setId);
  return set && planAttemptItems(set);
};

async function start(device: Device, assignmentId: string, now = T0) {
  return startAssignmentAttempt(device, assignmentId, planItems, 'en', now);
}

async function startOrThrow(device: Device, assignmentId: string, now = T0) {
  const started = await start(device, assignmentId, now);
  if (!started.ok) throw new Error(`start refused: ${started.code}`);
  return started.value.attemptId;
}

/** Answers the scenario at `position` of the attempt, correctly unless told otherwise. */
async function answer(device: Device, attemptId: string, position: number, now: Date, correct = true) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { itemsJson: true } });
  const scenarioId = (JSON.parse(attempt.itemsJson) as string[])[position];
  return answerScenario(device, attemptId, position, correct ? correctResponses(scenarioId) : wrongResponses(scenarioId), now);
}

/** Scenarios with anything stored: each is answered in one or two stage rows. */
async function answeredScenarios(attemptId: string): Promise<number> {
  return new Set((await db.answer.findMany({ where: { attemptId }, select: { position: true } })).map((row) => row.position)).size;
}

async function answerAll(device: Device, attemptId: string, now: Date, correct = true) {
  for (const position of [0, 1, 2]) {
    const result = await answer(device, attemptId, position, now, correct);
    if (!result.ok) throw new Error(`answer ${position} refused: ${result.code}`);
  }
}

async function setUp(rules: Parameters<typeof createTestAssignment>[2] = {}) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignmentId = await createTestAssignment(staff, classroomId, { opensAt: later(-60), closesAt: later(8 * 60), ...rules }, T0);
  const alice = await joinAsStudent(joinCode, 'Alice', 'S1');
  return { staff, classroomId, joinCode, assignmentId, alice };
}

/** The stored rules of an assignment, as the edit form would send them back. */
const rulesOf = async (assignmentId: string) => {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  return { classroomId: row.classroomId, setId: row.setId, timeZone: row.timeZone, opensAt: row.opensAt, closesAt: row.closesAt, attemptsAllowed: row.attemptsAllowed, grading: row.grading as 'highest', timeLimitMinutes: row.timeLimitMinutes, feedback: row.feedback as 'after-each-answer', shuffleScenarios: row.shuffleScenarios, shuffleOptions: row.shuffleOptions };
};

describe('starting an assignment', () => {
  it('starts an attempt for a student of the class and resumes it rather than starting a second', async () => {
    const { assignmentId, alice } = await setUp();
    const first = await start(alice.device, assignmentId);
    const again = await start(alice.device, assignmentId, later(1));
    expect(first).toMatchObject({ ok: true, value: { isResumed: false } });
    expect(again).toEqual({ ok: true, value: { attemptId: first.ok && first.value.attemptId, isResumed: true } });
    expect(await db.attempt.count({ where: { assignmentId } })).toBe(1);
  });

  it('refuses a student of another class and creates nothing', async () => {
    const { assignmentId } = await setUp();
    const other = await createClassWithTrainer('Other class');
    const outsider = await joinAsStudent(other.joinCode, 'Mallory');
    expect(await start(outsider.device, assignmentId)).toMatchObject({ ok: false, code: 'not_in_class', message: 'errors.assignment.notInClass' });
    expect(await db.attempt.count()).toBe(0);
  });

  it('refuses a device that never joined any class', async () => {
    const { assignmentId } = await setUp();
    expect(await start({ kind: 'anonymous', ownerKey: randomUUID() }, assignmentId)).toMatchObject({ ok: false, code: 'not_in_class' });
  });

  it('refuses before it opens and after it closes', async () => {
    const { assignmentId, alice } = await setUp({ opensAt: later(30), closesAt: later(90) });
    expect(await start(alice.device, assignmentId, later(29))).toMatchObject({ ok: false, code: 'assignment_not_open' });
    expect(await start(alice.device, assignmentId, later(90))).toMatchObject({ ok: false, code: 'assignment_closed' });
    expect(await db.attempt.count()).toBe(0);
  });

  it('refuses a second attempt beyond the limit and creates nothing', async () => {
    const { assignmentId, alice } = await setUp({ attemptsAllowed: 1 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answerAll(alice.device, attemptId, later(5));
    expect(await start(alice.device, assignmentId, later(10))).toMatchObject({ ok: false, code: 'no_attempts_left', params: { allowed: 1 } });
    expect(await db.attempt.count({ where: { assignmentId } })).toBe(1);
  });

  it('allows unlimited attempts when the trainer chose unlimited', async () => {
    const { assignmentId, alice } = await setUp({ attemptsAllowed: null });
    for (let round = 0; round < 3; round += 1) {
      const attemptId = await startOrThrow(alice.device, assignmentId, later(round * 10));
      await answerAll(alice.device, attemptId, later(round * 10 + 1));
    }
    expect(await db.attempt.count({ where: { assignmentId, status: 'submitted' } })).toBe(3);
  });

  it('refuses a removed student, keeping their earlier attempt', async () => {
    const { staff, classroomId, assignmentId, alice } = await setUp({ attemptsAllowed: 2 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answerAll(alice.device, attemptId, later(5));
    expect((await removeStudent(staff, classroomId, alice.studentId)).ok).toBe(true);
    expect(await start(alice.device, assignmentId, later(10))).toMatchObject({ ok: false, code: 'not_in_class' });
    const report = await getAssignmentReport(staff, assignmentId, later(10));
    expect(report.ok && report.value.students).toEqual([expect.objectContaining({ displayName: 'Alice', isRemoved: true, attemptsUsed: 1, grade: 1 })]);
  });
});

describe('answering an assignment attempt', () => {
  it('refuses an answer after the close time, stores nothing and finds the attempt submitted', async () => {
    const { assignmentId, alice } = await setUp({ closesAt: later(60) });
    const attemptId = await startOrThrow(alice.device, assignmentId, later(50));
    expect((await answer(alice.device, attemptId, 0, later(55))).ok).toBe(true);
    const late = await answer(alice.device, attemptId, 1, new Date(later(60).getTime() + ANSWER_GRACE_SECONDS * 1000 + 1));
    expect(late).toMatchObject({ ok: false, code: 'assignment_closed', message: 'errors.assignment.closed' });
    expect(await answeredScenarios(attemptId)).toBe(1);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect(attempt).toMatchObject({ status: 'submitted', submittedAt: later(60) });
  });

  it(`accepts an answer within ${ANSWER_GRACE_SECONDS} s after the time limit and refuses one after that`, async () => {
    const { assignmentId, alice } = await setUp({ timeLimitMinutes: 10 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    const deadline = later(10).getTime();
    expect((await answer(alice.device, attemptId, 0, new Date(deadline + ANSWER_GRACE_SECONDS * 1000))).ok).toBe(true);
    const late = await answer(alice.device, attemptId, 1, new Date(deadline + ANSWER_GRACE_SECONDS * 1000 + 1));
    expect(late).toMatchObject({ ok: false, code: 'time_limit_passed', message: 'errors.assignment.timeLimitPassed' });
    expect(await answeredScenarios(attemptId)).toBe(1);
  });

  it('submits an attempt whose time ran out with what was answered, for a student who closed the browser', async () => {
    const { staff, assignmentId, alice } = await setUp({ timeLimitMinutes: 10 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(2));
    // Nobody touches the attempt until the student comes back an hour later.
    const mine = await listMyAssignments(alice.device, later(60));
    expect(mine).toEqual([expect.objectContaining({ id: assignmentId, status: 'submitted', openAttemptId: null, grade: 1 / 3 })]);
    const attempt = await loadAttemptSubmittingExpired(alice.device, attemptId, later(60));
    expect(attempt).toMatchObject({ status: 'submitted', submittedAt: later(10), score: 1 });
    const report = await getAssignmentReport(staff, assignmentId, later(60));
    expect(report.ok && report.value.students[0]).toMatchObject({ status: 'submitted', attemptsUsed: 1, grade: 1 / 3 });
  });

  it('refuses answers from a student the trainer removed mid-attempt', async () => {
    const { staff, classroomId, assignmentId, alice } = await setUp();
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await removeStudent(staff, classroomId, alice.studentId);
    expect(await answer(alice.device, attemptId, 0, later(1))).toMatchObject({ ok: false, code: 'student_removed' });
    expect(await db.answer.count()).toBe(0);
  });

  it("refuses an answer to another student's attempt as if it did not exist", async () => {
    const { joinCode, assignmentId, alice } = await setUp();
    const bob = await joinAsStudent(joinCode, 'Bob');
    const attemptId = await startOrThrow(alice.device, assignmentId);
    expect(await answer(bob.device, attemptId, 0, later(1))).toMatchObject({ ok: false, code: 'attempt_not_found' });
    expect(await db.answer.count()).toBe(0);
  });

  it('lets "finish now" submit with the unanswered scenarios scoring 0', async () => {
    const { assignmentId, alice } = await setUp();
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(1));
    expect(await submitAttempt(alice.device, attemptId, later(2))).toEqual({ ok: true, value: { wasOpen: true } });
    expect(await submitAttempt(alice.device, attemptId, later(3))).toEqual({ ok: true, value: { wasOpen: false } });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).toMatchObject({ status: 'submitted', score: 1, submittedAt: later(2) });
    expect(await answer(alice.device, attemptId, 1, later(4))).toMatchObject({ ok: false, code: 'attempt_closed' });
  });

  it('lets a student who recovered on a new device continue the same attempt', async () => {
    const { staff, classroomId, joinCode, assignmentId, alice } = await setUp();
    await setAllowRecovery(staff, classroomId, true);
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(1));
    const phone: Device = { kind: 'anonymous', ownerKey: randomUUID() };
    const recoveryCode = await recoveryCodeFor(staff, classroomId, alice.studentId);
    expect((await recoverStudent(phone, { code: joinCode, displayName: 'alice', studentNumber: 'S1', recoveryCode })).ok).toBe(true);
    expect(await start(phone, assignmentId, later(2))).toEqual({ ok: true, value: { attemptId, isResumed: true } });
    expect((await answer(phone, attemptId, 1, later(3))).ok).toBe(true);
  });
});

describe('overrides', () => {
  it('gives one student an extra attempt and leaves the others at the limit', async () => {
    const { staff, joinCode, assignmentId, alice } = await setUp({ attemptsAllowed: 1 });
    const bob = await joinAsStudent(joinCode, 'Bob');
    for (const student of [alice, bob]) await answerAll(student.device, await startOrThrow(student.device, assignmentId), later(1));
    expect((await saveOverride(staff, { assignmentId, studentId: alice.studentId, closesAt: null, extraAttempts: 1, extraMinutes: 0 }, T0)).ok).toBe(true);
    expect((await start(alice.device, assignmentId, later(5))).ok).toBe(true);
    expect(await start(bob.device, assignmentId, later(5))).toMatchObject({ ok: false, code: 'no_attempts_left' });
  });

  it('gives one student a later close time', async () => {
    const { staff, joinCode, assignmentId, alice } = await setUp({ closesAt: later(60) });
    const bob = await joinAsStudent(joinCode, 'Bob');
    await saveOverride(staff, { assignmentId, studentId: alice.studentId, closesAt: later(120), extraAttempts: 0, extraMinutes: 0 }, T0);
    const attemptId = await startOrThrow(alice.device, assignmentId, later(90));
    expect((await answer(alice.device, attemptId, 0, later(100))).ok).toBe(true);
    expect(await start(bob.device, assignmentId, later(90))).toMatchObject({ ok: false, code: 'assignment_closed' });
  });

  it('adds extra minutes to an attempt already running', async () => {
    const { staff, assignmentId, alice } = await setUp({ timeLimitMinutes: 10 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await saveOverride(staff, { assignmentId, studentId: alice.studentId, closesAt: null, extraAttempts: 0, extraMinutes: 15 }, T0);
    expect((await answer(alice.device, attemptId, 0, later(20))).ok).toBe(true);
    expect(await answer(alice.device, attemptId, 1, later(26))).toMatchObject({ ok: false, code: 'time_limit_passed' });
  });

  it("refuses an override from another trainer, or for a student of another class, and saves nothing", async () => {
    const { assignmentId, alice } = await setUp();
    const stranger = await createStaff();
    expect(await saveOverride(stranger, { assignmentId, studentId: alice.studentId, closesAt: null, extraAttempts: 3, extraMinutes: 0 })).toMatchObject({ ok: false, code: 'assignment_not_found' });
    const other = await createClassWithTrainer('Other');
    const outsider = await joinAsStudent(other.joinCode, 'Eve');
    const { staff } = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId }, select: { classroom: { select: { trainerId: true } } } }).then(async (row) => ({ staff: { kind: 'staff' as const, userId: row.classroom.trainerId, role: 'trainer' as const, name: 'T', email: 't@example.com' } }));
    expect(await saveOverride(staff, { assignmentId, studentId: outsider.studentId, closesAt: null, extraAttempts: 3, extraMinutes: 0 }, T0)).toMatchObject({ ok: false, code: 'student_not_found' });
    expect(await db.assignmentOverride.count()).toBe(0);
  });
});

describe('grading', () => {
  it.each([
    ['highest', 1],
    ['last', 0],
    ['first', 1 / 3],
  ] as const)('grades by the %s attempt', async (grading, expected) => {
    const { staff, assignmentId, alice } = await setUp({ attemptsAllowed: 3, grading });
    const first = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, first, 0, later(1));
    await submitAttempt(alice.device, first, later(2));
    await answerAll(alice.device, await startOrThrow(alice.device, assignmentId, later(3)), later(4), true);
    await answerAll(alice.device, await startOrThrow(alice.device, assignmentId, later(5)), later(6), false);
    const report = await getAssignmentReport(staff, assignmentId, later(7));
    expect(report.ok && report.value.students[0].grade).toBeCloseTo(expected);
  });
});

describe('feedback timing', () => {
  it('after the assignment closes: no page data, summary or list reveals correctness before the close', async () => {
    const { staff, assignmentId, alice } = await setUp({ feedback: 'after-close', closesAt: later(60) });
    const bob = await joinAsStudent((await db.classroom.findFirstOrThrow()).joinCode, 'Bob');
    // Bob has a later close: feedback waits for him too, so nobody can pass him the answers.
    await saveOverride(staff, { assignmentId, studentId: bob.studentId, closesAt: later(90), extraAttempts: 0, extraMinutes: 0 }, T0);
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answerAll(alice.device, attemptId, later(1));
    // Released after the latest close plus the answer grace: an answer may still arrive until then.
    const releaseAt = new Date(later(90).getTime() + ANSWER_GRACE_SECONDS * 1000);
    for (const now of [later(2), later(70), later(90)]) {
      const step = await getStepData(alice.device, attemptId, 1, 'en', now);
      expect(step.kind).toBe('saved');
      expect(JSON.stringify(step)).not.toMatch(/explanation|answer"|isCorrect|score/);
      const summary = await getSummaryData(alice.device, attemptId, 'en', now);
      expect(summary?.reveal).toBe(false);
      expect(JSON.stringify(summary)).not.toMatch(/"score":\s*[0-9]|isCorrect|questionScores/);
      expect((await listMyAssignments(alice.device, now))[0].grade).toBeNull();
    }
    expect((await getStepData(alice.device, attemptId, 1, 'en', releaseAt)).kind).toBe('review');
    expect((await getSummaryData(alice.device, attemptId, 'en', releaseAt))?.reveal).toBe(true);
    expect((await listMyAssignments(alice.device, releaseAt))[0].grade).toBe(1);
  });

  it('after the close: an extension that would reopen answering after the release is refused and changes nothing', async () => {
    const { staff, assignmentId, alice } = await setUp({ feedback: 'after-close', closesAt: later(60) });
    const releaseAt = new Date(later(60).getTime() + ANSWER_GRACE_SECONDS * 1000);
    const before = await saveOverride(staff, { assignmentId, studentId: alice.studentId, closesAt: later(120), extraAttempts: 0, extraMinutes: 0 }, later(30));
    expect(before.ok).toBe(true);
    await db.assignmentOverride.deleteMany();
    const after = await saveOverride(staff, { assignmentId, studentId: alice.studentId, closesAt: later(120), extraAttempts: 0, extraMinutes: 0 }, new Date(releaseAt.getTime() + 1));
    expect(after).toMatchObject({ ok: false, code: 'answers_released' });
    expect(await db.assignmentOverride.count()).toBe(0);
  });

  it('after the close: moving the class close time past a release that has happened is refused', async () => {
    const { staff, assignmentId } = await setUp({ feedback: 'after-close', closesAt: later(60) });
    const afterRelease = new Date(later(60).getTime() + ANSWER_GRACE_SECONDS * 1000 + 1);
    const refused = await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), closesAt: later(180) }, () => true, afterRelease);
    expect(refused).toMatchObject({ ok: false, code: 'answers_released' });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).closesAt).toEqual(later(60));
    // Before the release the same change is allowed.
    expect((await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), closesAt: later(180) }, () => true, later(30))).ok).toBe(true);
  });

  it('after the attempt with attempts left: the total, but not the key, until the last attempt is used', async () => {
    const { assignmentId, alice } = await setUp({ feedback: 'after-attempt', attemptsAllowed: 2 });
    const first = await startOrThrow(alice.device, assignmentId, later(1));
    // The shortcut the rule closes: hand in an empty attempt, read the key, ace the second.
    expect((await submitAttempt(alice.device, first, later(2))).ok).toBe(true);
    const summary = await getSummaryData(alice.device, first, 'en', later(3));
    expect(summary).toMatchObject({ reveal: false, total: 0, assignment: { hasAttemptsLeft: true } });
    expect(summary?.items.every((item) => item.score === null && item.title === '')).toBe(true);
    expect((await getStepData(alice.device, first, 1, 'en', later(3))).kind).not.toBe('review');
    const second = await startOrThrow(alice.device, assignmentId, later(4));
    await answerAll(alice.device, second, later(5));
    expect((await getStepData(alice.device, second, 1, 'en', later(6))).kind).toBe('review');
    expect((await getSummaryData(alice.device, first, 'en', later(6)))?.reveal).toBe(true);
  });

  it('after the attempt: nothing while answering, everything once submitted', async () => {
    const { assignmentId, alice } = await setUp({ feedback: 'after-attempt' });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(1));
    expect((await getStepData(alice.device, attemptId, 1, 'en', later(1))).kind).toBe('saved');
    await answer(alice.device, attemptId, 1, later(2));
    await answer(alice.device, attemptId, 2, later(3));
    expect((await getStepData(alice.device, attemptId, 1, 'en', later(3))).kind).toBe('review');
  });

  it('after each answer: the review follows every answer, as in practice', async () => {
    const { assignmentId, alice } = await setUp({ feedback: 'after-each-answer' });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(1));
    expect((await getStepData(alice.device, attemptId, 1, 'en', later(1))).kind).toBe('review');
  });
});

describe('shuffling', () => {
  it('plays every scenario once in a shuffled order and keeps one option order per attempt', async () => {
    const { assignmentId, alice } = await setUp({ shuffleScenarios: true, shuffleOptions: true });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
    expect((JSON.parse(attempt.itemsJson) as string[]).sort()).toEqual(['real-notice', 'refund-call', 'relink-chat']);
    expect(attempt.optionSeed).toEqual(expect.any(Number));
    const position = (JSON.parse(attempt.itemsJson) as string[]).indexOf('relink-chat') + 1;
    const first = await getStepData(alice.device, attemptId, position, 'en', later(1));
    const second = await getStepData(alice.device, attemptId, position, 'en', later(2));
    const options = (step: typeof first) => (step.kind === 'question' ? step.play.questions.flatMap((question) => ('options' in question ? question.options : [])) : []);
    expect(options(first).map((option) => option.handle)).toEqual(['c1', 'c2']);
    expect(options(second)).toEqual(options(first));
  });
});

describe('trainer boundaries', () => {
  it("refuses a trainer reading another trainer's class or assignment", async () => {
    const { classroomId, assignmentId } = await setUp();
    const stranger = await createStaff();
    expect(await listClassAssignments(stranger, classroomId)).toMatchObject({ ok: false, code: 'class_not_found' });
    expect(await getAssignmentReport(stranger, assignmentId)).toMatchObject({ ok: false, code: 'assignment_not_found' });
  });

  it('lets an admin read any class', async () => {
    const { classroomId, assignmentId } = await setUp();
    const admin = await createStaff('admin');
    expect((await listClassAssignments(admin, classroomId)).ok).toBe(true);
    expect((await getAssignmentReport(admin, assignmentId)).ok).toBe(true);
  });

  it('reports every student with status, attempts and grade', async () => {
    const { staff, classroomId, joinCode, assignmentId, alice } = await setUp();
    const bob = await joinAsStudent(joinCode, 'Bob');
    await answerAll(alice.device, await startOrThrow(alice.device, assignmentId), later(1));
    await startOrThrow(bob.device, assignmentId, later(2));
    const report = await getAssignmentReport(staff, assignmentId, later(3));
    expect(report.ok && report.value.students.map(({ displayName, status, attemptsUsed, grade }) => ({ displayName, status, attemptsUsed, grade }))).toEqual([
      { displayName: 'Alice', status: 'submitted', attemptsUsed: 1, grade: 1 },
      { displayName: 'Bob', status: 'in_progress', attemptsUsed: 1, grade: null },
    ]);
    const list = await listClassAssignments(staff, classroomId, later(3));
    expect(list.ok && list.value[0]).toMatchObject({ submittedStudents: 1, activeStudents: 2 });
  });
});

describe('assignment attempts and practice', () => {
  it('keeps assignment attempts out of the practice "continue" list', async () => {
    const { assignmentId, alice } = await setUp();
    await startOrThrow(alice.device, assignmentId);
    expect(await listOpenAttempts(alice.device)).toEqual([]);
  });
});

describe('a shared computer', () => {
  it("does not let the next student open or answer the previous student's attempt", async () => {
    const { joinCode, assignmentId, alice } = await setUp();
    const attemptId = await startOrThrow(alice.device, assignmentId);
    // Bob joins on the same browser: the device now acts for Bob in this class.
    const bobJoined = await joinClassroom(alice.device, { code: joinCode, displayName: 'Bob', studentNumber: null });
    expect(bobJoined.ok).toBe(true);
    expect(await loadAttemptSubmittingExpired(alice.device, attemptId, later(1))).toBeUndefined();
    expect(await answer(alice.device, attemptId, 0, later(1))).toMatchObject({ ok: false, code: 'attempt_not_found' });
    expect(await db.answer.count()).toBe(0);
    // Bob gets an attempt of his own.
    const bobs = await start(alice.device, assignmentId, later(2));
    expect(bobs.ok && bobs.value.attemptId).not.toBe(attemptId);
  });
});

describe('the countdown data', () => {
  it('marks a deadline set by the time limit, not one set by the close time', async () => {
    const limited = await setUp({ timeLimitMinutes: 15 });
    const limitedAttempt = await startOrThrow(limited.alice.device, limited.assignmentId);
    expect(await getStepData(limited.alice.device, limitedAttempt, 1, 'en', later(1))).toMatchObject({ deadlineAt: later(15), isTimeLimited: true });

    const open = await setUp({ timeLimitMinutes: null });
    const openAttempt = await startOrThrow(open.alice.device, open.assignmentId);
    expect(await getStepData(open.alice.device, openAttempt, 1, 'en', later(1))).toMatchObject({ deadlineAt: later(8 * 60), isTimeLimited: false });
  });
});

describe('changing and deleting an assignment', () => {
  const anySet = () => true;

  it('moves the deadline of attempts in progress when the class close time moves, keeping overrides', async () => {
    const { staff, joinCode, assignmentId, alice } = await setUp({ closesAt: later(60) });
    const bob = await joinAsStudent(joinCode, 'Bob');
    await saveOverride(staff, { assignmentId, studentId: bob.studentId, closesAt: null, extraAttempts: 0, extraMinutes: 0 }, T0);
    const attemptId = await startOrThrow(alice.device, assignmentId);
    expect((await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), closesAt: later(120) }, anySet, T0)).ok).toBe(true);
    expect((await db.attempt.findUniqueOrThrow({ where: { id: attemptId } })).deadlineAt).toEqual(later(120));
    expect((await answer(alice.device, attemptId, 0, later(90))).ok).toBe(true);
    expect(await db.assignmentOverride.count()).toBe(1);
  });

  it('keeps the quiz set once a student has started, and allows changing it before', async () => {
    const { staff, assignmentId, alice } = await setUp();
    expect((await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), setId: 'other-set' }, anySet, T0)).ok).toBe(true);
    await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), setId: 'fixture-set' }, anySet, T0);
    await startOrThrow(alice.device, assignmentId);
    expect(await updateAssignment(staff, assignmentId, { ...(await rulesOf(assignmentId)), setId: 'other-set' }, anySet, T0)).toMatchObject({ ok: false, code: 'set_locked' });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).setId).toBe('fixture-set');
  });

  it('deletes an assignment nobody started, and refuses once someone has', async () => {
    const { staff, classroomId, assignmentId, alice } = await setUp();
    const spare = await createTestAssignment(staff, classroomId, {}, T0);
    expect(await deleteAssignment(staff, spare)).toEqual({ ok: true, value: { classroomId } });
    await startOrThrow(alice.device, assignmentId);
    expect(await deleteAssignment(staff, assignmentId)).toMatchObject({ ok: false, code: 'assignment_started' });
    expect(await db.assignment.count()).toBe(1);
  });

  it("refuses another trainer's change or delete and changes nothing", async () => {
    const { assignmentId } = await setUp();
    const stranger = await createStaff();
    const before = await rulesOf(assignmentId);
    expect(await updateAssignment(stranger, assignmentId, { ...before, attemptsAllowed: null }, anySet)).toMatchObject({ ok: false, code: 'assignment_not_found' });
    expect(await deleteAssignment(stranger, assignmentId)).toMatchObject({ ok: false, code: 'assignment_not_found' });
    expect(await rulesOf(assignmentId)).toEqual(before);
  });
});

describe("a trainer reading a student's attempt", () => {
  it('lets the class trainer and admins read it, and nobody else, and submits it at its deadline', async () => {
    const { staff, assignmentId, alice } = await setUp({ timeLimitMinutes: 10 });
    const attemptId = await startOrThrow(alice.device, assignmentId);
    await answer(alice.device, attemptId, 0, later(1));
    const seen = await loadAttemptForStaffSubmittingExpired(staff, attemptId, later(2));
    expect(seen).toMatchObject({ studentName: 'Alice', status: 'in_progress', answers: [expect.objectContaining({ position: 0, score: 1 })] });
    expect(await loadAttemptForStaffSubmittingExpired(await createStaff('admin'), attemptId, later(2))).toMatchObject({ id: attemptId });
    expect(await loadAttemptForStaffSubmittingExpired(await createStaff(), attemptId, later(2))).toBeUndefined();
    expect(await loadAttemptForStaffSubmittingExpired(staff, attemptId, later(60))).toMatchObject({ status: 'submitted', submittedAt: later(10), score: 1 });
    const report = await getAssignmentReport(staff, assignmentId, later(60));
    expect(report.ok && report.value.students[0].attempts).toEqual([{ id: attemptId, isSubmitted: true, grade: 1 / 3, durationMs: 10 * 60_000 }]); // submitted at its 10-minute limit
  });

  it('never shows a practice attempt to staff', async () => {
    const { staff } = await setUp();
    const device: Device = { kind: 'anonymous', ownerKey: randomUUID() };
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ['real-notice'], locale: 'en' });
    expect(await loadAttemptForStaffSubmittingExpired(staff, id)).toBeUndefined();
    expect(await loadAttemptForStaffSubmittingExpired(await createStaff('admin'), id)).toBeUndefined();
  });
});
