import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { olderDatabase, runOnDatabase } from '../../factories/older-database';

/*
 * The migration that marks each student's first submitted attempt, as `npm start` applies it to a
 * database an older version left: the lowest-numbered submitted attempt of each student and
 * assignment is marked with the facts of its answers, and nothing else is.
 */

const MIGRATION = '20261202000124_first_submitted_attempt';

describe(`migration ${MIGRATION}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'migration-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('marks the first submitted attempt of each student and assignment, and its answers\' facts', { timeout: 60_000 }, () => {
    const file = olderDatabase(dir, MIGRATION);
    let sqlite = new Database(file);
    const at = Date.parse('2026-11-30T09:00:00Z');
    const attempt = (id: string, status: string, assignmentId: string | null, studentId: string | null, attemptNumber: number | null) =>
      `('${id}', 'fixture-set', '${'k'.repeat(64)}', '[]', 'en', '${status}', ${at}, ${assignmentId ? `'${assignmentId}'` : 'NULL'}, ${studentId ? `'${studentId}'` : 'NULL'}, ${attemptNumber ?? 'NULL'})`;
    sqlite.exec(`
      INSERT INTO "User" ("id", "name", "email", "role", "updatedAt") VALUES ('u1', 'Tina', 't@example.org', 'trainer', ${at});
      INSERT INTO "Classroom" ("id", "name", "trainerId", "joinCode") VALUES ('c1', '7A', 'u1', 'ABC234');
      INSERT INTO "Student" ("id", "classroomId", "displayName", "joinedAt") VALUES ('s1', 'c1', 'Ann', ${at}), ('s2', 'c1', 'Bo', ${at}), ('s3', 'c1', 'Cy', ${at});
      INSERT INTO "Assignment" ("id", "classroomId", "setId", "opensAt", "closesAt", "grading", "feedback", "timeZone") VALUES
        ('a1', 'c1', 'fixture-set', ${at}, ${at + 3_600_000}, 'highest', 'after-attempt', 'UTC'),
        ('a2', 'c1', 'fixture-set', ${at}, ${at + 3_600_000}, 'highest', 'after-attempt', 'UTC');
      INSERT INTO "Attempt" ("id", "setId", "ownerKey", "itemsJson", "locale", "status", "startedAt", "assignmentId", "studentId", "attemptNumber") VALUES
        ${attempt('ann-a1-1', 'submitted', 'a1', 's1', 1)},
        ${attempt('ann-a1-2', 'submitted', 'a1', 's1', 2)},
        ${attempt('ann-a2-1', 'submitted', 'a2', 's1', 1)},
        ${attempt('bo-a1-1', 'in_progress', 'a1', 's2', 1)},
        ${attempt('cy-a1-1', 'submitted', 'a1', 's3', 1)},
        ${attempt('practice', 'submitted', null, null, null)};
      INSERT INTO "Answer" ("id", "clientAnswerId", "attemptId", "position", "scenarioId", "scenarioVersion", "responseJson", "score") VALUES
        ('n1', 'c1', 'ann-a1-1', 0, 'real-notice', 'v', '{}', 1),
        ('n2', 'c2', 'ann-a1-2', 0, 'real-notice', 'v', '{}', 1),
        ('n3', 'c3', 'bo-a1-1', 0, 'real-notice', 'v', '{}', 1),
        ('n4', 'c4', 'practice', 0, 'real-notice', 'v', '{}', 1),
        ('n5', 'c5', 'cy-a1-1', 0, 'real-notice', 'v', '{}', 0);
      INSERT INTO "AnswerQuestion" ("answerId", "scenarioId", "questionId", "score", "isCorrect")
        SELECT "id", 'real-notice', 'q1', "score", "score" = 1 FROM "Answer";
      INSERT INTO "AnswerChoice" ("answerId", "scenarioId", "questionId", "optionId", "isKey")
        SELECT "id", 'real-notice', 'q1', 'legitimate', 1 FROM "Answer";
    `);
    sqlite.close();

    expect(runOnDatabase([resolve('scripts/prepare-db.mjs')], file)).toContain('Database ready');
    sqlite = new Database(file);
    const rows = (query: string) => sqlite.prepare(query).all();
    expect(rows('SELECT "id", "firstSubmittedOf" FROM "Attempt" ORDER BY "id"')).toEqual([
      { id: 'ann-a1-1', firstSubmittedOf: 'a1' },
      { id: 'ann-a1-2', firstSubmittedOf: null },
      { id: 'ann-a2-1', firstSubmittedOf: 'a2' },
      { id: 'bo-a1-1', firstSubmittedOf: null },
      { id: 'cy-a1-1', firstSubmittedOf: 'a1' },
      { id: 'practice', firstSubmittedOf: null },
    ]);
    const marked = [
      { answerId: 'n1', firstSubmittedOf: 'a1' },
      { answerId: 'n2', firstSubmittedOf: null },
      { answerId: 'n3', firstSubmittedOf: null },
      { answerId: 'n4', firstSubmittedOf: null },
      { answerId: 'n5', firstSubmittedOf: 'a1' },
    ];
    expect(rows('SELECT "answerId", "firstSubmittedOf" FROM "AnswerQuestion" ORDER BY "answerId"')).toEqual(marked);
    expect(rows('SELECT "answerId", "firstSubmittedOf" FROM "AnswerChoice" ORDER BY "answerId"')).toEqual(marked);
    sqlite.close();
  });
});
