import 'server-only';
import { assignmentOverview, type AssignmentOverview } from '@/domain/analytics/overview';
import { studentMisses, tagCounts, type FirstDecision } from '@/domain/analytics/first-decisions';
import { studentsNeedingHelp, type StudentNeedingHelp } from '@/domain/analytics/students-needing-help';
import { moneyLost, weakSpots, type ScenarioFacts, type WeakSpot } from '@/domain/analytics/weak-spots';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { getAssignmentReport, type AssignmentRefusal } from './assignments';
import { db } from './client';

export type AssignmentResultsView = {
  setId: string;
  classroomId: string;
  classroomName: string;
  overview: AssignmentOverview;
  weakSpots: WeakSpot[];
  /** Yuan the class would have lost: every fall for a scam times the money that scam puts at risk. */
  moneyLost: number;
  /** Students who fell for a scam or distrusted a genuine message, those who missed most first. */
  needingHelp: StudentNeedingHelp[];
};

/**
 * What an assignment's results say, for the class's trainer and admins: the overview and, from
 * each student's first submitted attempt (the first time they met the scenarios, before any key
 * was shown), the scam scripts, red flags and channels they fell for or distrusted wrongly.
 * The database selects each first decision by index; `factsOf` gives the tags of the scenarios answered.
 */
export async function getAssignmentResults(
  staff: StaffViewer,
  assignmentId: string,
  factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[],
  now: Date = new Date(),
): Promise<Result<AssignmentResultsView, AssignmentRefusal>> {
  // Checks that the viewer manages the class, and submits attempts whose time ran out.
  const report = await getAssignmentReport(staff, assignmentId, now);
  if (!report.ok) return fail(report.code, report.message);
  const overview = assignmentOverview(
    report.value.students.map((student) => ({
      status: student.status,
      attemptsUsed: student.attemptsUsed,
      grade: student.grade,
      durationsMs: student.attempts.flatMap((attempt) => (attempt.durationMs === null ? [] : [attempt.durationMs])),
    })),
  );

  const decisions = await firstAttemptDecisions(assignmentId);
  const scenarios = factsOf([...new Set(decisions.map((decision) => decision.scenarioId))]);
  const counts = tagCounts(decisions, scenarios);
  const needingHelp = studentsNeedingHelp(
    studentMisses(decisions, scenarios),
    report.value.students.map((student) => ({ studentId: student.studentId, displayName: student.displayName, studentNumber: student.studentNumber, grade: student.grade })),
  );
  return ok({ setId: report.value.setId, classroomId: report.value.classroomId, classroomName: report.value.classroomName, overview, weakSpots: weakSpots(counts, scenarios), moneyLost: moneyLost(counts, scenarios), needingHelp });
}

/**
 * Each student's decision on each scenario in their first submitted attempt (the first time they
 * met these messages, before any key was shown, marked at submission): one row per student and
 * scenario, from the decision rows the database selects by index, never every answer.
 */
async function firstAttemptDecisions(assignmentId: string): Promise<FirstDecision[]> {
  return db.$queryRaw<FirstDecision[]>`
    SELECT a."studentId" AS "studentId", ans."scenarioId" AS "scenarioId", ans."decisionOutcome" AS "outcome"
    FROM "Attempt" a
    JOIN "Answer" ans ON ans."attemptId" = a."id"
    WHERE a."firstSubmittedOf" = ${assignmentId} AND ans."decisionOutcome" IS NOT NULL`;
}
