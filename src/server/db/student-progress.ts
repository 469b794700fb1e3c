import 'server-only';
import { assignmentProgress, studentWeakSpots, type StudentAssignmentProgress, type StudentMissTotals, type StudentTagCounts, type StudentWeakSpot } from '@/domain/analytics/student-progress';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import { GRADING_METHODS, type GradingMethod } from '@/domain/assignments/schemas';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { submitExpiredAttempts } from './attempts';
import { canManageClassroom } from './classrooms';
import { db } from './client';
import { count, firstAttemptsOfClass, scriptAndFlagTags, tagValues } from './first-attempt-sql';

export type StudentProgressRefusal = 'class_not_found' | 'student_not_found';

export type StudentProgressView = {
  classroomId: string;
  classroomName: string;
  student: { id: string; displayName: string; studentNumber: string | null; isRemoved: boolean };
  /** Every assignment of the class, oldest opening first, with the student's attempts and grade. */
  assignments: StudentAssignmentProgress[];
  /** Scams met and fallen for, genuine messages met and distrusted, over the first attempts. */
  totals: StudentMissTotals;
  /** Scripts and red flags the student fell for or distrusted wrongly, in first attempts, most misses first. */
  weakSpots: StudentWeakSpot[];
};

/**
 * One student's record in a class, for the class's trainer and admins: every attempt at every
 * assignment, the grade per assignment over time, and the scripts and red flags they missed.
 * A student id of another class is refused as if it did not exist. Attempts whose time ran out
 * are submitted first, as on the assignment report. `factsOf` gives the tags of scenarios.
 */
export async function getStudentProgress(
  staff: StaffViewer,
  classroomId: string,
  studentId: string,
  factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[],
  now: Date = new Date(),
): Promise<Result<StudentProgressView, StudentProgressRefusal>> {
  const found = await findClassStudent(staff, classroomId, studentId);
  if (!found.ok) return found;
  const student = found.value;
  await submitExpiredAttempts({ studentId, assignment: { classroomId } }, now);

  const assignments = await db.assignment.findMany({
    where: { classroomId },
    orderBy: [{ opensAt: 'asc' }, { createdAt: 'asc' }],
    select: {
      id: true,
      setId: true,
      opensAt: true,
      timeZone: true,
      grading: true,
      attempts: { where: { studentId }, select: { id: true, attemptNumber: true, status: true, score: true, itemsJson: true, startedAt: true, submittedAt: true } },
    },
  });
  return ok({
    classroomId,
    classroomName: student.classroomName,
    student: { id: student.id, displayName: student.displayName, studentNumber: student.studentNumber, isRemoved: student.isRemoved },
    assignments: assignments.map((row) =>
      assignmentProgress(
        { assignmentId: row.id, setId: row.setId, opensAt: row.opensAt, timeZone: row.timeZone, grading: toGrading(row.grading) },
        row.attempts.map((attempt) => ({
          id: attempt.id,
          attemptNumber: attempt.attemptNumber ?? 0,
          startedAt: attempt.startedAt,
          submittedAt: attempt.submittedAt,
          isSubmitted: attempt.status === 'submitted',
          score: attempt.score,
          itemCount: (JSON.parse(attempt.itemsJson) as unknown[]).length,
        })),
      ),
    ),
    ...(await countMisses(classroomId, studentId, factsOf)),
  });
}

type ClassStudent = StudentProgressView['student'] & { classroomName: string };

/** A student of a class the staff member manages; a student of another class is refused as if it did not exist. */
export async function findClassStudent(staff: StaffViewer, classroomId: string, studentId: string): Promise<Result<ClassStudent, StudentProgressRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return fail('class_not_found', 'errors.class.notFound');
  const student = await db.student.findFirst({
    where: { id: studentId, classroomId },
    select: { id: true, displayName: true, studentNumber: true, removedAt: true, classroom: { select: { name: true } } },
  });
  if (!student) return fail('student_not_found', 'errors.class.studentNotFound');
  return ok({ id: student.id, displayName: student.displayName, studentNumber: student.studentNumber, isRemoved: student.removedAt !== null, classroomName: student.classroom.name });
}

