import 'server-only';
import { applyOverride, gradedAttemptIndex, studentStatus } from '@/domain/assignments/rules';
import type { AssignmentRules, StudentOverride } from '@/domain/assignments/schemas';
import { storedFraction, toOverride, type StudentResultView } from './assignments';

/*
 * One student's line of an assignment's results, shared by the assignment page and the results
 * file so the two always agree on status, attempts and grade.
 */

/** The columns both read of each student, with that assignment's attempts oldest first. */
export function studentResultSelect(assignmentId: string) {
  return {
    id: true,
    displayName: true,
    studentNumber: true,
    removedAt: true,
    attempts: {
      where: { assignmentId },
      orderBy: { startedAt: 'asc' },
      select: { id: true, status: true, score: true, itemsJson: true, startedAt: true, submittedAt: true },
    },
    overrides: { where: { assignmentId }, select: { closesAt: true, extraAttempts: true, extraMinutes: true } },
  } as const;
}

type AttemptRow = { id: string; status: string; score: number | null; itemsJson: string; startedAt: Date; submittedAt: Date | null };

export type StudentResultRow = {
  id: string;
  displayName: string;
  studentNumber: string | null;
  removedAt: Date | null;
  attempts: AttemptRow[];
  overrides: { closesAt: Date | null; extraAttempts: number; extraMinutes: number }[];
};

export type StudentResult = {
  line: Omit<StudentResultView, 'override' | 'attempts'>;
  override: StudentOverride | undefined;
  /** Submitted attempts, oldest first, with their scores as shares (0..1). */
  submitted: (AttemptRow & { fraction: number })[];
  /** The attempt the grade comes from, by the assignment's grading method; null before any submission. */
  gradedAttemptId: string | null;
};

export function studentResult(rules: AssignmentRules, student: StudentResultRow, now: Date): StudentResult {
  const override = toOverride(student.overrides[0]);
  const submitted = student.attempts.filter((attempt) => attempt.status === 'submitted').map((attempt) => ({ ...attempt, fraction: storedFraction(attempt) }));
  const index = gradedAttemptIndex(
    rules.grading,
    submitted.map((attempt) => attempt.fraction),
  );
  return {
    line: {
      studentId: student.id,
      displayName: student.displayName,
      studentNumber: student.studentNumber,
      isRemoved: student.removedAt !== null,
      status: studentStatus(
        applyOverride(rules, override),
        student.attempts.map((attempt) => ({ isSubmitted: attempt.status === 'submitted' })),
        now,
      ),
      attemptsUsed: student.attempts.length,
      grade: index === null ? null : submitted[index].fraction,
      lastSubmittedAt: submitted.at(-1)?.submittedAt ?? null,
    },
    override,
    submitted,
    gradedAttemptId: index === null ? null : submitted[index].id,
  };
}
