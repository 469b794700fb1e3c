import 'server-only';
import { randomInt, randomUUID } from 'node:crypto';
import type { NewAssignment, OverrideInput } from '@/domain/assignments/form';
import {
  applyOverride,
  attemptDeadline,
  attemptFraction,
  checkCanStart,
  checkExtensionAfterRelease,
  feedbackReleaseAt,
  gradeAttempts,
  mayRevealScore,
  studentStatus,
  type StartRefusal,
  type StudentAssignmentStatus,
} from '@/domain/assignments/rules';
import { FEEDBACK_TIMINGS, GRADING_METHODS, type AssignmentRules, type FeedbackTiming, type StudentOverride } from '@/domain/assignments/schemas';
import { shuffle } from '@/domain/quiz/plan-attempt';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { Device } from '@/server/auth/device';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken } from '@/server/auth/tokens';
import { submitExpiredAttempts } from './attempts';
import { canManageClassroom } from './classrooms';
import { db } from './client';
import { isUniqueViolation } from './errors';
import { studentResult, studentResultSelect } from './student-results';
import { listDeviceStudents } from './students';

type AssignmentRow = {
  opensAt: Date;
  closesAt: Date;
  attemptsAllowed: number | null;
  grading: string;
  timeLimitMinutes: number | null;
  feedback: string;
  shuffleScenarios: boolean;
  shuffleOptions: boolean;
};

/** A stored attempt's score as a share of its items, 0..1. */
export function storedFraction(attempt: { score: number | null; itemsJson: string }): number {
  return attemptFraction(attempt.score ?? 0, (JSON.parse(attempt.itemsJson) as unknown[]).length);
}

export const RULE_FIELDS = { opensAt: true, closesAt: true, attemptsAllowed: true, grading: true, timeLimitMinutes: true, feedback: true, shuffleScenarios: true, shuffleOptions: true } as const;

/** The stored columns as domain rules; unknown strings (a hand-edited row) fall back to the strictest choice. */
export function toRules(row: AssignmentRow): AssignmentRules {
  return {
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    attemptsAllowed: row.attemptsAllowed,
    grading: (GRADING_METHODS as readonly string[]).includes(row.grading) ? (row.grading as AssignmentRules['grading']) : 'highest',
    timeLimitMinutes: row.timeLimitMinutes,
    feedback: (FEEDBACK_TIMINGS as readonly string[]).includes(row.feedback) ? (row.feedback as AssignmentRules['feedback']) : 'after-close',
    shuffleScenarios: row.shuffleScenarios,
    shuffleOptions: row.shuffleOptions,
  };
}

export function toOverride(row: { closesAt: Date | null; extraAttempts: number; extraMinutes: number } | undefined): StudentOverride | undefined {
  return row && { closesAt: row.closesAt, extraAttempts: row.extraAttempts, extraMinutes: row.extraMinutes };
}

export type AssignmentRefusal = 'class_not_found' | 'assignment_not_found' | 'set_unknown' | 'student_not_found' | 'answers_released';

// ---------------------------------------------------------------------------------------------
// Trainers

/**
 * Checks a set id against the content library: false when it names no set, true for a set whose
 * attempts each plan their own scenarios, or the scenarios every attempt of the assignment plays
 * (focus sets: all students meet the same ones, so their results compare).
 */
export type SetCheck = (setId: string) => boolean | { fixedItems: string[] };

function fixedItemsJson(checked: ReturnType<SetCheck>): string | null {
  return typeof checked === 'object' ? JSON.stringify(checked.fixedItems) : null;
}

/** Gives a quiz set to a class the staff member manages. `checkSet` asks the content library. */
export async function createAssignment(staff: StaffViewer, input: NewAssignment, checkSet: SetCheck): Promise<Result<{ id: string }, AssignmentRefusal>> {
  if (!(await canManageClassroom(staff, input.classroomId))) return fail('class_not_found', 'errors.class.notFound');
  const checked = checkSet(input.setId);
  if (!checked) return fail('set_unknown', 'errors.assignment.set');
  const id = randomUUID();
  const { classroomId, setId, timeZone, ...rules } = input;
  await db.assignment.create({ data: { id, classroomId, setId, timeZone, itemsJson: fixedItemsJson(checked), ...rules } });
  return ok({ id });
}

export type AssignmentChangeRefusal = AssignmentRefusal | 'set_locked' | 'assignment_started';

