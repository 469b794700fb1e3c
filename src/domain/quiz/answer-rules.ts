import { fail, ok, type Result } from '../shared/result';

export type AttemptState = { status: string; items: string[]; answeredPositions: number[] };

export type AnswerRefusal = 'attempt_closed' | 'not_in_attempt' | 'already_answered';

/** Whether an answer for `scenarioId` at `position` may be stored in this attempt. */
export function checkAnswerAllowed(attempt: AttemptState, position: number, scenarioId: string): Result<null, AnswerRefusal> {
  if (attempt.status !== 'in_progress') return fail('attempt_closed', 'errors.attempt.closed');
  if (position >= attempt.items.length || attempt.items[position] !== scenarioId) {
    return fail('not_in_attempt', 'errors.answer.notInAttempt', { position: position + 1 });
  }
  if (attempt.answeredPositions.includes(position)) return fail('already_answered', 'errors.answer.alreadyAnswered', { position: position + 1 });
  return ok(null);
}
