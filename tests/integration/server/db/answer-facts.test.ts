import { describe, expect, it } from 'vitest';
import { createAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';

/*
 * What results reports count is stored with each answer: what the decision meant, and every option
 * chosen and line marked, with whether it belongs to the key, and how each question scored. Written in the answer's transaction,
 * once, like the answer itself.
 */

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];

async function answered(answers: Record<string, ReturnType<typeof correctResponses>>) {
  const device = anonymousDevice();
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  for (const [position, scenarioId] of ITEMS.entries()) expect(await answerScenario(device, id, position, answers[scenarioId])).toMatchObject({ ok: true });
  const rows = await db.answer.findMany({ where: { attemptId: id }, select: {
      scenarioId: true,
      stage: true,
      decisionOutcome: true,
      responseJson: true,
      choices: { select: { questionId: true, optionId: true, isKey: true, scenarioId: true } },
      questions: { select: { questionId: true, score: true, isCorrect: true, scenarioId: true } },
    },
  });
  return rows;
}

describe('the facts stored with each answer', () => {
  it('mark a scam trusted as fell_for_it and a genuine message distrusted as false_alarm, on the decision row only', async () => {
    const rows = await answered({ 'relink-chat': wrongResponses('relink-chat'), 'refund-call': correctResponses('refund-call'), 'real-notice': wrongResponses('real-notice') });
    const outcomes = rows.map((row) => [row.scenarioId, row.stage, row.decisionOutcome]).sort();
    expect(outcomes).toEqual(
      [
        ['real-notice', 'decision', 'false_alarm'],
        ['refund-call', 'decision', 'safe'],
        ['refund-call', 'follow-up', null],
        ['relink-chat', 'decision', 'fell_for_it'],
        ['relink-chat', 'follow-up', null],
      ].sort(),
    );
  });

  it('list every choice with its scenario and whether it is in the key', async () => {
    const rows = await answered({ 'relink-chat': correctResponses('relink-chat'), 'refund-call': wrongResponses('refund-call'), 'real-notice': correctResponses('real-notice') });
    const choices = rows.flatMap((row) => row.choices).sort((a, b) => `${a.scenarioId}/${a.questionId}/${a.optionId}`.localeCompare(`${b.scenarioId}/${b.questionId}/${b.optionId}`));
    // relink-chat: the right option b and both red-flag lines; refund-call: every choice wrong, none in the key.
    const wrongRefund = wrongResponses('refund-call');
    expect(choices).toEqual(
      [
        { scenarioId: 'real-notice', questionId: 'q1', optionId: 'legitimate', isKey: true },
        ...Object.entries(wrongRefund).flatMap(([questionId, response]) =>
          response.type === 'verdict' ? [{ scenarioId: 'refund-call', questionId, optionId: response.choice, isKey: false }] : response.type === 'multiple' ? response.choices.map((optionId) => ({ scenarioId: 'refund-call', questionId, optionId, isKey: false })) : [],
        ),
        { scenarioId: 'relink-chat', questionId: 'q1', optionId: 'b', isKey: true },
        { scenarioId: 'relink-chat', questionId: 'q2', optionId: '0-5', isKey: true },
        { scenarioId: 'relink-chat', questionId: 'q2', optionId: '0-6', isKey: true },
      ].sort((a, b) => `${a.scenarioId}/${a.questionId}/${a.optionId}`.localeCompare(`${b.scenarioId}/${b.questionId}/${b.optionId}`)),
    );
  });

  it('score every answered question of every stage, as the answer itself scored it', async () => {
    const rows = await answered({ 'relink-chat': correctResponses('relink-chat'), 'refund-call': wrongResponses('refund-call'), 'real-notice': correctResponses('real-notice') });
    const byKey = (a: { scenarioId: string; questionId: string }, b: { scenarioId: string; questionId: string }) => `${a.scenarioId}/${a.questionId}`.localeCompare(`${b.scenarioId}/${b.questionId}`);
    const questions = rows.flatMap((row) => row.questions).sort(byKey);
    const scoredInResponses = rows
      .flatMap((row) => (JSON.parse(row.responseJson) as { questionScores: { questionId: string; score: number; isCorrect: boolean }[] }).questionScores.map((question) => ({ ...question, scenarioId: row.scenarioId })))
      .sort(byKey);
    expect(questions).toEqual(scoredInResponses);
    expect(questions.filter((question) => question.scenarioId === 'refund-call').every((question) => !question.isCorrect && question.score === 0)).toBe(true);
    expect(questions.filter((question) => question.scenarioId !== 'refund-call').every((question) => question.isCorrect && question.score === 1)).toBe(true);
    expect(new Set(questions.map((question) => question.scenarioId))).toEqual(new Set(ITEMS));
  });
});
