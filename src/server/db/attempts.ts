import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { checkAnswerAllowed } from '@/domain/quiz/answer-rules';
import { questionResponseSchema, type AnswerSubmission, type QuestionResponse } from '@/domain/quiz/schemas';
import type { Scenario } from '@/domain/content/scenario';
import { DEFAULT_LOCALE, type Locale } from '@/domain/shared/locales';
import { fail, ok, type Result } from '@/domain/shared/result';
import { scoreScenario, type QuestionScore } from '@/domain/scoring/score-scenario';
import type { Viewer } from '@/server/auth/viewer';
import { db } from './client';
import { isUniqueViolation } from './errors';

export type AttemptStatus = 'in_progress' | 'submitted';

export type StoredAnswerView = {
  position: number;
  scenarioId: string;
  scenarioVersion: string;
  responses: Record<string, QuestionResponse>;
  questionScores: QuestionScore[];
  /** 0..1 */
  score: number;
};

export type AttemptView = {
  id: string;
  setId: string;
  items: string[];
  status: AttemptStatus;
  startedAt: Date;
  submittedAt: Date | null;
  /** Sum of item scores, 0..items.length; null while in progress. */
  score: number | null;
  retryOfId: string | null;
  answers: StoredAnswerView[];
};

const itemsSchema = z.array(z.string());
const storedResponseSchema = z.object({
  responses: z.record(z.string(), questionResponseSchema),
  questionScores: z.array(z.object({ questionId: z.string(), score: z.number(), isCorrect: z.boolean() })),
});

/** Starts an attempt owned by the viewer; `items` are scenario ids in play order. */
export async function createAttempt(viewer: Viewer, input: { setId: string; items: string[]; locale: Locale; retryOfId?: string }): Promise<{ id: string }> {
  const id = randomUUID();
  await db.attempt.create({
    data: { id, setId: input.setId, ownerKey: viewer.ownerKey, itemsJson: JSON.stringify(input.items), locale: input.locale, retryOfId: input.retryOfId ?? null },
  });
  return { id };
}

/** The viewer's attempt with its answers, or undefined when it does not exist or is not theirs. */
export async function getAttempt(viewer: Viewer, attemptId: string): Promise<AttemptView | undefined> {
  const row = await db.attempt.findFirst({
    where: { id: attemptId, ownerKey: viewer.ownerKey },
    include: { answers: { orderBy: { position: 'asc' } } },
  });
  if (!row) return undefined;
  return {
    id: row.id,
    setId: row.setId,
    items: itemsSchema.parse(JSON.parse(row.itemsJson)),
    status: row.status as AttemptStatus,
    startedAt: row.startedAt,
    submittedAt: row.submittedAt,
    score: row.score,
    retryOfId: row.retryOfId,
    answers: row.answers.map((answer) => {
      const stored = storedResponseSchema.parse(JSON.parse(answer.responseJson));
      return { position: answer.position, scenarioId: answer.scenarioId, scenarioVersion: answer.scenarioVersion, score: answer.score, ...stored };
    }),
  };
}

export type OpenAttemptView = { id: string; setId: string; answered: number; total: number };

/** The viewer's unfinished attempts, newest first, for "continue where you left off". */
export async function listOpenAttempts(viewer: Viewer): Promise<OpenAttemptView[]> {
  const rows = await db.attempt.findMany({
    where: { ownerKey: viewer.ownerKey, status: 'in_progress' },
    orderBy: { startedAt: 'desc' },
    select: { id: true, setId: true, itemsJson: true, _count: { select: { answers: true } } },
  });
  return rows.map((row) => ({ id: row.id, setId: row.setId, answered: row._count.answers, total: itemsSchema.parse(JSON.parse(row.itemsJson)).length }));
}

export type RecordedAnswer = { position: number; isComplete: boolean; score: number; replayed: boolean };

export type RecordAnswerError = 'attempt_not_found' | 'attempt_closed' | 'not_in_attempt' | 'already_answered' | 'answer_id_conflict' | 'scenario_unavailable' | 'answer_invalid' | 'answer_incomplete';

/**
 * Scores and stores one answer exactly once. The same `clientAnswerId` sent again returns the
 * first result unchanged; anything the rules forbid is refused and nothing is written.
 */
export async function recordAnswer(
  viewer: Viewer,
  submission: AnswerSubmission,
  findScenario: (id: string) => Scenario | undefined,
): Promise<Result<RecordedAnswer, RecordAnswerError>> {
  const attempt = await getAttempt(viewer, submission.attemptId);
  if (!attempt) return fail('attempt_not_found', 'errors.attempt.notFound');

  const replay = await findReplay(attempt, submission.clientAnswerId, submission.position);
  if (replay) return replay;

  const allowed = checkAnswerAllowed({ status: attempt.status, items: attempt.items, answeredPositions: attempt.answers.map((answer) => answer.position) }, submission.position, submission.scenarioId);
  if (!allowed.ok) return allowed;

  const scenario = findScenario(submission.scenarioId);
  if (!scenario) return fail('scenario_unavailable', 'errors.answer.scenarioUnavailable');
  // Scoring uses the default language: both languages share keys, the content checker guarantees it.
  const scored = scoreScenario(scenario.byLocale[DEFAULT_LOCALE], submission.responses);
  if (!scored.ok) return scored as Result<never, RecordAnswerError>;

  const isComplete = attempt.answers.length + 1 === attempt.items.length;
  try {
    await db.$transaction(async (tx) => {
      // Re-checked inside the transaction: the attempt may have been finished by another request.
      if ((await tx.attempt.count({ where: { id: attempt.id, status: 'in_progress' } })) === 0) throw new AttemptClosedDuringWrite();
      await tx.answer.create({
        data: {
          id: randomUUID(),
          clientAnswerId: submission.clientAnswerId,
          attemptId: attempt.id,
          position: submission.position,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          responseJson: JSON.stringify({ responses: submission.responses, questionScores: scored.value.questions }),
          score: scored.value.score,
        },
      });
      if (isComplete) {
        const total = attempt.answers.reduce((sum, answer) => sum + answer.score, scored.value.score);
        await tx.attempt.update({ where: { id: attempt.id }, data: { status: 'submitted', submittedAt: new Date(), score: total } });
      }
    });
  } catch (error) {
    if (error instanceof AttemptClosedDuringWrite) return fail('attempt_closed', 'errors.attempt.closed');
    if (isUniqueViolation(error)) {
      // Another request stored this answer first: report what it stored, or why this one lost.
      const fresh = await getAttempt(viewer, attempt.id);
      const raced = fresh && (await findReplay(fresh, submission.clientAnswerId, submission.position));
      return raced || fail('already_answered', 'errors.answer.alreadyAnswered', { position: submission.position + 1 });
    }
    throw error;
  }
  return ok({ position: submission.position, isComplete, score: scored.value.score, replayed: false });
}

class AttemptClosedDuringWrite extends Error {}

async function findReplay(attempt: AttemptView, clientAnswerId: string, position: number): Promise<Result<RecordedAnswer, RecordAnswerError> | undefined> {
  const existing = await db.answer.findUnique({ where: { clientAnswerId }, select: { attemptId: true, position: true, score: true } });
  if (!existing) return undefined;
  if (existing.attemptId !== attempt.id || existing.position !== position) return fail('answer_id_conflict', 'errors.answer.idConflict');
  return ok({ position, isComplete: attempt.status === 'submitted', score: existing.score, replayed: true });
}
