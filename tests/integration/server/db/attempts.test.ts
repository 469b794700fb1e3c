import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { AnswerSubmission, QuestionResponse } from '@/domain/quiz/schemas';
import { getContentLibrary } from '@/server/content/library';
import { createAttempt, listOpenAttempts, loadAttemptSubmittingExpired, recordAnswer } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { getStepData } from '@/server/quiz/pages';
import { answerScenario, stageSubmission } from '../../../factories/answers';
import { anonymousDevice } from '../../../factories/devices';

const findScenario = (id: string) => getContentLibrary().scenarios.get(id);
const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];

// Written with question and option ids; the factory turns them into the handles the browser sends.
const correct: Record<string, Record<string, QuestionResponse>> = {
  'relink-chat': { q1: { type: 'single', choice: 'b' }, q2: { type: 'spot', lines: ['0-5', '0-6'] } },
  'refund-call': { q2: { type: 'verdict', choice: 'scam' }, q1: { type: 'multiple', choices: ['a', 'c'] } },
  'real-notice': { q1: { type: 'verdict', choice: 'legitimate' } },
};

async function startAttempt() {
  const viewer = anonymousDevice();
  const { id } = await createAttempt(viewer, { setId: 'fixture-set', items: ITEMS, locale: 'zh-CN' });
  return { viewer, id };
}

async function decision(viewer: ReturnType<typeof anonymousDevice>, id: string, position: number, overrides: Partial<AnswerSubmission> = {}) {
  return { ...(await stageSubmission(id, position, 'decision', correct[ITEMS[position]])), ...overrides };
}

describe('attempt lifecycle', () => {
  it('scores each scenario in two stages on the server and submits the attempt after the last one', async () => {
    const { viewer, id } = await startAttempt();
    const first = await recordAnswer(viewer, await decision(viewer, id, 0), findScenario);
    expect(first).toMatchObject({ ok: true, value: { position: 0, stage: 'decision', isComplete: false } });
    // The decision is stored, the scenario is not finished: "continue" still counts it as open.
    expect(await listOpenAttempts(viewer)).toEqual([{ id, setId: 'fixture-set', answered: 0, total: 3 }]);
    expect((await loadAttemptSubmittingExpired(viewer, id))?.answers[0]).toMatchObject({ hasDecision: true, isComplete: false, score: 0.5 });
    await recordAnswer(viewer, await stageSubmission(id, 0, 'follow-up', correct['relink-chat']), findScenario);
    await answerScenario(viewer, id, 1, correct['refund-call']);
    expect(await listOpenAttempts(viewer)).toEqual([{ id, setId: 'fixture-set', answered: 2, total: 3 }]);
    const last = await answerScenario(viewer, id, 2, { q1: { type: 'verdict', choice: 'scam' } });
    expect(last).toMatchObject({ ok: true, value: { isComplete: true } });

    const attempt = await loadAttemptSubmittingExpired(viewer, id);
    expect(attempt?.status).toBe('submitted');
    expect(attempt?.score).toBe(2);
    expect(attempt?.answers.map((answer) => answer.score)).toEqual([1, 1, 0]);
    expect(attempt?.answers.map((answer) => answer.scenarioVersion)).toEqual(ITEMS.map((item) => findScenario(item)!.version));
    expect(await listOpenAttempts(viewer)).toEqual([]);
  });

  it('gates the scenario on the decision: a wrong decision scores 0 whatever the follow-ups say', async () => {
    const { viewer, id } = await startAttempt();
    await answerScenario(viewer, id, 1, { ...correct['refund-call'], q2: { type: 'verdict', choice: 'legitimate' } });
    expect((await loadAttemptSubmittingExpired(viewer, id))?.answers[0]).toMatchObject({ isComplete: true, score: 0 });
  });

  it('gives the follow-ups half the scenario, with partial credit for a multiple-choice answer with one wrong pick', async () => {
    const { viewer, id } = await startAttempt();
    const result = await answerScenario(viewer, id, 1, { ...correct['refund-call'], q1: { type: 'multiple', choices: ['a', 'b', 'c'] } });
    expect(result).toMatchObject({ ok: true });
    // decision 1; follow-up (2 hits - 1 false alarm) / 2 keys = 0.5; score 1 x (0.5 + 0.5 x 0.5).
    expect((await loadAttemptSubmittingExpired(viewer, id))?.answers[0].score).toBe(0.75);
  });

  it('stores the options the student picked by their ids, whatever handles the browser saw', async () => {
    const { viewer, id } = await startAttempt();
    await answerScenario(viewer, id, 1, correct['refund-call']);
    const stored = (await loadAttemptSubmittingExpired(viewer, id))?.answers[0];
    expect(stored?.responses).toEqual(correct['refund-call']);
  });
});

