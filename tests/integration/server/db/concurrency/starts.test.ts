import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { Device } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import { getContentLibrary } from '@/server/content/library';
import { deleteAssignment, startAssignmentAttempt, updateAssignment } from '@/server/db/assignments';
import { submitAttempt } from '@/server/db/attempts';
import { removeStudent } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { createClassWithTrainer, createTestAssignment, joinAsStudent } from '../../../../factories/classes';
import { secondConnection } from '../../../../factories/second-connection';

/*
 * Starts of one assignment arriving together, and a trainer changing or deleting the assignment
 * while a student starts: the attempt limit holds, a student has one attempt in progress, and an
 * attempt is always of the assignment's current quiz set.
 */

const T0 = new Date('2026-12-01T09:00:00Z');
const HOUR = 3_600_000;
const ROUNDS = 5;
const planItems = (setId: string) => {
  const set = getContentLibrary().sets.get(setId);
  return set && planAttemptItems(set);
};
const knownSet = (setId: string) => getContentLibrary().sets.has(setId);
const start = (device: Device, assignmentId: string, plan = planItems) => startAssignmentAttempt(device, assignmentId, plan, 'en', T0);
const startsAtOnce = (device: Device, assignmentId: string, count = 6) => Promise.all(Array.from({ length: count }, () => start(device, assignmentId)));

async function setUp(attemptsAllowed: number | null = 2) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignmentId = await createTestAssignment(staff, classroomId, { opensAt: new Date(T0.getTime() - HOUR), closesAt: new Date(T0.getTime() + 8 * HOUR), attemptsAllowed }, T0);
  const alice = await joinAsStudent(joinCode, 'Alice', 'S1');
  return { staff, classroomId, joinCode, assignmentId, alice };
}

const attemptsOf = (assignmentId: string) =>
  db.attempt.findMany({ where: { assignmentId }, orderBy: { attemptNumber: 'asc' }, select: { id: true, studentId: true, attemptNumber: true, status: true, setId: true } });

/** The assignment as the edit form sends it back, with another quiz set. */
async function withSet(assignmentId: string, setId: string) {
  const row = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
  return {
    classroomId: row.classroomId,
    setId,
    timeZone: row.timeZone,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    attemptsAllowed: row.attemptsAllowed,
    grading: 'highest' as const,
    timeLimitMinutes: row.timeLimitMinutes,
    feedback: 'after-each-answer' as const,
    shuffleScenarios: row.shuffleScenarios,
    shuffleOptions: row.shuffleOptions,
  };
}

/** Another instance's start, stored at once on the second connection: attempt `number` of the student, in progress or submitted. */
function storeStartElsewhere(assignmentId: string, studentId: string, number: number, status: 'in_progress' | 'submitted', setId = 'fixture-set'): string {
  const id = randomUUID();
  const other = secondConnection();
  try {
    other.run(
      `INSERT INTO "Attempt" ("id", "setId", "ownerKey", "itemsJson", "locale", "status", "assignmentId", "studentId", "attemptNumber") VALUES (?, ?, ?, '["real-notice"]', 'en', ?, ?, ?, ?)`,
      id,
      setId,
      hashToken(randomUUID()),
      status,
      assignmentId,
      studentId,
      number,
    );
    other.run(`UPDATE "Assignment" SET "startedAttempts" = "startedAttempts" + 1 WHERE "id" = ?`, assignmentId);
  } finally {
    other.close();
  }
  return id;
}

/** A plan callback that runs `meanwhile` once, between the start's look at the attempts and its write. */
function planWith(meanwhile: () => void) {
  let done = false;
  return (setId: string) => {
    if (!done) meanwhile();
    done = true;
    return planItems(setId);
  };
}

describe('parallel starts', () => {
  it('of one student store one attempt, and every start gets it', async () => {
    const { assignmentId, alice } = await setUp();
    const results = await startsAtOnce(alice.device, assignmentId);
    const ids = new Set(results.map((result) => (result.ok ? result.value.attemptId : result.code)));
    expect(ids.size).toBe(1);
    expect(results.filter((result) => result.ok && !result.value.isResumed)).toHaveLength(1);
    expect(await attemptsOf(assignmentId)).toMatchObject([{ attemptNumber: 1, status: 'in_progress' }]);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).startedAttempts).toBe(1);
  });

  it('beyond the attempt limit are all refused, and the limit is never passed', async () => {
    const { assignmentId, alice } = await setUp(2);
    for (let used = 0; used < 2; used += 1) {
      const results = await startsAtOnce(alice.device, assignmentId);
      expect(results.every((result) => result.ok)).toBe(true);
      const attemptId = results[0].ok ? results[0].value.attemptId : '';
      expect(await submitAttempt(alice.device, attemptId, T0)).toMatchObject({ ok: true });
    }
    const beyond = await startsAtOnce(alice.device, assignmentId);
    expect(beyond.every((result) => !result.ok && result.code === 'no_attempts_left')).toBe(true);
    expect((await attemptsOf(assignmentId)).map((attempt) => attempt.attemptNumber)).toEqual([1, 2]);
  });

  it('of a whole class give each student one attempt', async () => {
    const { assignmentId, joinCode } = await setUp(1);
    const students = await Promise.all(Array.from({ length: 6 }, (_, index) => joinAsStudent(joinCode, `Student ${index}`)));
    const results = await Promise.all(students.flatMap((student) => [start(student.device, assignmentId), start(student.device, assignmentId)]));
    expect(results.every((result) => result.ok)).toBe(true);
    const attempts = await attemptsOf(assignmentId);
    expect(attempts).toHaveLength(6);
    expect(new Set(attempts.map((attempt) => attempt.studentId)).size).toBe(6);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).startedAttempts).toBe(6);
  });
});