/** A hand-edited grading column falls back to the report's default. */
function toGrading(value: string): GradingMethod {
  return (GRADING_METHODS as readonly string[]).includes(value) ? (value as GradingMethod) : 'highest';
}

type CountRow = { dimension: string; tag: string; metScam: bigint | number; fellForIt: bigint | number; metGenuine: bigint | number; falseAlarms: bigint | number };

/**
 * Overall and per script and red flag, the student's decisions in the first submitted attempt of each
 * assignment of the class: scams met and fallen for, genuine messages met and distrusted. One
 * grouped query; the tags of the scenarios answered travel as a VALUES table.
 */
async function countMisses(classroomId: string, studentId: string, factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[]): Promise<Pick<StudentProgressView, 'totals' | 'weakSpots'>> {
  const answered = await db.$queryRaw<{ scenarioId: string }[]>`
    WITH "FirstAttempt" AS (${firstAttemptsOfClass(classroomId, studentId)})
    SELECT DISTINCT ans."scenarioId" AS "scenarioId"
    FROM "FirstAttempt" a JOIN "Answer" ans ON ans."attemptId" = a."id"
    WHERE ans."decisionOutcome" IS NOT NULL`;
  const scenarios = factsOf(answered.map((row) => row.scenarioId));
  // Each scenario also counts once under "total", for the overall figures.
  const values = tagValues([...scenarios.map((scenario) => ({ scenarioId: scenario.id, dimension: TOTAL, tag: TOTAL, verdict: scenario.verdict })), ...scriptAndFlagTags(scenarios)]);
  if (!values) return { totals: { metScam: 0, fellForIt: 0, metGenuine: 0, falseAlarms: 0 }, weakSpots: [] };
  const rows = await db.$queryRaw<CountRow[]>`
    WITH "FirstAttempt" AS (${firstAttemptsOfClass(classroomId, studentId)}),
      "Tag" ("scenarioId", "dimension", "tag", "verdict") AS (${values})
    SELECT t."dimension" AS "dimension", t."tag" AS "tag",
      COUNT(CASE WHEN t."verdict" = 'scam' THEN 1 END) AS "metScam",
      COUNT(CASE WHEN t."verdict" = 'scam' AND ans."decisionOutcome" = 'fell_for_it' THEN 1 END) AS "fellForIt",
      COUNT(CASE WHEN t."verdict" = 'legitimate' THEN 1 END) AS "metGenuine",
      COUNT(CASE WHEN t."verdict" = 'legitimate' AND ans."decisionOutcome" = 'false_alarm' THEN 1 END) AS "falseAlarms"
    FROM "FirstAttempt" a
    JOIN "Answer" ans ON ans."attemptId" = a."id"
    JOIN "Tag" t ON t."scenarioId" = ans."scenarioId"
    WHERE ans."decisionOutcome" IS NOT NULL
    GROUP BY t."dimension", t."tag"`;
  const counts = rows.map((row) => ({
    dimension: row.dimension,
    tag: row.tag,
    metScam: count(row.metScam),
    fellForIt: count(row.fellForIt),
    metGenuine: count(row.metGenuine),
    falseAlarms: count(row.falseAlarms),
  }));
  const total = counts.find((row) => row.dimension === TOTAL);
  return {
    totals: { metScam: total?.metScam ?? 0, fellForIt: total?.fellForIt ?? 0, metGenuine: total?.metGenuine ?? 0, falseAlarms: total?.falseAlarms ?? 0 },
    weakSpots: studentWeakSpots(counts.filter((row): row is StudentTagCounts => row.dimension !== TOTAL)),
  };
}

const TOTAL = 'total';
