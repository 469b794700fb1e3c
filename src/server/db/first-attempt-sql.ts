import 'server-only';
import { scenarioTags, type ScenarioFacts } from '@/domain/analytics/weak-spots';
import { Prisma } from '@/generated/prisma-sqlite/client';

/*
 * Pieces of the grouped queries over first attempts, shared by the student and class-over-time
 * views. The results page counts the same attempts: the first submitted one of each student at
 * each assignment, the first time they met its messages, before any answer key was shown.
 */

/**
 * A `"FirstAttempt" ("id", "studentId", "assignmentId")` CTE body: each student's first submitted
 * attempt of each assignment of the class (marked at submission), optionally of one student only.
 */
export function firstAttemptsOfClass(classroomId: string, studentId?: string): Prisma.Sql {
  const ofStudent = studentId === undefined ? Prisma.empty : Prisma.sql`AND a."studentId" = ${studentId}`;
  return Prisma.sql`
    SELECT a."id", a."studentId", a."firstSubmittedOf" AS "assignmentId" FROM "Assignment" s
    JOIN "Attempt" a ON a."firstSubmittedOf" = s."id"
    WHERE s."classroomId" = ${classroomId} ${ofStudent}`;
}

/** One scenario under one tag, as the grouped queries join answers with it. */
export type TagRow = { scenarioId: string; dimension: string; tag: string; verdict: string };

/** The scripts and red flags of these scenarios. */
export function scriptAndFlagTags(scenarios: readonly ScenarioFacts[]): TagRow[] {
  return scenarioTags(scenarios).filter((tag) => tag.dimension === 'script' || tag.dimension === 'redFlag');
}

/**
 * A `"Tag" ("scenarioId", "dimension", "tag", "verdict")` VALUES body, so the database joins answers
 * to tags and counts them; undefined when there are none (an empty VALUES list is not SQL).
 */
export function tagValues(tags: readonly TagRow[]): Prisma.Sql | undefined {
  if (tags.length === 0) return undefined;
  return Prisma.sql`VALUES ${Prisma.join(tags.map((tag) => Prisma.sql`(${tag.scenarioId}, ${tag.dimension}, ${tag.tag}, ${tag.verdict})`))}`;
}

/** Counts arrive as bigint (PostgreSQL, SQLite's COUNT) or number. */
export const count = (value: bigint | number | string): number => Number(value);