describe('a start whose attempt number is taken between its look and its write', () => {
  it('resumes the attempt that took it', async () => {
    const { assignmentId, alice } = await setUp(2);
    let stored = '';
    const result = await start(alice.device, assignmentId, planWith(() => (stored = storeStartElsewhere(assignmentId, alice.studentId, 1, 'in_progress'))));
    expect(result).toEqual({ ok: true, value: { attemptId: stored, isResumed: true } });
    expect(await attemptsOf(assignmentId)).toHaveLength(1);
  });

  it('is refused like any start beyond the limit when that attempt used the last one', async () => {
    const { assignmentId, alice } = await setUp(1);
    const result = await start(alice.device, assignmentId, planWith(() => storeStartElsewhere(assignmentId, alice.studentId, 1, 'submitted')));
    expect(result).toMatchObject({ ok: false, code: 'no_attempts_left' });
    expect(await attemptsOf(assignmentId)).toHaveLength(1);
  });

  it('is refused by the database when stored with a number already taken', async () => {
    const { assignmentId, alice } = await setUp(2);
    storeStartElsewhere(assignmentId, alice.studentId, 1, 'submitted');
    const duplicate = db.attempt.create({
      data: { id: randomUUID(), setId: 'fixture-set', ownerKey: 'x', itemsJson: '[]', locale: 'en', assignmentId, studentId: alice.studentId, attemptNumber: 1 },
    });
    await expect(duplicate).rejects.toMatchObject({ code: 'P2002' });
  });
});

describe('changing the quiz set while a student starts', () => {
  it('either changes the set before the attempt, which then takes the new set, or is refused', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { staff, assignmentId, alice } = await setUp();
      const [updated, started] = await Promise.all([updateAssignment(staff, assignmentId, await withSet(assignmentId, 'fixture-exam'), knownSet, T0), start(alice.device, assignmentId)]);
      expect(started.ok).toBe(true);
      const { setId } = await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } });
      expect((await attemptsOf(assignmentId)).map((attempt) => attempt.setId)).toEqual([setId]);
      if (updated.ok) expect(setId).toBe('fixture-exam');
      else expect({ code: updated.code, setId }).toEqual({ code: 'set_locked', setId: 'fixture-set' });
    }
  });

  it('starts with the new set when the set changes between the start\'s look and its write', async () => {
    const { assignmentId, alice } = await setUp();
    const changeSet = () => {
      const other = secondConnection();
      other.run(`UPDATE "Assignment" SET "setId" = 'fixture-exam' WHERE "id" = ?`, assignmentId);
      other.close();
    };
    expect(await start(alice.device, assignmentId, planWith(changeSet))).toMatchObject({ ok: true, value: { isResumed: false } });
    expect(await attemptsOf(assignmentId)).toMatchObject([{ setId: 'fixture-exam' }]);
  });

  it('refuses the change when a student starts between its check and its write', async () => {
    const { staff, assignmentId, alice } = await setUp();
    const startsMeanwhile = (setId: string) => {
      storeStartElsewhere(assignmentId, alice.studentId, 1, 'in_progress');
      return knownSet(setId);
    };
    expect(await updateAssignment(staff, assignmentId, await withSet(assignmentId, 'fixture-exam'), startsMeanwhile, T0)).toMatchObject({ ok: false, code: 'set_locked' });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).setId).toBe('fixture-set');
  });
});

describe('deleting an assignment while a student starts', () => {
  it('either deletes it and the start finds nothing, or keeps it with the attempt', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { staff, assignmentId, alice } = await setUp();
      const [deleted, started] = await Promise.all([deleteAssignment(staff, assignmentId), start(alice.device, assignmentId)]);
      const exists = (await db.assignment.count({ where: { id: assignmentId } })) === 1;
      expect(exists).toBe(!deleted.ok);
      if (deleted.ok) expect(started).toMatchObject({ ok: false, code: 'assignment_not_found' });
      else expect({ code: deleted.code, started: started.ok, attempts: (await attemptsOf(assignmentId)).length }).toEqual({ code: 'assignment_started', started: true, attempts: 1 });
    }
  });
});

describe('graded history', () => {
  it('is not deleted with its assignment or student: the database refuses such a delete', async () => {
    const { staff, classroomId, assignmentId, alice } = await setUp();
    expect(await start(alice.device, assignmentId)).toMatchObject({ ok: true });
    await expect(db.assignment.delete({ where: { id: assignmentId } })).rejects.toMatchObject({ code: 'P2003' });
    await expect(db.student.delete({ where: { id: alice.studentId } })).rejects.toMatchObject({ code: 'P2003' });
    expect(await attemptsOf(assignmentId)).toHaveLength(1);
    // What the app does instead: removing a student keeps the record, refusing to delete a started assignment.
    expect(await removeStudent(staff, classroomId, alice.studentId)).toMatchObject({ ok: true });
    expect(await deleteAssignment(staff, assignmentId)).toMatchObject({ ok: false, code: 'assignment_started' });
    expect(await attemptsOf(assignmentId)).toHaveLength(1);
  });

  it('still lets an assignment nobody started be deleted', async () => {
    const { staff, assignmentId } = await setUp();
    expect(await deleteAssignment(staff, assignmentId)).toMatchObject({ ok: true });
    expect(await db.assignment.count({ where: { id: assignmentId } })).toBe(0);
  });
});
