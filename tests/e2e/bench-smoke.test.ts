import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { AnswerPlans } from '../../bench/app-data';
import { readActionIds } from '../../bench/http';
import { answerPlans, loadHomePage, loadQuestionPage, measureAnswers, measureStudents, startPracticeAttempts, type Target } from '../../bench/suite';
import { openDatabase } from '../../bench/verify';

/*
 * `npm run bench` in a few seconds, against the e2e server: every load with few connections and
 * 20 students, through the benchmark's own modules. It asserts that nothing fails and that the
 * database holds exactly what was acknowledged, never how fast (the shared test machine's speed
 * says nothing). The reference app is left out: it is not ScamSense.
 */

const root = resolve('.');
const load = { connections: 4, duration: 2 };
let target: Target;
let plans: AnswerPlans;

beforeAll(() => {
  const databaseUrl = inject('databaseUrl');
  target = { root, baseUrl: inject('baseUrl'), ids: readActionIds(root), env: { DATABASE_URL: databaseUrl, CONTENT_ROOT: root }, db: openDatabase(databaseUrl) };
  plans = answerPlans(target);
});

afterAll(() => target?.db.close());

describe('the benchmark, briefly: no errors, answers stored exactly once (speed not asserted)', () => {
  it('serves the home page and an unanswered question page under load without an error', async () => {
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
