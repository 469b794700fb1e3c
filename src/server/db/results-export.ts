import 'server-only';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { RULE_FIELDS, toRules, type AssignmentRefusal, type StudentResultView } from './assignments';
import { submitExpiredAttempts } from './attempts';
import { canManageClassroom } from './classrooms';
import { db } from './client';
import { studentResult, studentResultSelect } from './student-results';

/** Students read per page: one page's rows, attempts and grouped answers are all a download holds at once. */
export const EXPORT_PAGE_SIZE = 200;

/** One student's line of the results file: what the report shows of them, with the figures of the attempt that gives their grade. */
export type ExportStudentRow = Pick<StudentResultView, 'studentId' | 'displayName' | 'studentNumber' | 'isRemoved' | 'status' | 'attemptsUsed' | 'grade' | 'lastSubmittedAt'> & {
  /** The graded attempt's score per scenario it answered (its stages summed, 0..1). */
  scenarioScores: ReadonlyMap<string, number>;
  /** Scams trusted and genuine messages distrusted in the graded attempt; null without one. */
  fellForIt: number | null;
  falseAlarms: number | null;
};

export type ResultsExport = {
  classroomName: string;
  setId: string;
  timeZone: string;
  /** Every scenario any attempt of the assignment was given, in first-seen order (a set may have changed since). */
  attemptScenarioIds: string[];
  /**
   * The students, as the assignment page lists them (oldest first; removed students only when
   * they made an attempt), a page at a time. Each page is read when the previous one has been
   * taken, so a download never holds the whole class.
   */
  pages: (pageSize?: number) => AsyncGenerator<ExportStudentRow[], void, undefined>;
};

/**
 * Opens an assignment's results for download, for the trainer who manages the class and admins.
 * Like the assignment page, it first submits attempts whose time ran out (a write), so the file
 * and the page agree.
 */
export async function openResultsExport(staff: StaffViewer, assignmentId: string, now: Date = new Date()): Promise<Result<ResultsExport, AssignmentRefusal>> {
  const found = await db.assignment.findUnique({ where: { id: assignmentId }, select: { classroomId: true } });
  if (!found || !(await canManageClassroom(staff, found.classroomId))) return fail('assignment_not_found', 'errors.assignment.notFound');
  await submitExpiredAttempts({ assignmentId }, now);
  const assignment = await db.assignment.findUniqueOrThrow({
    where: { id: assignmentId },
    select: { setId: true, timeZone: true, classroomId: true, ...RULE_FIELDS, classroom: { select: { name: true } } },
  });
  // The distinct scenario lists of the attempts: one row unless scenarios are shuffled or drawn,
  // and far fewer rows than the answers (grouping those took ten times as long).
  const itemLists = await db.attempt.groupBy({ by: ['itemsJson'], where: { assignmentId } });
  const attemptScenarioIds = [...new Set(itemLists.flatMap((row) => JSON.parse(row.itemsJson) as string[]))];
  const rules = toRules(assignment);

  async function* pages(pageSize = EXPORT_PAGE_SIZE): AsyncGenerator<ExportStudentRow[], void, undefined> {
    let after: { createdAt: Date; id: string } | undefined;
    for (;;) {
      // Keyset paging on (createdAt, id): a student added or removed meanwhile moves no other row.
      const students = await db.student.findMany({
        where: {
          classroomId: assignment.classroomId,
          OR: [{ removedAt: null }, { attempts: { some: { assignmentId } } }],
          ...(after ? { AND: [{ OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }] } : {}),
        },
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        take: pageSize,
        select: { ...studentResultSelect(assignmentId), createdAt: true },
      });
      if (students.length === 0) return;
      const results = students.map((student) => studentResult(rules, student, now));
      const gradedIds = results.flatMap((result) => (result.gradedAttemptId ? [result.gradedAttemptId] : []));
      // One grouped query per page: each graded attempt's score per scenario and its decisions.
      const groups = gradedIds.length === 0 ? [] : await db.answer.groupBy({ by: ['attemptId', 'scenarioId', 'decisionOutcome'], where: { attemptId: { in: gradedIds } }, _sum: { score: true }, _count: { _all: true } });
      const byAttempt = new Map<string, { scores: Map<string, number>; fellForIt: number; falseAlarms: number }>(gradedIds.map((id) => [id, { scores: new Map(), fellForIt: 0, falseAlarms: 0 }]));
      for (const group of groups) {
        const figures = byAttempt.get(group.attemptId)!;
        figures.scores.set(group.scenarioId, (figures.scores.get(group.scenarioId) ?? 0) + (group._sum.score ?? 0));
        if (group.decisionOutcome === 'fell_for_it') figures.fellForIt += group._count._all;
        if (group.decisionOutcome === 'false_alarm') figures.falseAlarms += group._count._all;
      }
      yield results.map(({ line, gradedAttemptId }): ExportStudentRow => {
        const figures = gradedAttemptId ? byAttempt.get(gradedAttemptId) : undefined;
        return {
          ...line,
          scenarioScores: figures?.scores ?? new Map(),
          fellForIt: figures?.fellForIt ?? null,
          falseAlarms: figures?.falseAlarms ?? null,
        };
      });
      if (students.length < pageSize) return;
      const last = students[students.length - 1];
      after = { createdAt: last.createdAt, id: last.id };
    }
  }

  return ok({ classroomName: assignment.classroom.name, setId: assignment.setId, timeZone: assignment.timeZone, attemptScenarioIds, pages });
}
