import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import type { SubmitAnswerInput } from './types';

/**
 * Sends one stage's answer to the answers route. A refusal comes back with its translated
 * message; anything that is not the route's JSON (the network, a proxy's error page) throws, and
 * the form offers to try again with the same answer id.
 */
export async function postAnswer({ attemptId, ...answer }: SubmitAnswerInput): Promise<SubmitAnswerOutcome> {
  const response = await fetch(`/api/attempts/${encodeURIComponent(attemptId)}/answers`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(answer),
  });
  const outcome = (await response.json()) as Partial<SubmitAnswerOutcome>;
  if (outcome.ok === true) return { ok: true };
  if (outcome.ok === false && typeof outcome.message === 'string') return { ok: false, message: outcome.message };
  throw new Error(`The answers route replied ${response.status} without an outcome.`);
}
