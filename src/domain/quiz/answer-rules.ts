import { fail, ok, type Result } from '../shared/result';
import type { Stage } from './stages';

/** What is already stored for one scenario of an attempt. */
export type ItemProgress = { hasDecision: boolean; isComplete: boolean };

export type AnswerRefusal = 'attempt_closed' | 'not_in_attempt' | 'already_answered' | 'decision_first';

/** Whether a stage of the scenario at `position` may be stored in this attempt now. */
export function checkStageAllowed(
  attempt: { status: string; itemCount: number },
  position: number,
  stage: Stage,
  progress: ItemProgress,
  followUpCount: number,
): Result<null, AnswerRefusal> {
  if (attempt.status !== 'in_progress') return fail('attempt_closed', 'errors.attempt.closed');
  if (position >= attempt.itemCount) return fail('not_in_attempt', 'errors.answer.notInAttempt', { position: position + 1 });
  const params = { position: position + 1 };
  if (progress.isComplete) return fail('already_answered', 'errors.answer.alreadyAnswered', params);
  if (stage === 'decision') return progress.hasDecision ? fail('already_answered', 'errors.answer.alreadyAnswered', params) : ok(null);
  if (followUpCount === 0) return fail('not_in_attempt', 'errors.answer.notInAttempt', params);
  return progress.hasDecision ? ok(null) : fail('decision_first', 'errors.answer.decisionFirst', params);
}