export type AssignmentSettingsView = AssignmentRules & { id: string; classroomId: string; classroomName: string; setId: string; timeZone: string; hasAttempts: boolean };

/** An assignment's settings, for the edit form of the trainer who manages the class. */
export async function getAssignmentSettings(staff: StaffViewer, assignmentId: string): Promise<Result<AssignmentSettingsView, AssignmentRefusal>> {
  const row = await db.assignment.findUnique({
    where: { id: assignmentId },
    select: { id: true, setId: true, timeZone: true, ...RULE_FIELDS, classroom: { select: { id: true, name: true } }, _count: { select: { attempts: true } } },
  });
  if (!row || !(await canManageClassroom(staff, row.classroom.id))) return fail('assignment_not_found', 'errors.assignment.notFound');
  return ok({ ...toRules(row), id: row.id, classroomId: row.classroom.id, classroomName: row.classroom.name, setId: row.setId, timeZone: row.timeZone, hasAttempts: row._count.attempts > 0 });
}

/** When the assignment's held-back answers are (or will be) released, from its current close times. */
async function currentReleaseAt(assignmentId: string, closesAt: Date): Promise<Date> {
  const overrides = await db.assignmentOverride.findMany({ where: { assignmentId }, select: { closesAt: true } });
  return feedbackReleaseAt(closesAt, overrides.map((override) => override.closesAt));
}

/**
 * Changes an assignment's rules for everyone (overrides stay). Attempts in progress get their
 * deadline moved at once. The quiz set is fixed once a student has started: their attempts and
 * grades are about that set.
 */
export async function updateAssignment(
  staff: StaffViewer,
  assignmentId: string,
  input: NewAssignment,
  checkSet: SetCheck,
  now: Date = new Date(),
): Promise<Result<null, AssignmentChangeRefusal>> {
  const current = await getAssignmentSettings(staff, assignmentId);
  if (!current.ok) return current;
  const released = checkExtensionAfterRelease(await currentReleaseAt(assignmentId, current.value.closesAt), input.closesAt, current.value.feedback, now);
  if (!released.ok) return released;
  const changesSet = input.setId !== current.value.setId;
  let checked: ReturnType<SetCheck> = true;
  if (changesSet) {
    if (current.value.hasAttempts) return fail('set_locked', 'errors.assignment.setLocked');
    checked = checkSet(input.setId);
    if (!checked) return fail('set_unknown', 'errors.assignment.set');
  }
  const { classroomId: _ignored, setId, timeZone, ...rules } = input;
  return db.$transaction(async (tx) => {
    // Conditional on the set read above, and on nobody having started when the set changes: a
    // student starting meanwhile increments startedAttempts on this row, so one of the two loses.
    const updated = await tx.assignment.updateMany({
      where: { id: assignmentId, setId: current.value.setId, ...(changesSet ? { startedAttempts: 0 } : {}) },
      // A new set brings its own fixed scenarios (or none); the same set keeps those it has.
      data: { setId, timeZone, ...rules, ...(changesSet ? { itemsJson: fixedItemsJson(checked) } : {}) },
    });
    if (updated.count !== 1) return fail('set_locked', 'errors.assignment.setLocked');
    const open = await tx.attempt.findMany({
      where: { assignmentId, status: 'in_progress' },
      select: { id: true, startedAt: true, studentId: true, student: { select: { overrides: { where: { assignmentId }, select: { closesAt: true, extraAttempts: true, extraMinutes: true } } } } },
    });
    for (const attempt of open) {
      const effective = applyOverride(rules, toOverride(attempt.student?.overrides[0]));
      await tx.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: attemptDeadline(effective, attempt.startedAt) } });
    }
    return ok(null);
  });
}

/** Deletes an assignment nobody has started (one made by mistake); started ones are kept for their records. */
export async function deleteAssignment(staff: StaffViewer, assignmentId: string): Promise<Result<{ classroomId: string }, AssignmentChangeRefusal>> {
  const current = await getAssignmentSettings(staff, assignmentId);
  if (!current.ok) return current;
  if (current.value.hasAttempts) return fail('assignment_started', 'errors.assignment.started');
  // A student may have started between the check and the delete: then it stays. The count on the
  // row decides, and attempts cannot outlive their assignment (the foreign key restricts) anyway.
  const deleted = await db.assignment.deleteMany({ where: { id: assignmentId, startedAttempts: 0, attempts: { none: {} } } });
  if (deleted.count === 0) return fail('assignment_started', 'errors.assignment.started');
  return ok({ classroomId: current.value.classroomId });
}

