import { attemptFraction, gradeAttempts } from '../assignments/rules';
import type { GradingMethod } from '../assignments/schemas';

/** The tags a student's weak spots are grouped by across assignments. */
export const STUDENT_WEAK_SPOT_DIMENSIONS = ['script', 'redFlag'] as const;
export type StudentWeakSpotDimension = (typeof STUDENT_WEAK_SPOT_DIMENSIONS)[number];

/**
 * One student's decisions under one tag, counted by the database over the first submitted attempt
 * of each assignment: scams of the tag met and fallen for, genuine messages met and distrusted.
 * A scenario met in two assignments counts twice: those are two decisions.
 */
export type StudentTagCounts = { dimension: StudentWeakSpotDimension; tag: string; metScam: number; fellForIt: number; metGenuine: number; falseAlarms: number };

/** The same counts over all the student's first attempts, whatever the tags. */
export type StudentMissTotals = Pick<StudentTagCounts, 'metScam' | 'fellForIt' | 'metGenuine' | 'falseAlarms'>;

export type StudentWeakSpot = StudentTagCounts & {
  /** fellForIt / metScam, 0..1; null when the student met no scam with this tag. */
  fellShare: number | null;
  /** falseAlarms / metGenuine, 0..1; null when the student met no genuine message with this tag. */
  falseAlarmShare: number | null;
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/** The tags the student missed at least once, most misses first, then the larger share, then by tag. */
export function studentWeakSpots(counts: readonly StudentTagCounts[]): StudentWeakSpot[] {
  const worst = (spot: StudentWeakSpot) => Math.max(spot.fellShare ?? 0, spot.falseAlarmShare ?? 0);
  return counts
    .filter((row) => row.fellForIt + row.falseAlarms > 0)
    .map((row) => ({ ...row, fellShare: share(row.fellForIt, row.metScam), falseAlarmShare: share(row.falseAlarms, row.metGenuine) }))
    .sort((a, b) => b.fellForIt + b.falseAlarms - (a.fellForIt + a.falseAlarms) || worst(b) - worst(a) || a.tag.localeCompare(b.tag));
}

/** One stored attempt of the student at one assignment. */
export type StudentAttemptRecord = {
  id: string;
  attemptNumber: number;
  startedAt: Date;
  submittedAt: Date | null;
  isSubmitted: boolean;
  /** Sum of the scenario scores, set on submission. */
  score: number | null;
  itemCount: number;
};

export type StudentAttempt = Omit<StudentAttemptRecord, 'score' | 'itemCount'> & {
  /** Share of the attempt's scenarios, 0..1, once submitted. */
  grade: number | null;
  /** Start to submission, once submitted. */
  durationMs: number | null;
};

export type StudentAssignmentProgress = {
  assignmentId: string;
  setId: string;
  opensAt: Date;
  timeZone: string;
  grading: GradingMethod;
  /** The grade by the assignment's grading method, 0..1; null before a submission. */
  grade: number | null;
  /** Oldest first. */
  attempts: StudentAttempt[];
};

/** An assignment's attempts graded as the assignment report grades them (its grading method over the submitted ones). */
export function assignmentProgress(
  assignment: Omit<StudentAssignmentProgress, 'grade' | 'attempts'>,
  records: readonly StudentAttemptRecord[],
): StudentAssignmentProgress {
  const attempts = [...records]
    .sort((a, b) => a.attemptNumber - b.attemptNumber)
    .map(({ score, itemCount, ...attempt }): StudentAttempt => {
      const done = attempt.isSubmitted && attempt.submittedAt !== null;
      return {
        ...attempt,
        grade: attempt.isSubmitted ? attemptFraction(score ?? 0, itemCount) : null,
        durationMs: done ? attempt.submittedAt!.getTime() - attempt.startedAt.getTime() : null,
      };
    });
  const grades = attempts.flatMap((attempt) => (attempt.grade === null ? [] : [attempt.grade]));
  return { ...assignment, grade: gradeAttempts(assignment.grading, grades), attempts };
}
