import type { ContentQuestion } from '../content/schemas';

/*
 * A scenario is answered in two stages (content/README.md, "decide first, then explain"): the
 * decision alone, committed on the server, then the follow-up questions. Nothing shown before the
 * decision may differ systematically between scams and genuine messages.
 */
export const STAGES = ['decision', 'follow-up'] as const;
export type Stage = (typeof STAGES)[number];

/** Indexes (in the scenario's question list) of the questions a stage asks. */
export function stageQuestionIndexes(questions: readonly ContentQuestion[], stage: Stage): number[] {
  return stage === 'decision' ? [0] : questions.slice(1).map((_, index) => index + 1);
}

export function hasFollowUps(questions: readonly ContentQuestion[]): boolean {
  return questions.length > 1;
}

/**
 * The scenario score from its stages: the decision gates everything and the follow-ups earn the
 * other half. `followUps` are the follow-up question scores, or undefined while unanswered (they
 * then count 0, as for an attempt submitted between the stages).
 */
export function combineStages(decision: number, followUpCount: number, followUps?: readonly number[]): number {
  if (followUpCount === 0) return decision;
  const followUpMean = followUps && followUps.length > 0 ? followUps.reduce((sum, score) => sum + score, 0) / followUpCount : 0;
  return decision * (0.5 + 0.5 * followUpMean);
}

/**
 * What one stage adds to the scenario score, so that the stored rows of a scenario always sum to
 * its score (an attempt's total is a plain sum over its answer rows).
 */
export function stageContribution(stage: Stage, decision: number, followUpCount: number, followUps?: readonly number[]): number {
  const afterDecision = combineStages(decision, followUpCount);
  return stage === 'decision' ? afterDecision : combineStages(decision, followUpCount, followUps) - afterDecision;
}