export type AssignmentSummaryView = { id: string; setId: string; opensAt: Date; closesAt: Date; timeZone: string; submittedStudents: number; activeStudents: number };

/** The assignments of a class, newest first, with how many students have submitted. */
export async function listClassAssignments(staff: StaffViewer, classroomId: string, now: Date = new Date()): Promise<Result<AssignmentSummaryView[], AssignmentRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return fail('class_not_found', 'errors.class.notFound');
  await submitExpiredAttempts({ assignment: { classroomId } }, now);
  const [rows, activeStudents] = await Promise.all([
    db.assignment.findMany({
      where: { classroomId },
      orderBy: { createdAt: 'desc' },
      select: { id: true, setId: true, opensAt: true, closesAt: true, timeZone: true, attempts: { where: { status: 'submitted', student: { removedAt: null } }, select: { studentId: true } } },
    }),
    db.student.count({ where: { classroomId, removedAt: null } }),
  ]);
  return ok(
    rows.map((row) => ({
      id: row.id,
      setId: row.setId,
      opensAt: row.opensAt,
      closesAt: row.closesAt,
      timeZone: row.timeZone,
      submittedStudents: new Set(row.attempts.map((attempt) => attempt.studentId)).size,
      activeStudents,
    })),
  );
}

export type StudentResultView = {
  studentId: string;
  displayName: string;
  studentNumber: string | null;
  isRemoved: boolean;
  status: StudentAssignmentStatus;
  attemptsUsed: number;
  /** The grade by the assignment's grading method, 0..1; null before any submission. */
  grade: number | null;
  lastSubmittedAt: Date | null;
  override: StudentOverride | null;
  /** Oldest first; `grade` 0..1 and `durationMs` (start to submission) once submitted. */
  attempts: { id: string; isSubmitted: boolean; grade: number | null; durationMs: number | null }[];
};

export type AssignmentReportView = {
  id: string;
  classroomId: string;
  classroomName: string;
  setId: string;
  timeZone: string;
  rules: AssignmentRules;
  students: StudentResultView[];
};

/** One assignment with every student's status and grade, for the trainer who manages the class. */
export async function getAssignmentReport(staff: StaffViewer, assignmentId: string, now: Date = new Date()): Promise<Result<AssignmentReportView, AssignmentRefusal>> {
  const found = await db.assignment.findUnique({ where: { id: assignmentId }, select: { classroomId: true } });
  if (!found || !(await canManageClassroom(staff, found.classroomId))) return fail('assignment_not_found', 'errors.assignment.notFound');
  await submitExpiredAttempts({ assignmentId }, now);
  const row = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: {
      id: true,
      setId: true,
      timeZone: true,
      ...RULE_FIELDS,
      classroom: {
        select: {
          id: true,
          name: true,
          students: { orderBy: { createdAt: 'asc' }, select: studentResultSelect(assignmentId) },
        },
      },
    },
  });
  const rules = toRules(row);
  const students = row.classroom.students
    // Removed students appear only when they did something, so their work is not lost from view.
    .filter((student) => !student.removedAt || student.attempts.length > 0)
    .map((student) => {
      const { line, override } = studentResult(rules, student, now);
      return {
        ...line,
        override: override ?? null,
        attempts: student.attempts.map((attempt) => ({
          id: attempt.id,
          isSubmitted: attempt.status === 'submitted',
          grade: attempt.status === 'submitted' ? storedFraction(attempt) : null,
          durationMs: attempt.status === 'submitted' && attempt.submittedAt ? attempt.submittedAt.getTime() - attempt.startedAt.getTime() : null,
        })),
      };
    });
  return ok({ id: row.id, classroomId: row.classroom.id, classroomName: row.classroom.name, setId: row.setId, timeZone: row.timeZone, rules, students });
}

/**
 * Sets one student's override (replacing any earlier one) and moves the deadline of their
 * attempt in progress, so extra time given mid-attempt counts at once.
 */
