import { describe, expect, it } from 'vitest';
import type { Scenario } from '@/domain/content/scenario';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { backfillAnswerFacts } from '@/server/db/answer-facts-backfill';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { recordAnswer, submitAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { loadItemAnalysisSubmittingExpired } from '@/server/db/item-analysis';
import { answerScenario, stageSubmission } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { secondConnection } from '../../../factories/second-connection';

/*
 * Each student's first submitted attempt of an assignment is marked when it is submitted, with the
 * question and choice facts of its answers, and no other attempt of that student is: the results
 * pages and item analysis count exactly the marked attempts.
 */

const T0 = new Date('2026-12-01T09:00:00Z');
const MINUTE = 60_000;
const library = () => getContentLibrary();
const findScenario = (id: string) => library().scenarios.get(id);
const content = { scenario: (id: string) => findScenario(id)?.byLocale.en, scenarioIdsOf: (setId: string) => library().sets.get(setId)?.scenarioIds ?? [] };

async function start(device: Device, assignmentId: string, at = T0): Promise<{ id: string; items: string[] }> {
  const started = await startAssignmentAttempt(device, assignmentId, (setId) => planAttemptItems(library().sets.get(setId)!), 'en', at);
  if (!started.ok) throw new Error(started.code);
  const { itemsJson } = await db.attempt.findUniqueOrThrow({ where: { id: started.value.attemptId }, select: { itemsJson: true } });
  return { id: started.value.attemptId, items: JSON.parse(itemsJson) as string[] };
}

async function answerAll(device: Device, attempt: { id: string; items: string[] }, at = T0) {
  for (const [position, scenarioId] of attempt.items.entries()) expect(await answerScenario(device, attempt.id, position, correctResponses(scenarioId), at)).toMatchObject({ ok: true });
}

/** Per attempt of the student, by number: its status, its mark, and the distinct marks its answers' facts carry. */
async function marks(studentId: string) {
  const attempts = await db.attempt.findMany({
    where: { studentId },
    orderBy: { attemptNumber: 'asc' },
    select: {
      attemptNumber: true,
      status: true,
      firstSubmittedOf: true,
      answers: { select: { questions: { select: { firstSubmittedOf: true } }, choices: { select: { firstSubmittedOf: true } } } },
    },
  });
  return attempts.map((attempt) => {
    const facts = attempt.answers.flatMap((answer) => [...answer.questions, ...answer.choices]);
    return { attemptNumber: attempt.attemptNumber, status: attempt.status, firstSubmittedOf: attempt.firstSubmittedOf, factMarks: [...new Set(facts.map((fact) => fact.firstSubmittedOf))] };
  });
}

async function classWithAssignment(rules: Parameters<typeof createTestAssignment>[2] = {}) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignmentId = await createTestAssignment(staff, classroomId, { attemptsAllowed: 3, ...rules }, T0);
  return { staff, joinCode, assignmentId };
}

describe('the first submitted attempt', () => {
  it('is the first of several attempts, marked with its answers\' facts; later ones and open ones are not', async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    const { device, studentId } = await joinAsStudent(joinCode);
    await answerAll(device, await start(device, assignmentId));
    await answerAll(device, await start(device, assignmentId));
    const third = await start(device, assignmentId);
    expect(await answerScenario(device, third.id, 0, wrongResponses(third.items[0]), T0)).toMatchObject({ ok: true });
    expect(await submitAttempt(device, third.id, T0)).toMatchObject({ ok: true, value: { wasOpen: true } });
    const other = await joinAsStudent(joinCode);
    const open = await start(other.device, assignmentId);
    expect(await answerScenario(other.device, open.id, 0, correctResponses(open.items[0]), T0)).toMatchObject({ ok: true });

    expect(await marks(studentId)).toEqual([
      { attemptNumber: 1, status: 'submitted', firstSubmittedOf: assignmentId, factMarks: [assignmentId] },
      { attemptNumber: 2, status: 'submitted', firstSubmittedOf: null, factMarks: [null] },
      { attemptNumber: 3, status: 'submitted', firstSubmittedOf: null, factMarks: [null] },
    ]);
    expect(await marks(other.studentId)).toEqual([{ attemptNumber: 1, status: 'in_progress', firstSubmittedOf: null, factMarks: [null] }]);
  });

  it('is marked when it is submitted because its time ran out, and the next attempt is not', async () => {
    const { staff, joinCode, assignmentId } = await classWithAssignment({ timeLimitMinutes: 10 });
    const { device, studentId } = await joinAsStudent(joinCode);
    const first = await start(device, assignmentId);
    expect(await answerScenario(device, first.id, 0, correctResponses(first.items[0]), T0)).toMatchObject({ ok: true });
    const later = new Date(T0.getTime() + 60 * MINUTE);
    // The trainer's item analysis submits the expired attempt, and counts it.
    const analysis = await loadItemAnalysisSubmittingExpired(staff, assignmentId, content, later);
    expect(analysis.ok && analysis.value.students).toBe(1);
    await answerAll(device, await start(device, assignmentId, later), later);

    expect(await marks(studentId)).toEqual([
      { attemptNumber: 1, status: 'submitted', firstSubmittedOf: assignmentId, factMarks: [assignmentId] },
      { attemptNumber: 2, status: 'submitted', firstSubmittedOf: null, factMarks: [null] },
    ]);
  });

  it('carries its mark into facts recorded later for answers stored before facts were', async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    const { device, studentId } = await joinAsStudent(joinCode);
    const first = await start(device, assignmentId);
    await answerAll(device, first);
    await answerAll(device, await start(device, assignmentId));
    // As an older version stored them: answers without facts.
    await db.answerQuestion.deleteMany({ where: { answer: { attempt: { studentId } } } });
    await db.answerChoice.deleteMany({ where: { answer: { attempt: { studentId } } } });

    expect((await backfillAnswerFacts(findScenario)).answers).toBeGreaterThan(0);
    expect(await marks(studentId)).toEqual([
      { attemptNumber: 1, status: 'submitted', firstSubmittedOf: assignmentId, factMarks: [assignmentId] },
      { attemptNumber: 2, status: 'submitted', firstSubmittedOf: null, factMarks: [null] },
    ]);
  });
});

