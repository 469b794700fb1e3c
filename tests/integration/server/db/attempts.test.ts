import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnswerSubmission } from '@/domain/quiz/schemas';
import { getContentLibrary } from '@/server/content/library';
import { createAttempt, getAttempt, listOpenAttempts, recordAnswer } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { anonymousViewer } from '../../../factories/viewers';

const findScenario = (id: string) => getContentLibrary().scenarios.get(id);
const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];

const correct: Record<string, AnswerSubmission['responses']> = {
  'relink-chat': { q1: { type: 'single', choice: 'b' }, q2: { type: 'spot', lines: ['0-5', '0-6'] } },
  'refund-call': { q1: { type: 'multiple', choices: ['a', 'c'] }, q2: { type: 'verdict', choice: 'scam' } },
  'real-notice': { q1: { type: 'verdict', choice: 'legitimate' } },
};

function submission(attemptId: string, position: number, overrides: Partial<AnswerSubmission> = {}): AnswerSubmission {
  const scenarioId = ITEMS[position];
  return { attemptId, position, scenarioId, clientAnswerId: randomUUID(), responses: correct[scenarioId], ...overrides };
}

async function startAttempt() {
  const viewer = anonymousViewer();
  const { id } = await createAttempt(viewer, { setId: 'fixture-set', items: ITEMS, locale: 'zh-CN' });
  return { viewer, id };
}

describe('attempt lifecycle', () => {
  it('scores each answer on the server and submits the attempt after the last one', async () => {
    const { viewer, id } = await startAttempt();
    for (const position of [0, 1]) {
      const result = await recordAnswer(viewer, submission(id, position), findScenario);
      expect(result).toMatchObject({ ok: true, value: { position, isComplete: false, score: 1 } });
    }
    expect(await listOpenAttempts(viewer)).toEqual([{ id, setId: 'fixture-set', answered: 2, total: 3 }]);
    const last = await recordAnswer(viewer, submission(id, 2, { responses: { q1: { type: 'verdict', choice: 'scam' } } }), findScenario);
    expect(last).toMatchObject({ ok: true, value: { isComplete: true, score: 0 } });

    const attempt = await getAttempt(viewer, id);
    expect(attempt?.status).toBe('submitted');
    expect(attempt?.score).toBe(2);
    expect(attempt?.answers.map((answer) => answer.scenarioVersion)).toEqual(ITEMS.map((item) => findScenario(item)!.version));
    expect(await listOpenAttempts(viewer)).toEqual([]);
  });

  it('gives partial credit for a multiple-choice answer with one wrong pick', async () => {
    const { viewer, id } = await startAttempt();
    await recordAnswer(viewer, submission(id, 0), findScenario);
    const result = await recordAnswer(viewer, submission(id, 1, { responses: { q1: { type: 'multiple', choices: ['a', 'b', 'c'] }, q2: { type: 'verdict', choice: 'scam' } } }), findScenario);
    // q1: (2 hits - 1 false alarm) / 2 keys = 0.5; q2: 1; mean 0.75.
    expect(result).toMatchObject({ ok: true, value: { score: 0.75 } });
  });
});

describe('exactly-once answers', () => {
  it('stores an answer sent twice with the same id once and returns the first result', async () => {
    const { viewer, id } = await startAttempt();
    const first = submission(id, 0);
    const results = await Promise.all([recordAnswer(viewer, first, findScenario), recordAnswer(viewer, first, findScenario)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.answer.count({ where: { attemptId: id } })).toBe(1);
    const again = await recordAnswer(viewer, first, findScenario);
    expect(again).toMatchObject({ ok: true, value: { replayed: true, score: 1 } });
    expect(await db.answer.count({ where: { attemptId: id } })).toBe(1);
  });

  it('refuses a second, different answer to the same scenario (a second tab) and keeps the first', async () => {
    const { viewer, id } = await startAttempt();
    await recordAnswer(viewer, submission(id, 0), findScenario);
    const second = await recordAnswer(viewer, submission(id, 0, { responses: { q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: [] } } }), findScenario);
    expect(second).toMatchObject({ ok: false, code: 'already_answered' });
    const attempt = await getAttempt(viewer, id);
    expect(attempt?.answers).toHaveLength(1);
    expect(attempt?.answers[0].score).toBe(1);
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['a position past the end of the attempt', { position: 7, scenarioId: 'relink-chat' }, 'not_in_attempt'],
    ['a scenario that is not at that position', { position: 0, scenarioId: 'refund-call' }, 'not_in_attempt'],
    ['an option the question does not have', { responses: { q1: { type: 'single', choice: 'z' }, q2: { type: 'spot', lines: [] } } }, 'answer_invalid'],
    ['a missing question', { responses: { q1: { type: 'single', choice: 'b' } } }, 'answer_incomplete'],
    ['a spot line that does not exist', { responses: { q1: { type: 'single', choice: 'b' }, q2: { type: 'spot', lines: ['9-9'] } } }, 'answer_invalid'],
  ] as const)('refuses %s', async (_label, overrides, code) => {
    const { viewer, id } = await startAttempt();
    const result = await recordAnswer(viewer, submission(id, 0, overrides as Partial<AnswerSubmission>), findScenario);
    expect(result).toMatchObject({ ok: false, code });
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses an answer after the attempt ended', async () => {
    const { viewer, id } = await startAttempt();
    for (const position of [0, 1, 2]) await recordAnswer(viewer, submission(id, position), findScenario);
    const before = await getAttempt(viewer, id);
    const late = await recordAnswer(viewer, submission(id, 1), findScenario);
    expect(late).toMatchObject({ ok: false, code: 'attempt_closed', message: 'errors.attempt.closed' });
    expect(await getAttempt(viewer, id)).toEqual(before);
  });

  it("refuses an answer to someone else's attempt as if it did not exist", async () => {
    const { id } = await startAttempt();
    const stranger = anonymousViewer();
    expect(await recordAnswer(stranger, submission(id, 0), findScenario)).toMatchObject({ ok: false, code: 'attempt_not_found' });
    expect(await getAttempt(stranger, id)).toBeUndefined();
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses to reuse an answer id for another scenario', async () => {
    const { viewer, id } = await startAttempt();
    const first = submission(id, 0);
    await recordAnswer(viewer, first, findScenario);
    const reused = await recordAnswer(viewer, submission(id, 1, { clientAnswerId: first.clientAnswerId }), findScenario);
    expect(reused).toMatchObject({ ok: false, code: 'answer_id_conflict' });
    expect(await db.answer.count()).toBe(1);
  });
});
