import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/content/scenario';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { createAttempt, recordAnswer, submitAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { answerScenario, stageSubmission } from '../../../../factories/answers';
import { correctResponses } from '../../../../factories/classes';
import { anonymousDevice } from '../../../../factories/devices';
import { secondConnection } from '../../../../factories/second-connection';

/*
 * Answers and submissions of one attempt arriving together, as from two tabs or two app
 * instances: every stored answer is counted in the attempt's score, the attempt is submitted once,
 * and an answer that loses to the submission is refused and leaves nothing behind.
 */

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];
const library = () => getContentLibrary();
const findScenario = (id: string) => library().scenarios.get(id);
const ROUNDS = 6;

async function newAttempt(): Promise<{ device: Device; id: string }> {
  const device = anonymousDevice();
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  return { device, id };
}

const answerCorrectly = (device: Device, id: string, position: number) => answerScenario(device, id, position, correctResponses(ITEMS[position]));

async function stored(id: string) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id }, select: { status: true, score: true, submittedAt: true } });
  const answers = await db.answer.aggregate({ where: { attemptId: id }, _sum: { score: true }, _count: true });
  return { ...attempt, answerSum: answers._sum.score ?? 0, answerRows: answers._count };
}

describe('parallel answers to every position of one attempt', () => {
  it('submits the attempt exactly once, with every answer in its score', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { device, id } = await newAttempt();
      const results = await Promise.all(ITEMS.map((_, position) => answerCorrectly(device, id, position)));
      expect(results.every((result) => result.ok)).toBe(true);
      // The answer that found every scenario complete submitted it; none other did.
      expect(results.filter((result) => result.ok && result.value.isComplete)).toHaveLength(1);
      const after = await stored(id);
      expect(after).toMatchObject({ status: 'submitted', score: 3, answerSum: 3 });
      expect(after.submittedAt).not.toBeNull();
    }
  });

  it('submits when the other last answer is stored between this one\'s checks and its write', async () => {
    const other = secondConnection();
    try {
      const { device, id } = await newAttempt();
      await answerCorrectly(device, id, 0);
      await answerCorrectly(device, id, 1);
      // The decision of the one-question scenario at position 2, as the player sends it.
      const last = await stageSubmission(id, 2, 'decision', correctResponses(ITEMS[2]));
      // Position 1's rows go, and come back (as another request's commit) while this answer is
      // between reading the attempt (one scenario missing besides its own) and storing its row.
      other.run('CREATE TABLE "HeldAnswer" AS SELECT * FROM "Answer" WHERE "attemptId" = ? AND "position" = 1', id);
      other.run('DELETE FROM "Answer" WHERE "attemptId" = ? AND "position" = 1', id);
      const meanwhile = (scenarioId: string): Scenario | undefined => {
        other.run('INSERT INTO "Answer" SELECT * FROM "HeldAnswer"');
        other.run('DROP TABLE "HeldAnswer"');
        return findScenario(scenarioId);
      };
      const result = await recordAnswer(device, last, meanwhile);
      expect(result).toMatchObject({ ok: true, value: { isComplete: true } });
      expect(await stored(id)).toMatchObject({ status: 'submitted', score: 3, answerSum: 3 });
    } finally {
      other.close();
    }
  });
});

describe('the same answer sent twice at once', () => {
  it('acknowledges the copy when the original stored it and submitted the attempt between the copy\'s checks and its write', async () => {
    const other = secondConnection();
    try {
      const { device, id } = await newAttempt();
      await answerCorrectly(device, id, 0);
      await answerCorrectly(device, id, 1);
      // The last answer, stored once; then its row is moved aside and the attempt reopened, so the
      // copy (the same answer id, a double click or a retry) finds neither while it checks.
      const last = await stageSubmission(id, 2, 'decision', correctResponses(ITEMS[2]));
      expect(await recordAnswer(device, last, findScenario)).toMatchObject({ ok: true, value: { isComplete: true } });
      const before = await stored(id);
      other.run('CREATE TABLE "HeldAnswer" AS SELECT * FROM "Answer" WHERE "clientAnswerId" = ?', last.clientAnswerId);
      other.run('DELETE FROM "Answer" WHERE "clientAnswerId" = ?', last.clientAnswerId);
      other.run(`UPDATE "Attempt" SET "status" = 'in_progress' WHERE "id" = ?`, id);
      // The original commits (its row and the submission) after the copy's checks, before its write.
      const meanwhile = (scenarioId: string): Scenario | undefined => {
        other.run('INSERT INTO "Answer" SELECT * FROM "HeldAnswer"');
        other.run('DROP TABLE "HeldAnswer"');
        other.run(`UPDATE "Attempt" SET "status" = 'submitted' WHERE "id" = ?`, id);
        return findScenario(scenarioId);
      };
      expect(await recordAnswer(device, last, meanwhile)).toMatchObject({ ok: true, value: { replayed: true, isComplete: true } });
      expect(await stored(id)).toEqual(before);
    } finally {
      other.close();
    }
  });
});

describe('an answer racing the submission of its attempt', () => {
  it('is either stored and counted in the score, or refused as closed and not stored', async () => {
    for (let round = 0; round < ROUNDS * 2; round += 1) {
      const { device, id } = await newAttempt();
      await answerCorrectly(device, id, 0);
      const [answered, submitted] = await Promise.all([answerCorrectly(device, id, 1), submitAttempt(device, id)]);
      expect(submitted.ok).toBe(true);
      const after = await stored(id);
      expect(after.status).toBe('submitted');
      expect(after.score).toBe(after.answerSum);
      if (answered.ok) {
        expect(after.score).toBe(2);
      } else {
        expect(answered.code).toBe('attempt_closed');
      }
    }
  });

  it('refuses an answer whose attempt is submitted between its checks and its write, and stores nothing', async () => {
    const other = secondConnection();
    try {
      const { device, id } = await newAttempt();
      await answerCorrectly(device, id, 0);
      const submission = await stageSubmission(id, 2, 'decision', correctResponses(ITEMS[2]));
      const meanwhile = (scenarioId: string) => {
        other.run(`UPDATE "Attempt" SET "status" = 'submitted', "score" = 1 WHERE "id" = ?`, id);
        return findScenario(scenarioId);
      };
      expect(await recordAnswer(device, submission, meanwhile)).toMatchObject({ ok: false, code: 'attempt_closed' });
      expect(await stored(id)).toMatchObject({ status: 'submitted', score: 1, answerSum: 1 });
      expect(await db.answer.count({ where: { clientAnswerId: submission.clientAnswerId } })).toBe(0);
    } finally {
      other.close();
    }
  });

  it('keeps the submitted score equal to the stored answers when submissions and answers arrive together', async () => {
    const { device, id } = await newAttempt();
    await answerCorrectly(device, id, 0);
    // Whatever order the database runs them in, the attempt is submitted once, with the rows stored.
    const [submissions] = await Promise.all([Promise.all(Array.from({ length: 3 }, () => submitAttempt(device, id))), answerCorrectly(device, id, 1), answerCorrectly(device, id, 2)]);
    expect(submissions.every((result) => result.ok)).toBe(true);
    const after = await stored(id);
    expect(after.status).toBe('submitted');
    expect(after.score).toBe(after.answerSum);
  });
});
