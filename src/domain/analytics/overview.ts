import type { StudentAssignmentStatus } from '../assignments/rules';

/** One student's part of an assignment, as the overview needs it. */
export type OverviewStudent = {
  status: StudentAssignmentStatus;
  attemptsUsed: number;
  /** The grade the assignment's grading method gives, 0..1; null before a submission. */
  grade: number | null;
  /** Milliseconds from start to submission of each submitted attempt. */
  durationsMs: readonly number[];
};

export type HistogramBin = { from: number; to: number; count: number };

export type AssignmentOverview = {
  students: number;
  /** "submitted" includes those whose work is in after the close; "overdue" closed with nothing submitted. */
  counts: { submitted: number; inProgress: number; notStarted: number; overdue: number };
  /** Grades in ten bins of ten percentage points; 100 % falls in the last. */
  histogram: HistogramBin[];
  meanGrade: number | null;
  medianGrade: number | null;
  medianDurationMs: number | null;
  attemptsUsed: number;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const BINS = 10;

export function assignmentOverview(students: readonly OverviewStudent[]): AssignmentOverview {
  const grades = students.flatMap((student) => (student.grade === null ? [] : [student.grade]));
  const histogram = Array.from({ length: BINS }, (_, index): HistogramBin => ({ from: index / BINS, to: (index + 1) / BINS, count: 0 }));
  // A grade is a fraction; rounding to whole percent first keeps 0.7 (stored as 0.69999…) in the 70–80 bin.
  for (const grade of grades) histogram[Math.min(BINS - 1, Math.floor(Math.round(grade * 100) / (100 / BINS)))].count += 1;
  const count = (...statuses: StudentAssignmentStatus[]) => students.filter((student) => statuses.includes(student.status)).length;
  return {
    students: students.length,
    counts: { submitted: count('submitted', 'closed'), inProgress: count('in_progress'), notStarted: count('not_started'), overdue: count('overdue') },
    histogram,
    meanGrade: grades.length === 0 ? null : grades.reduce((sum, grade) => sum + grade, 0) / grades.length,
    medianGrade: median(grades),
    medianDurationMs: median(students.flatMap((student) => student.durationsMs)),
    attemptsUsed: students.reduce((sum, student) => sum + student.attemptsUsed, 0),
  };
}
