import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { olderDatabase, runOnDatabase } from '../../factories/older-database';

/*
 * The migration that moved the concurrency rules into the database, as `npm start` applies it
 * (scripts/prepare-db.mjs) to a database made by the migrations before it and holding rows:
 * attempts are numbered, assignments count their starts, device links learn their class, and
 * dangling references are cleared, with nothing lost.
 */

const MIGRATION = '20261201145700_concurrency_rules';
const hash = (character: string) => character.repeat(64);

describe(`migration ${MIGRATION}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'migration-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every row of an existing database and fills in what the new rules need', { timeout: 60_000 }, () => {
    const file = olderDatabase(dir, MIGRATION);
    let sqlite = new Database(file);
    expect(sqlite.prepare('SELECT "migration_name" FROM "_prisma_migrations" WHERE "migration_name" = ?').all(MIGRATION)).toEqual([]);
    const at = (minutes: number) => Date.parse('2026-11-30T09:00:00Z') + minutes * 60_000;
    sqlite.exec(`
      INSERT INTO "User" ("id", "name", "email", "role", "updatedAt") VALUES ('u1', 'Tina', 't@example.org', 'admin', ${at(0)});
      INSERT INTO "StaffInvitation" ("id", "tokenHash", "email", "role", "invitedById", "expiresAt") VALUES
        ('i1', '${hash('a')}', 'a@example.org', 'trainer', 'u1', ${at(60)}),
        ('i2', '${hash('b')}', 'b@example.org', 'trainer', 'gone', ${at(60)});
      INSERT INTO "Classroom" ("id", "name", "trainerId", "joinCode") VALUES ('c1', '7A', 'u1', 'ABC234');
      INSERT INTO "Student" ("id", "classroomId", "displayName", "joinedAt") VALUES ('s1', 'c1', 'Ann', ${at(0)}), ('s2', 'c1', 'Bo', ${at(0)});
      INSERT INTO "Assignment" ("id", "classroomId", "setId", "opensAt", "closesAt", "grading", "feedback", "timeZone") VALUES
        ('a1', 'c1', 'fixture-set', ${at(0)}, ${at(600)}, 'highest', 'after-attempt', 'UTC'),
        ('a2', 'c1', 'fixture-set', ${at(0)}, ${at(600)}, 'highest', 'after-attempt', 'UTC');
      INSERT INTO "Attempt" ("id", "setId", "ownerKey", "itemsJson", "locale", "status", "startedAt", "assignmentId", "studentId", "retryOfId") VALUES
        ('second', 'fixture-set', '${hash('1')}', '[]', 'en', 'in_progress', ${at(20)}, 'a1', 's1', NULL),
        ('first', 'fixture-set', '${hash('1')}', '[]', 'en', 'submitted', ${at(10)}, 'a1', 's1', NULL),
        ('bo', 'fixture-set', '${hash('2')}', '[]', 'en', 'submitted', ${at(10)}, 'a1', 's2', NULL),
        ('practice', 'fixture-set', '${hash('3')}', '[]', 'en', 'submitted', ${at(5)}, NULL, NULL, NULL),
        ('retry', 'fixture-set', '${hash('3')}', '[]', 'en', 'in_progress', ${at(6)}, NULL, NULL, 'practice'),
        ('orphan', 'fixture-set', '${hash('3')}', '[]', 'en', 'in_progress', ${at(7)}, NULL, NULL, 'deleted');
      INSERT INTO "Answer" ("id", "clientAnswerId", "attemptId", "position", "scenarioId", "scenarioVersion", "responseJson", "score") VALUES ('n1', 'c-1', 'first', 0, 'real-notice', 'v', '{}', 1);
      INSERT INTO "StudentDevice" ("id", "studentId", "deviceKeyHash", "createdAt") VALUES
        ('older', 's1', '${hash('d')}', ${at(1)}), ('newer', 's2', '${hash('d')}', ${at(2)}), ('own', 's2', '${hash('e')}', ${at(1)});
      INSERT INTO "AssignmentOverride" ("id", "assignmentId", "studentId", "extraAttempts", "updatedAt") VALUES ('o1', 'a1', 's1', 1, ${at(0)});
    `);

    sqlite.close();

    expect(runOnDatabase([resolve('scripts/prepare-db.mjs')], file)).toContain('Database ready');
    sqlite = new Database(file);
    expect(sqlite.prepare('SELECT "migration_name" FROM "_prisma_migrations" WHERE "migration_name" = ? AND "finished_at" IS NOT NULL').all(MIGRATION)).toHaveLength(1);

    const rows = (query: string) => sqlite.prepare(query).all();
    expect(rows('SELECT "id", "attemptNumber", "retryOfId" FROM "Attempt" ORDER BY "id"')).toEqual([
      { id: 'bo', attemptNumber: 1, retryOfId: null },
      { id: 'first', attemptNumber: 1, retryOfId: null },
      { id: 'orphan', attemptNumber: null, retryOfId: null },
      { id: 'practice', attemptNumber: null, retryOfId: null },
      { id: 'retry', attemptNumber: null, retryOfId: 'practice' },
      { id: 'second', attemptNumber: 2, retryOfId: null },
    ]);
    // The later migration marks each browser's unfinished practice run of a set, the newest of two.
    expect(rows('SELECT "id" FROM "Attempt" WHERE "openPracticeSetId" IS NOT NULL')).toEqual([{ id: 'orphan' }]);
    expect(rows('SELECT "id", "startedAttempts" FROM "Assignment" ORDER BY "id"')).toEqual([
      { id: 'a1', startedAttempts: 3 },
      { id: 'a2', startedAttempts: 0 },
    ]);
    expect(rows('SELECT "id", "invitedById" FROM "StaffInvitation" ORDER BY "id"')).toEqual([
      { id: 'i1', invitedById: 'u1' },
      { id: 'i2', invitedById: null },
    ]);
    // The device that was linked to two students of the class keeps its newest link, as the app left it.
    expect(rows('SELECT "id", "studentId", "classroomId" FROM "StudentDevice" ORDER BY "id"')).toEqual([
      { id: 'newer', studentId: 's2', classroomId: 'c1' },
      { id: 'own', studentId: 's2', classroomId: 'c1' },
    ]);
    expect(rows('SELECT "id" FROM "Answer"')).toEqual([{ id: 'n1' }]);
    expect(rows('SELECT "id" FROM "AssignmentOverride"')).toEqual([{ id: 'o1' }]);
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    // Graded history now survives: deleting a student or an assignment with attempts is refused.
    sqlite.pragma('foreign_keys = ON');
    expect(() => sqlite.exec(`DELETE FROM "Student" WHERE "id" = 's1'`)).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.exec(`DELETE FROM "Assignment" WHERE "id" = 'a1'`)).toThrow(/FOREIGN KEY/);
    sqlite.close();
  });
});