export async function saveOverride(staff: StaffViewer, input: OverrideInput, now: Date = new Date()): Promise<Result<null, AssignmentRefusal>> {
  const assignment = await db.assignment.findUnique({ where: { id: input.assignmentId }, select: { classroomId: true, ...RULE_FIELDS } });
  if (!assignment || !(await canManageClassroom(staff, assignment.classroomId))) return fail('assignment_not_found', 'errors.assignment.notFound');
  const released = checkExtensionAfterRelease(await currentReleaseAt(input.assignmentId, assignment.closesAt), input.closesAt, assignment.feedback as FeedbackTiming, now);
  if (!released.ok) return released;
  const student = await db.student.findFirst({ where: { id: input.studentId, classroomId: assignment.classroomId, removedAt: null }, select: { id: true } });
  if (!student) return fail('student_not_found', 'errors.class.studentNotFound');
  const override = { closesAt: input.closesAt, extraAttempts: input.extraAttempts, extraMinutes: input.extraMinutes };
  const effective = applyOverride(toRules(assignment), override);
  await db.$transaction(async (tx) => {
    await tx.assignmentOverride.upsert({
      where: { assignmentId_studentId: { assignmentId: input.assignmentId, studentId: input.studentId } },
      create: { id: randomUUID(), assignmentId: input.assignmentId, studentId: input.studentId, ...override },
      update: override,
    });
    const open = await tx.attempt.findMany({ where: { assignmentId: input.assignmentId, studentId: input.studentId, status: 'in_progress' }, select: { id: true, startedAt: true } });
    for (const attempt of open) await tx.attempt.update({ where: { id: attempt.id }, data: { deadlineAt: attemptDeadline(effective, attempt.startedAt) } });
  });
  return ok(null);
}

// ---------------------------------------------------------------------------------------------
// Students

export type MyAssignmentView = {
  id: string;
  setId: string;
  classroomName: string;
  displayName: string;
  status: StudentAssignmentStatus;
  opensAt: Date;
  /** This student's close time, after their override. */
  closesAt: Date;
  timeZone: string;
  isOpen: boolean;
  attemptsUsed: number;
  /** null means unlimited, after this student's extra attempts. */
  attemptsAllowed: number | null;
  timeLimitMinutes: number | null;
  openAttemptId: string | null;
  lastAttemptId: string | null;
  /** 0..1, only once the assignment's feedback rule lets the student see it. */
  grade: number | null;
  canStart: boolean;
};

/** The assignments of every class this device acts for, soonest close first. */
export async function listMyAssignments(device: Device | undefined, now: Date = new Date()): Promise<MyAssignmentView[]> {
  const students = await listDeviceStudents(device);
  if (students.length === 0) return [];
  await submitExpiredAttempts({ studentId: { in: students.map((student) => student.studentId) } }, now);
  const views: MyAssignmentView[] = [];
  for (const student of students) {
    const rows = await db.assignment.findMany({
      where: { classroomId: student.classroomId },
      select: {
        id: true,
        setId: true,
        timeZone: true,
        ...RULE_FIELDS,
        overrides: { select: { studentId: true, closesAt: true, extraAttempts: true, extraMinutes: true } },
        attempts: { where: { studentId: student.studentId }, orderBy: { startedAt: 'asc' }, select: { id: true, status: true, score: true, itemsJson: true } },
      },
    });
    for (const row of rows) {
      const rules = toRules(row);
      const effective = applyOverride(rules, toOverride(row.overrides.find((override) => override.studentId === student.studentId)));
      const submitted = row.attempts.filter((attempt) => attempt.status === 'submitted');
      const openAttempt = row.attempts.find((attempt) => attempt.status === 'in_progress');
      const releaseAt = feedbackReleaseAt(rules.closesAt, row.overrides.map((override) => override.closesAt));
      const mayShowGrade = submitted.length > 0 && mayRevealScore(rules.feedback, { isSubmitted: true }, releaseAt, now);
      views.push({
        id: row.id,
        setId: row.setId,
        classroomName: student.classroomName,
        displayName: student.displayName,
        status: studentStatus(effective, row.attempts.map((attempt) => ({ isSubmitted: attempt.status === 'submitted' })), now),
        opensAt: effective.opensAt,
        closesAt: effective.closesAt,
        timeZone: row.timeZone,
        isOpen: now >= effective.opensAt && now < effective.closesAt,
        attemptsUsed: row.attempts.length,
        attemptsAllowed: effective.attemptsAllowed,
        timeLimitMinutes: effective.timeLimitMinutes === null ? null : effective.timeLimitMinutes + effective.extraMinutes,
        openAttemptId: openAttempt?.id ?? null,
        lastAttemptId: row.attempts.at(-1)?.id ?? null,
        grade: mayShowGrade ? gradeAttempts(rules.grading, submitted.map((attempt) => storedFraction(attempt))) : null,
        canStart: !openAttempt && checkCanStart(effective, row.attempts.length, now).ok,
      });
    }
  }
  return views.sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
}

