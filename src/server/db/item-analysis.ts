import 'server-only';
import {
  ITEM_RULES,
  itemAnalysisViews,
  scenarioItemStats,
  type ChoiceCount,
  type QuestionCount,
  type ScenarioItemSums,
  type ScenarioItemView,
} from '@/domain/analytics/item-analysis';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import type { AssignmentRefusal } from './assignments';
import { submitExpiredAttempts } from './attempts';
import { canManageClassroom } from './classrooms';
import { db } from './client';

export type ItemAnalysisView = {
  setId: string;
  classroomId: string;
  classroomName: string;
  /** Students with a submitted attempt: the ones the figures count. */
  students: number;
  scenarios: ScenarioItemView[];
};

/** What the analysis needs from the content library: a scenario in the page's language, and a set's order. */
export type ItemContent = { scenario: (id: string) => LocalizedScenario | undefined; scenarioIdsOf: (setId: string) => readonly string[] };

/** SQLite's driver returns integers as bigint, PostgreSQL's int4 as number: every figure leaves here as a number. */
function asNumbers<Row extends Record<string, unknown>>(rows: Row[], keys: readonly (keyof Row)[]): Row[] {
  return rows.map((row) => ({ ...row, ...Object.fromEntries(keys.map((key) => [key, Number(row[key])])) }));
}

/*
 * Every query counts each student's first submitted attempt of the assignment (the first time they
 * met the scenarios, before any key was shown), the same attempts the results page counts: the
 * attempts marked with `firstSubmittedOf` at submission, whose answers' question and choice facts
 * carry the same mark, so each count reads one index range in the order it groups by.
 */

/**
 * Per scenario, over the students who answered it: x is the scenario's score (its answer rows add
 * up to it), y the corrected total (the attempt's score minus x). The strong students are the top
 * third (rounded up, NTILE's first tile) by corrected total; ties at the border are broken by
 * student id, a fixed but arbitrary order, so the group is always a third. Totals are compared
 * rounded to millionths, so sums of floats that are equal tie (as floating point: PostgreSQL sorts
 * them twice as fast as NUMERIC). A student's rows are grouped by position (one scenario each).
 * Sums are cast to double precision and counts to integers, the same types on SQLite and PostgreSQL.
 */
async function scenarioSums(assignmentId: string): Promise<ScenarioItemSums[]> {
  const rows = await db.$queryRaw<ScenarioItemSums[]>`
    WITH "Item" AS (
      SELECT MAX(ans."scenarioId") AS "scenarioId", fa."studentId" AS "studentId", SUM(ans."score") AS "x", MAX(fa."score") - SUM(ans."score") AS "y"
      FROM "Attempt" fa JOIN "Answer" ans ON ans."attemptId" = fa."id"
      WHERE fa."firstSubmittedOf" = ${assignmentId}
      GROUP BY fa."studentId", ans."position"),
    "Ranked" AS (
      SELECT "scenarioId", "x", "y",
        NTILE(3) OVER (PARTITION BY "scenarioId" ORDER BY ROUND("y" * 1000000) DESC, "studentId") AS "third"
      FROM "Item")
    SELECT "scenarioId",
      CAST(COUNT(*) AS INTEGER) AS "n",
      CAST(SUM("x") AS DOUBLE PRECISION) AS "sumX",
      CAST(SUM("y") AS DOUBLE PRECISION) AS "sumY",
      CAST(SUM("x" * "x") AS DOUBLE PRECISION) AS "sumXX",
      CAST(SUM("y" * "y") AS DOUBLE PRECISION) AS "sumYY",
      CAST(SUM("x" * "y") AS DOUBLE PRECISION) AS "sumXY",
      CAST(SUM(CASE WHEN "x" >= ${ITEM_RULES.fullyRight} THEN 1 ELSE 0 END) AS INTEGER) AS "fullyRight",
      CAST(SUM(CASE WHEN "third" = 1 THEN 1 ELSE 0 END) AS INTEGER) AS "strong",
      CAST(SUM(CASE WHEN "third" = 1 THEN "x" ELSE 0 END) AS DOUBLE PRECISION) AS "strongScoreSum"
    FROM "Ranked"
    GROUP BY "scenarioId"`;
  return asNumbers(rows, ['n', 'sumX', 'sumY', 'sumXX', 'sumYY', 'sumXY', 'fullyRight', 'strong', 'strongScoreSum']);
}

/** Per question: how many students answered it and how many were fully right, from the question facts alone. */
async function questionCounts(assignmentId: string): Promise<QuestionCount[]> {
  const rows = await db.$queryRaw<QuestionCount[]>`
    SELECT aq."scenarioId" AS "scenarioId", aq."questionId" AS "questionId",
      CAST(COUNT(*) AS INTEGER) AS "students",
      CAST(SUM(CASE WHEN aq."isCorrect" THEN 1 ELSE 0 END) AS INTEGER) AS "correct"
    FROM "AnswerQuestion" aq
    WHERE aq."firstSubmittedOf" = ${assignmentId}
    GROUP BY aq."scenarioId", aq."questionId"`;
  return asNumbers(rows, ['students', 'correct']);
}

/** Per question and option (or verdict, or marked line): how many students chose it, from the choice facts alone. */
async function choiceCounts(assignmentId: string): Promise<ChoiceCount[]> {
  const rows = await db.$queryRaw<ChoiceCount[]>`
    SELECT c."scenarioId" AS "scenarioId", c."questionId" AS "questionId", c."optionId" AS "optionId", CAST(COUNT(*) AS INTEGER) AS "count"
    FROM "AnswerChoice" c
    WHERE c."firstSubmittedOf" = ${assignmentId}
    GROUP BY c."scenarioId", c."questionId", c."optionId"`;
  return asNumbers(rows, ['count']);
}

/** How many students have a submitted attempt: the ones the figures count. */
async function studentCount(assignmentId: string): Promise<number> {
  return db.attempt.count({ where: { firstSubmittedOf: assignmentId } });
}

/**
 * Item analysis of one assignment, for the class's trainer and admins: per scenario its facility,
 * discrimination and strong students' facility with the flags of ITEM_RULES, and per question how
 * often each option or line was chosen, all counted by the database from each student's first
 * submitted attempt. First submits attempts whose time ran out, as the assignment page does, so
 * they count.
 */
export async function loadItemAnalysisSubmittingExpired(staff: StaffViewer, assignmentId: string, content: ItemContent, now: Date = new Date()): Promise<Result<ItemAnalysisView, AssignmentRefusal>> {
  const assignment = await db.assignment.findUnique({ where: { id: assignmentId }, select: { setId: true, classroom: { select: { id: true, name: true } } } });
  if (!assignment || !(await canManageClassroom(staff, assignment.classroom.id))) return fail('assignment_not_found', 'errors.assignment.notFound');
  await submitExpiredAttempts({ assignmentId }, now);
  const [sums, questions, choices, students] = await Promise.all([
    scenarioSums(assignmentId),
    questionCounts(assignmentId),
    choiceCounts(assignmentId),
    studentCount(assignmentId),
  ]);
  return ok({
    setId: assignment.setId,
    classroomId: assignment.classroom.id,
    classroomName: assignment.classroom.name,
    students,
    scenarios: itemAnalysisViews(sums.map(scenarioItemStats), questions, choices, content.scenario, content.scenarioIdsOf(assignment.setId)),
  });
}
