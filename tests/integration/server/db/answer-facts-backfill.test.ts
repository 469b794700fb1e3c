import { describe, expect, it } from 'vitest';
import { getContentLibrary } from '@/server/content/library';
import { backfillAnswerFacts } from '@/server/db/answer-facts-backfill';
import { createAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';

/*
 * Answers stored before the app recorded their analysis facts get them at the next start, from
 * what each answer stored: the same facts the answer would have been stored with today.
 */

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];
const findScenario = (id: string) => getContentLibrary().scenarios.get(id);

/** An attempt answered today, and its facts as recorded with the answers. */
async function answeredAttempt() {
  const device = anonymousDevice();
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  const answers = { 'relink-chat': wrongResponses('relink-chat'), 'refund-call': correctResponses('refund-call'), 'real-notice': wrongResponses('real-notice') };
  for (const [position, scenarioId] of ITEMS.entries()) expect(await answerScenario(device, id, position, answers[scenarioId as keyof typeof answers])).toMatchObject({ ok: true });
  return id;
}

async function factsOf(attemptId: string) {
  const rows = await db.answer.findMany({
    where: { attemptId },
    orderBy: [{ position: 'asc' }, { stage: 'asc' }],
    select: {
      id: true,
      position: true,
      stage: true,
      decisionOutcome: true,
      choices: { select: { scenarioId: true, questionId: true, optionId: true, isKey: true }, orderBy: [{ questionId: 'asc' }, { optionId: 'asc' }] },
      questions: { select: { scenarioId: true, questionId: true, score: true, isCorrect: true }, orderBy: { questionId: 'asc' } },
    },
  });
  return rows;
}

/** Makes the attempt's answers look as they were stored before facts were recorded. */
async function forgetFacts(attemptId: string) {
  const answerIds = (await db.answer.findMany({ where: { attemptId }, select: { id: true } })).map((row) => row.id);
  await db.answerQuestion.deleteMany({ where: { answerId: { in: answerIds } } });
  await db.answerChoice.deleteMany({ where: { answerId: { in: answerIds } } });
  await db.answer.updateMany({ where: { id: { in: answerIds } }, data: { decisionOutcome: null } });
}

describe('recording the facts of earlier answers', () => {
  it('gives each answer the facts it would be stored with today, and touches nothing the second time', async () => {
    const attemptId = await answeredAttempt();
    const recorded = await factsOf(attemptId);
    expect(recorded.flatMap((row) => row.questions).length).toBeGreaterThan(0);
    await forgetFacts(attemptId);
    expect((await factsOf(attemptId)).flatMap((row) => [...row.questions, ...row.choices])).toEqual([]);

    // Other tests' answers share the database: only this attempt's rows are compared.
    const first = await backfillAnswerFacts(findScenario, 2);
    expect(first.answers).toBeGreaterThanOrEqual(recorded.length);
    expect(await factsOf(attemptId)).toEqual(recorded);

    expect(await backfillAnswerFacts(findScenario)).toEqual({ answers: 0, withoutChoices: 0, withoutOutcome: 0 });
    expect(await factsOf(attemptId)).toEqual(recorded);
  });

  it('keeps question scores of answers to changed scenarios, and the decision only when it was a verdict', async () => {
    const attemptId = await answeredAttempt();
    const recorded = await factsOf(attemptId);
    await forgetFacts(attemptId);
    await db.answer.updateMany({ where: { attemptId }, data: { scenarioVersion: 'an-earlier-version' } });

    const report = await backfillAnswerFacts(findScenario);
    const after = await factsOf(attemptId);
    expect(after.map((row) => row.questions)).toEqual(recorded.map((row) => row.questions));
    expect(after.flatMap((row) => row.choices)).toEqual([]);
    expect(report.withoutChoices).toBeGreaterThanOrEqual(after.length);
    // refund-call and real-notice decide with a verdict question, so their meaning survives; relink-chat decides with options.
    const decidesByVerdict = (position: number) => findScenario(ITEMS[position])!.byLocale['zh-CN'].questions[0].type === 'verdict';
    expect(ITEMS.map((_, position) => decidesByVerdict(position))).toEqual([false, true, true]);
    const decisions = (rows: typeof recorded) => rows.filter((row) => row.stage !== 'follow-up');
    expect(decisions(after).map((row) => row.decisionOutcome)).toEqual(decisions(recorded).map((row) => (decidesByVerdict(row.position) ? row.decisionOutcome : null)));
    expect(decisions(after).map((row) => row.decisionOutcome)).toEqual([null, 'safe', 'false_alarm']);
  });
});