export type StartAssignmentRefusal = StartRefusal | 'assignment_not_found' | 'not_in_class' | 'set_unknown';

type StartResult = Result<{ attemptId: string; isResumed: boolean }, StartAssignmentRefusal>;

/** A start lost a race (another start took its attempt number, or the quiz set changed): try again from the top. */
class StartRaced extends Error {}

/** How often a start that lost a race is tried again; each try sees the winner, so two are plenty. */
const START_TRIES = 3;

/**
 * Starts the device's student on an assignment, or returns the attempt they already have in
 * progress. Refused before it opens, after it closes (for this student), when their attempts
 * are used up, and for anyone not in the class. Attempt numbers are unique per assignment and
 * student, so of two starts at once only one stores its attempt; the other tries again and then
 * resumes that attempt or is refused like any start beyond the limit.
 */
export async function startAssignmentAttempt(
  device: Device,
  assignmentId: string,
  planItems: (setId: string) => string[] | undefined,
  locale: string,
  now: Date = new Date(),
): Promise<StartResult> {
  for (let tries = 1; ; tries += 1) {
    try {
      return await startAttemptOnce(device, assignmentId, planItems, locale, now);
    } catch (error) {
      if (tries >= START_TRIES || !(error instanceof StartRaced || isUniqueViolation(error))) throw error;
    }
  }
}

async function startAttemptOnce(device: Device, assignmentId: string, planItems: (setId: string) => string[] | undefined, locale: string, now: Date): Promise<StartResult> {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: { id: true, setId: true, itemsJson: true, classroomId: true, ...RULE_FIELDS } });
  if (!assignment) return fail('assignment_not_found', 'errors.assignment.notFound');
  const student = (await listDeviceStudents(device)).find((candidate) => candidate.classroomId === assignment.classroomId);
  if (!student) return fail('not_in_class', 'errors.assignment.notInClass');
  await submitExpiredAttempts({ assignmentId, studentId: { in: [student.studentId] } }, now);

  const override = await db.assignmentOverride.findUnique({ where: { assignmentId_studentId: { assignmentId, studentId: student.studentId } } });
  const rules = applyOverride(toRules(assignment), toOverride(override ?? undefined));
  // Read outside the transaction: what it decides is checked by the database at the write below.
  const attempts = await db.attempt.findMany({ where: { assignmentId, studentId: student.studentId }, select: { id: true, status: true, attemptNumber: true } });
  // Fixed scenarios are played as fixed; a scenario removed from the library since shows as unavailable.
  const items = assignment.itemsJson ? (JSON.parse(assignment.itemsJson) as string[]) : planItems(assignment.setId);
  if (!items) return fail('set_unknown', 'errors.assignment.setWithdrawn');
  const open = attempts.find((attempt) => attempt.status === 'in_progress');
  if (open) return ok({ attemptId: open.id, isResumed: true });
  const allowed = checkCanStart(rules, attempts.length, now);
  if (!allowed.ok) return allowed;
  return db.$transaction(async (tx) => {
    // Counted on the assignment row, only while it still has the set and fixed items read above:
    // a trainer changing the set meanwhile makes this start try again with the new one.
    const counted = await tx.assignment.updateMany({ where: { id: assignmentId, setId: assignment.setId, itemsJson: assignment.itemsJson }, data: { startedAttempts: { increment: 1 } } });
    if (counted.count !== 1) throw new StartRaced();
    const attemptId = randomUUID();
    // Numbered from the attempts read above. A start that stored an attempt since (the same
    // number) makes this create fail on the unique key, and the whole start is tried again: it
    // then resumes that attempt, or is refused when it used the last one.
    await tx.attempt.create({
      data: {
        id: attemptId,
        setId: assignment.setId,
        ownerKey: hashToken(device.ownerKey),
        itemsJson: JSON.stringify(rules.shuffleScenarios ? shuffle(items) : items),
        locale,
        startedAt: now,
        assignmentId,
        studentId: student.studentId,
        attemptNumber: Math.max(attempts.length, ...attempts.map((attempt) => attempt.attemptNumber ?? 0)) + 1,
        deadlineAt: attemptDeadline(rules, now),
        optionSeed: rules.shuffleOptions ? randomInt(1, 2 ** 31 - 1) : null,
      },
    });
    return ok({ attemptId, isResumed: false });
  });
}
