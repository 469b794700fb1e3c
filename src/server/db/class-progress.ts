import 'server-only';
import type { AssignmentTagCounts } from '@/domain/analytics/class-progress';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { submitExpiredAttempts } from './attempts';
import { canManageClassroom, type ClassroomRefusal } from './classrooms';
import { db } from './client';
import { count, firstAttemptsOfClass, scriptAndFlagTags, tagValues } from './first-attempt-sql';

export type ClassProgressView = {
  classroomId: string;
  classroomName: string;
  /** The class's assignments, oldest opening first: the table's columns. */
  assignments: { id: string; setId: string; opensAt: Date; timeZone: string }[];
  /** Per assignment, script and red flag: students who met a scam with it and who fell for one, in first attempts. */
  counts: AssignmentTagCounts[];
};

type CountRow = { assignmentId: string; dimension: string; tag: string; metScam: bigint | number; fellForIt: bigint | number };

/**
 * The class over time, for its trainer and admins: for each assignment (oldest opening first) and
 * each scam script and red flag, how many students met a scam with it in their first submitted
 * attempt and how many of them fell for one. Counted in one grouped query.
 */
export async function getClassProgress(
  staff: StaffViewer,
  classroomId: string,
  factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[],
  now: Date = new Date(),
): Promise<Result<ClassProgressView, ClassroomRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return fail('class_not_found', 'errors.class.notFound');
  await submitExpiredAttempts({ assignment: { classroomId } }, now);
  const [classroom, assignments] = await Promise.all([
    db.classroom.findUniqueOrThrow({ where: { id: classroomId }, select: { name: true } }),
    db.assignment.findMany({ where: { classroomId }, orderBy: [{ opensAt: 'asc' }, { createdAt: 'asc' }], select: { id: true, setId: true, opensAt: true, timeZone: true } }),
  ]);
  return ok({ classroomId, classroomName: classroom.name, assignments, counts: await countByAssignment(classroomId, factsOf) });
}

async function countByAssignment(classroomId: string, factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[]): Promise<AssignmentTagCounts[]> {
  // The scenarios the class answered: one row each, for the tags that travel with the count below.
  const answered = await db.$queryRaw<{ scenarioId: string }[]>`
    SELECT DISTINCT ans."scenarioId" AS "scenarioId"
    FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId" JOIN "Assignment" s ON s."id" = a."assignmentId"
    WHERE s."classroomId" = ${classroomId} AND a."status" = 'submitted' AND ans."decisionOutcome" IS NOT NULL`;
  const scams = factsOf(answered.map((row) => row.scenarioId)).filter((scenario) => scenario.verdict === 'scam');
  const values = tagValues(scriptAndFlagTags(scams));
  if (!values) return [];
  const rows = await db.$queryRaw<CountRow[]>`
    WITH "FirstAttempt" AS (${firstAttemptsOfClass(classroomId)}),
      "Tag" ("scenarioId", "dimension", "tag", "verdict") AS (${values})
    SELECT a."assignmentId" AS "assignmentId", t."dimension" AS "dimension", t."tag" AS "tag",
      COUNT(DISTINCT a."studentId") AS "metScam",
      COUNT(DISTINCT CASE WHEN ans."decisionOutcome" = 'fell_for_it' THEN a."studentId" END) AS "fellForIt"
    FROM "FirstAttempt" a
    JOIN "Answer" ans ON ans."attemptId" = a."id"
    JOIN "Tag" t ON t."scenarioId" = ans."scenarioId"
    WHERE ans."decisionOutcome" IS NOT NULL
    GROUP BY a."assignmentId", t."dimension", t."tag"`;
  return rows.map((row) => ({
    assignmentId: row.assignmentId,
    dimension: row.dimension as AssignmentTagCounts['dimension'],
    tag: row.tag,
    metScam: count(row.metScam),
    fellForIt: count(row.fellForIt),
  }));
}
