/*
 * One way to state a score everywhere: a whole percentage. A scenario's score (0..1) is shown as
 * 0–100 %, an attempt's as the mean over its scenarios, so "50 %" means the same on the review,
 * the summary, "my assignments", the trainer's report and the CSV. The rule behind the numbers is
 * explained once, on the summary (see the `score.explained` message).
 */

/** A 0..1 score as a whole percentage. */
export function toPercent(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 100);
}

/** An attempt's percentage: the sum of scenario scores over the number of scenarios in the set. */
export function attemptPercent(total: number, scenarioCount: number): number {
  return scenarioCount === 0 ? 0 : toPercent(total / scenarioCount);
}

export type ScoreState = 'correct' | 'partial' | 'wrong';

/** Full marks, some credit, or none: the mark (✓ ◐ ✗) shown next to a percentage. */
export function scoreState(score: number): ScoreState {
  return score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong';
}
