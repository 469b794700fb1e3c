import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AnswerPlans } from '../../bench/app-data';
import { createBenchDatabase, type BenchDatabase } from '../../bench/database';
import { readActionIds } from '../../bench/http';
import { prepareDatabase, startApp, type Server } from '../../bench/servers';
import { answerPlans, loadHomePage, loadQuestionPage, measureAnswers, measureStudents, startPracticeAttempts, type Target } from '../../bench/suite';
import { openDatabaseReader, type DatabaseReader } from '../../bench/verify';
import { postgresAdminUrl, testProvider } from '../setup/test-database';

/*
 * `npm run bench` in a few seconds, against the e2e server: every load with few connections and
 * 20 students, through the benchmark's own modules. It asserts that nothing fails and that the
 * database holds exactly what was acknowledged, never how fast (the shared test machine's speed
 * says nothing). The reference app is left out: it is not ScamSense.
 *
 * With SCAMSENSE_TEST_DATABASE=postgresql (and SCAMSENSE_TEST_POSTGRES_URL) it runs against a server
 * of its own on a fresh PostgreSQL database, as `npm run bench -- --database postgresql` does, and
 * drops that database afterwards; the other e2e tests keep their SQLite server.
 */

const root = resolve('.');
const load = { connections: 4, duration: 2 };
const POSTGRESQL_PORT = 3492;
let target: Target;
let plans: AnswerPlans;
let db: DatabaseReader | undefined;
let postgresql: { folder: string; database?: BenchDatabase; server?: Server } | undefined;

beforeAll(async () => {
  let baseUrl = inject('baseUrl');
  let databaseUrl = inject('databaseUrl');
  if (testProvider === 'postgresql') {
    postgresql = { folder: mkdtempSync(join(tmpdir(), 'scamsense-bench-smoke-')) };
    postgresql.database = await createBenchDatabase('postgresql', postgresql.folder, postgresAdminUrl());
    databaseUrl = postgresql.database.url;
    prepareDatabase(root, databaseUrl);
    postgresql.server = await startApp(root, POSTGRESQL_PORT, { DATABASE_URL: databaseUrl, AUTH_SECRET_FILE: join(postgresql.folder, 'auth-secret') });
    baseUrl = postgresql.server.url;
  }
  db = await openDatabaseReader(databaseUrl);
  target = { root, baseUrl, ids: readActionIds(root), env: { DATABASE_URL: databaseUrl, CONTENT_ROOT: root }, db };
  plans = answerPlans(target);
});

afterAll(async () => {
  await db?.close();
  if (!postgresql) return;
  await postgresql.server?.stop();
  await postgresql.database?.drop();
  rmSync(postgresql.folder, { recursive: true, force: true });
});

describe('the benchmark, briefly: no errors, answers stored exactly once (speed not asserted)', () => {
  it('serves the home page and an unanswered question page under load without an error', async () => {
    expect(db?.provider).toBe(testProvider);
    const [attempt] = await startPracticeAttempts(target, plans, 1, 1, 9000);
    for (const line of [await loadHomePage(target, load), await loadQuestionPage(target, attempt, load)]) {
      expect(line.requests, line.name).toBeGreaterThan(0);
      expect({ line: line.name, errors: line.errors, samples: line.samples }).toEqual({ line: line.name, errors: 0, samples: [] });
    }
  });

  it('stores every acknowledged answer exactly once, distinct answers and one answer replayed', async () => {
    const answers = await measureAnswers(target, plans, 300, load, 9001);
    for (const line of [answers.distinct, answers.replay]) {
      expect({ line: line.name, errors: line.errors, samples: line.samples }).toEqual({ line: line.name, errors: 0, samples: [] });
    }
    expect(answers.distinct.acknowledged.length).toBeGreaterThan(0);
    expect(answers.distinctCheck).toMatchObject({ ok: true, missing: 0, duplicated: 0, storedOnce: answers.distinct.acknowledged.length });
    expect(answers.replay.acknowledgedCount).toBe(answers.replay.requests);
    expect(answers.replayCheck).toMatchObject({ ok: true, storedOnce: 1, missing: 0, duplicated: 0, storedNotAcknowledged: 0 });
  });

  it('takes 20 students from the join link to their first question, each with exactly one attempt', async () => {
    const students = await measureStudents(target, 20, 10, 8, 'deliveries-and-friends-assessment');
    expect(students.result.failures).toEqual([]);
    expect(students.result.steps.map((step) => step.count)).toEqual([20, 20, 20, 20]);
    expect(students.check).toEqual({ students: 20, withOneAttempt: 20, withoutAttempt: 0, withMoreAttempts: 0, ok: true });
  });
});