describe('exactly-once answers', () => {
  it('stores a stage sent twice with the same id once and returns the first result', async () => {
    const { viewer, id } = await startAttempt();
    const first = await decision(viewer, id, 0);
    const results = await Promise.all([recordAnswer(viewer, first, findScenario), recordAnswer(viewer, first, findScenario)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect(await db.answer.count({ where: { attemptId: id } })).toBe(1);
    const again = await recordAnswer(viewer, first, findScenario);
    expect(again).toMatchObject({ ok: true, value: { replayed: true, stage: 'decision' } });
    expect(await db.answer.count({ where: { attemptId: id } })).toBe(1);
  });

  it('refuses a second, different decision (a second tab) and keeps the first', async () => {
    const { viewer, id } = await startAttempt();
    await recordAnswer(viewer, await decision(viewer, id, 0), findScenario);
    const second = await recordAnswer(viewer, await stageSubmission(id, 0, 'decision', { q1: { type: 'single', choice: 'a' } }), findScenario);
    expect(second).toMatchObject({ ok: false, code: 'already_answered' });
    const attempt = await loadAttemptSubmittingExpired(viewer, id);
    expect(attempt?.answers).toHaveLength(1);
    expect(attempt?.answers[0].score).toBe(0.5);
  });

  it('refuses follow-ups before the decision, and a second set of follow-ups', async () => {
    const { viewer, id } = await startAttempt();
    const early = await recordAnswer(viewer, await stageSubmission(id, 0, 'follow-up', correct['relink-chat']), findScenario);
    expect(early).toMatchObject({ ok: false, code: 'decision_first' });
    expect(await db.answer.count()).toBe(0);
    await answerScenario(viewer, id, 0, correct['relink-chat']);
    const again = await recordAnswer(viewer, await stageSubmission(id, 0, 'follow-up', correct['relink-chat']), findScenario);
    expect(again).toMatchObject({ ok: false, code: 'already_answered' });
    expect(await db.answer.count()).toBe(2);
  });

  it('refuses follow-ups for a scenario that has none', async () => {
    const { viewer, id } = await startAttempt();
    await answerScenario(viewer, id, 2, correct['real-notice']);
    const extra = await recordAnswer(viewer, { attemptId: id, position: 2, stage: 'follow-up', clientAnswerId: randomUUID(), responses: [{ type: 'spot', lines: [] }] }, findScenario);
    expect(extra).toMatchObject({ ok: false });
    expect(await db.answer.count()).toBe(1);
  });
});

describe('refusals change nothing', () => {
  it.each([
    ['a position past the end of the attempt', { position: 7 }, 'not_in_attempt'],
    ['a handle the question does not show', { responses: [{ type: 'single', choice: 'c6' }] }, 'answer_invalid'],
    ['an answer of the wrong type', { responses: [{ type: 'verdict', choice: 'scam' }] }, 'answer_invalid'],
    ['more responses than the stage asks', { responses: [{ type: 'single', choice: 'c1' }, { type: 'spot', lines: [] }] }, 'answer_incomplete'],
  ] as const)('refuses %s', async (_label, overrides, code) => {
    const { viewer, id } = await startAttempt();
    const result = await recordAnswer(viewer, await decision(viewer, id, 0, overrides as Partial<AnswerSubmission>), findScenario);
    expect(result).toMatchObject({ ok: false, code });
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses a spot line that does not exist', async () => {
    const { viewer, id } = await startAttempt();
    await recordAnswer(viewer, await decision(viewer, id, 0), findScenario);
    const result = await recordAnswer(viewer, await stageSubmission(id, 0, 'follow-up', { q2: { type: 'spot', lines: ['9-9'] } }), findScenario);
    expect(result).toMatchObject({ ok: false, code: 'answer_invalid' });
    expect(await db.answer.count()).toBe(1);
  });

  it('refuses an answer after the attempt ended', async () => {
    const { viewer, id } = await startAttempt();
    for (const position of [0, 1, 2]) await answerScenario(viewer, id, position, correct[ITEMS[position]]);
    const before = await loadAttemptSubmittingExpired(viewer, id);
    const late = await recordAnswer(viewer, await decision(viewer, id, 1), findScenario);
    expect(late).toMatchObject({ ok: false, code: 'attempt_closed', message: 'errors.attempt.closed' });
    expect(await loadAttemptSubmittingExpired(viewer, id)).toEqual(before);
  });

  it("refuses an answer to someone else's attempt as if it did not exist", async () => {
    const { viewer, id } = await startAttempt();
    const stranger = anonymousDevice();
    expect(await recordAnswer(stranger, await decision(viewer, id, 0), findScenario)).toMatchObject({ ok: false, code: 'attempt_not_found' });
    expect(await loadAttemptSubmittingExpired(stranger, id)).toBeUndefined();
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses to reuse an answer id for another scenario or stage', async () => {
    const { viewer, id } = await startAttempt();
    const first = await decision(viewer, id, 0);
    await recordAnswer(viewer, first, findScenario);
    const reused = await recordAnswer(viewer, await decision(viewer, id, 1, { clientAnswerId: first.clientAnswerId }), findScenario);
    expect(reused).toMatchObject({ ok: false, code: 'answer_id_conflict' });
    const otherStage = await recordAnswer(viewer, { ...(await stageSubmission(id, 0, 'follow-up', correct['relink-chat'])), clientAnswerId: first.clientAnswerId }, findScenario);
    expect(otherStage).toMatchObject({ ok: false, code: 'answer_id_conflict' });
    expect(await db.answer.count()).toBe(1);
  });
});

describe('resuming at the right stage', () => {
  it('shows the decision alone, then the follow-ups with the committed decision, then the review', async () => {
    const { viewer, id } = await startAttempt();
    const first = await getStepData(viewer, id, 1, 'en');
    expect(first).toMatchObject({ kind: 'question', play: { stage: 'decision', questions: [{ type: 'single' }] } });
    expect(first.kind === 'question' && first.committedDecision).toBeFalsy();
    await recordAnswer(viewer, await decision(viewer, id, 0), findScenario);
    // A reload (a fresh read) lands on the follow-ups, not on the decision again.
    const second = await getStepData(viewer, id, 1, 'en');
    expect(second).toMatchObject({ kind: 'question', play: { stage: 'follow-up', questions: [{ type: 'spot' }] }, committedDecision: { kind: 'option', text: 'Check the order in the app' } });
    await recordAnswer(viewer, await stageSubmission(id, 0, 'follow-up', correct['relink-chat']), findScenario);
    expect(await getStepData(viewer, id, 1, 'en')).toMatchObject({ kind: 'review', answer: { isComplete: true, score: 1 } });
  });
});
