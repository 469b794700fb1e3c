import 'server-only';
import { assignmentOverview, type AssignmentOverview } from '@/domain/analytics/overview';
import { studentsNeedingHelp, type StudentMisses, type StudentNeedingHelp } from '@/domain/analytics/students-needing-help';
import { scenarioTags, weakSpots, type ScenarioFacts, type ScenarioTag, type TagCounts, type WeakSpot } from '@/domain/analytics/weak-spots';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { Prisma } from '@/generated/prisma-sqlite/client';
import { getAssignmentReport, type AssignmentRefusal } from './assignments';
import { db } from './client';

export type AssignmentResultsView = {
  setId: string;
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
 * Counting happens in the database; `factsOf` gives the tags of the scenarios answered.
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
  const durations = await db.attempt.findMany({ where: { assignmentId, status: 'submitted' }, select: { studentId: true, startedAt: true, submittedAt: true } });
  const overview = assignmentOverview(
    report.value.students.map((student) => ({
      status: student.status,
      attemptsUsed: student.attemptsUsed,
      grade: student.grade,
      durationsMs: durations.filter((row) => row.studentId === student.studentId && row.submittedAt).map((row) => row.submittedAt!.getTime() - row.startedAt.getTime()),
    })),
  );

  const answered = await db.answer.groupBy({ by: ['scenarioId'], where: { attempt: { assignmentId, status: 'submitted' }, decisionOutcome: { not: null } } });
  const scenarios = factsOf(answered.map((row) => row.scenarioId));
  const counts = await countStudentsByTag(assignmentId, scenarios);
  const fallsByScenario = new Map(counts.filter((row) => row.dimension === 'scenario').map((row) => [row.tag, row.fellForIt]));
  const moneyLost = scenarios.reduce((sum, scenario) => sum + (fallsByScenario.get(scenario.id) ?? 0) * (scenario.moneyAtRisk ?? 0), 0);
  const misses = await countMissesByStudent(assignmentId, scenarios);
  const needingHelp = studentsNeedingHelp(
    misses,
    report.value.students.map((student) => ({ studentId: student.studentId, displayName: student.displayName, studentNumber: student.studentNumber, grade: student.grade })),
  );
  return ok({ setId: report.value.setId, overview, weakSpots: weakSpots(counts, scenarios), moneyLost, needingHelp });
}

type Count = bigint | number; // SQLite returns numbers, PostgreSQL bigints
type CountRow = { dimension: string; tag: string; metScam: Count; fellForIt: Count; metGenuine: Count; falseAlarms: Count };
type StudentMissRow = { studentId: string; dimension: string; tag: string; fellForIt: Count; falseAlarms: Count };

/**
 * The decisions of each student's first submitted attempt joined with the tags of their
 * scenarios. The tags travel as a VALUES table, so the grouped queries below count every tag at
 * once, on SQLite and PostgreSQL alike; `select` and `groupBy` complete the statement.
 */
function firstAttemptDecisions(assignmentId: string, tags: readonly ScenarioTag[], select: Prisma.Sql, groupBy: Prisma.Sql): Prisma.Sql | undefined {
  if (tags.length === 0) return undefined;
  const values = Prisma.join(tags.map((tag) => Prisma.sql`(${tag.scenarioId}, ${tag.dimension}, ${tag.tag}, ${tag.verdict})`));
  return Prisma.sql`
    WITH "Tag" ("scenarioId", "dimension", "tag", "verdict") AS (VALUES ${values})
    SELECT ${select}
    FROM "Answer" ans
    JOIN "Attempt" a ON a."id" = ans."attemptId"
    JOIN "Tag" t ON t."scenarioId" = ans."scenarioId"
    WHERE a."assignmentId" = ${assignmentId} AND a."status" = 'submitted' AND ans."decisionOutcome" IS NOT NULL
      AND a."attemptNumber" = (
        SELECT MIN(f."attemptNumber") FROM "Attempt" f
        WHERE f."assignmentId" = a."assignmentId" AND f."studentId" = a."studentId" AND f."status" = 'submitted')
    GROUP BY ${groupBy}`;
}

/**
 * Per tag, distinct students who met a scam with it and fell for one, and who met a genuine
 * message with it and distrusted one.
 */
async function countStudentsByTag(assignmentId: string, scenarios: readonly ScenarioFacts[]): Promise<TagCounts[]> {
  const query = firstAttemptDecisions(
    assignmentId,
    scenarioTags(scenarios),
    Prisma.sql`t."dimension" AS "dimension", t."tag" AS "tag",
      COUNT(DISTINCT CASE WHEN t."verdict" = 'scam' THEN a."studentId" END) AS "metScam",
      COUNT(DISTINCT CASE WHEN t."verdict" = 'scam' AND ans."decisionOutcome" = 'fell_for_it' THEN a."studentId" END) AS "fellForIt",
      COUNT(DISTINCT CASE WHEN t."verdict" = 'legitimate' THEN a."studentId" END) AS "metGenuine",
      COUNT(DISTINCT CASE WHEN t."verdict" = 'legitimate' AND ans."decisionOutcome" = 'false_alarm' THEN a."studentId" END) AS "falseAlarms"`,
    Prisma.sql`t."dimension", t."tag"`,
  );
  if (!query) return [];
  const rows = await db.$queryRaw<CountRow[]>(query);
  return rows.map((row) => ({
    dimension: row.dimension as TagCounts['dimension'],
    tag: row.tag,
    metScam: Number(row.metScam),
    fellForIt: Number(row.fellForIt),
    metGenuine: Number(row.metGenuine),
    falseAlarms: Number(row.falseAlarms),
  }));
}

/** Per student, how many scenarios of each script (and in all) they fell for or distrusted wrongly; misses only. */
async function countMissesByStudent(assignmentId: string, scenarios: readonly ScenarioFacts[]): Promise<StudentMisses[]> {
  const query = firstAttemptDecisions(
    assignmentId,
    scenarioTags(scenarios).filter((tag) => tag.dimension === 'script' || tag.dimension === 'scenario'),
    Prisma.sql`a."studentId" AS "studentId", t."dimension" AS "dimension", t."tag" AS "tag",
      COUNT(CASE WHEN ans."decisionOutcome" = 'fell_for_it' THEN 1 END) AS "fellForIt",
      COUNT(CASE WHEN ans."decisionOutcome" = 'false_alarm' THEN 1 END) AS "falseAlarms"`,
    Prisma.sql`a."studentId", t."dimension", t."tag"
    HAVING COUNT(CASE WHEN ans."decisionOutcome" <> 'safe' THEN 1 END) > 0`,
  );
  if (!query) return [];
  const rows = await db.$queryRaw<StudentMissRow[]>(query);
  return rows.map((row) => ({ studentId: row.studentId, dimension: row.dimension as StudentMisses['dimension'], tag: row.tag, fellForIt: Number(row.fellForIt), falseAlarms: Number(row.falseAlarms) }));
}