/**
 * Two open attempts of one student, each with its first scenario answered. The app never lets a
 * student start a second attempt while one is open; the second is stored directly, as two starts
 * that raced past the rules would leave them, so the mark must hold without that rule.
 */
async function twoOpenAttempts(joinCode: string, assignmentId: string) {
  const { device, studentId } = await joinAsStudent(joinCode);
  const first = await start(device, assignmentId);
  const row = await db.attempt.findUniqueOrThrow({ where: { id: first.id } });
  const second = { id: `${first.id}-2`, items: first.items };
  await db.attempt.create({ data: { ...row, id: second.id, attemptNumber: 2 } });
  for (const attempt of [first, second]) expect(await answerScenario(device, attempt.id, 0, correctResponses(attempt.items[0]), T0)).toMatchObject({ ok: true });
  return { device, studentId, first, second };
}

const markedCount = (rows: Awaited<ReturnType<typeof marks>>) => rows.filter((row) => row.firstSubmittedOf !== null).length;

describe('two attempts of one student submitted at once', () => {
  it('mark exactly one, with its facts', async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    for (let round = 0; round < 6; round += 1) {
      const { device, studentId, first, second } = await twoOpenAttempts(joinCode, assignmentId);
      const results = await Promise.all([submitAttempt(device, first.id, T0), submitAttempt(device, second.id, T0)]);
      expect(results.every((result) => result.ok)).toBe(true);
      const rows = await marks(studentId);
      expect(rows.map((row) => row.status)).toEqual(['submitted', 'submitted']);
      expect(markedCount(rows)).toBe(1);
      for (const row of rows) expect(row.factMarks).toEqual([row.firstSubmittedOf]);
    }
  });

  it('leave the mark with the attempt submitted first when the other is submitted between its checks and its write', async () => {
    const other = secondConnection();
    try {
      const { joinCode, assignmentId } = await classWithAssignment();
      const { device, studentId, first, second } = await twoOpenAttempts(joinCode, assignmentId);
      // The last answer of the first attempt submits it; another instance submits (and marks) the
      // second attempt while this answer is between its checks and its transaction.
      const last = first.items.length - 1;
      await Promise.all(first.items.slice(1, last).map((scenarioId, index) => answerScenario(device, first.id, index + 1, correctResponses(scenarioId), T0)));
      const decision = await stageSubmission(first.id, last, 'decision', correctResponses(first.items[last]));
      const meanwhile = (scenarioId: string): Scenario | undefined => {
        other.run(`UPDATE "Attempt" SET "status" = 'submitted', "score" = 1, "firstSubmittedOf" = ? WHERE "id" = ?`, assignmentId, second.id);
        return findScenario(scenarioId);
      };
      expect(await recordAnswer(device, decision, meanwhile, T0)).toMatchObject({ ok: true, value: { isComplete: true } });
      const rows = await marks(studentId);
      expect(rows.map((row) => [row.attemptNumber, row.status, row.firstSubmittedOf])).toEqual([
        [1, 'submitted', null],
        [2, 'submitted', assignmentId],
      ]);
      expect(rows[0].factMarks).toEqual([null]);
    } finally {
      other.close();
    }
  });

  it('cannot both carry the mark: the database refuses a second', async () => {
    const { joinCode, assignmentId } = await classWithAssignment();
    const { device, first, second } = await twoOpenAttempts(joinCode, assignmentId);
    expect(await submitAttempt(device, first.id, T0)).toMatchObject({ ok: true });
    await expect(db.attempt.update({ where: { id: second.id }, data: { firstSubmittedOf: assignmentId } })).rejects.toMatchObject({ code: 'P2002' });
  });
});
