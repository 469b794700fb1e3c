import { randomUUID } from 'node:crypto';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { optionHandle, optionOrderFor } from '@/domain/quiz/handles';
import type { AnswerSubmission, QuestionResponse, StageResponse } from '@/domain/quiz/schemas';
import { stageQuestionIndexes, type Stage } from '@/domain/quiz/stages';
import type { Viewer } from '@/server/auth/viewer';
import { getContentLibrary } from '@/server/content/library';
import { getAttempt, recordAnswer } from '@/server/db/attempts';

/**
 * Turns answers written with question and option ids into what a browser sends for one stage:
 * responses in the stage's order, options as the handles this attempt shows.
 */
export function encodeStage(scenario: LocalizedScenario, stage: Stage, optionSeed: number | null, position: number, byId: Record<string, QuestionResponse>): StageResponse[] {
  const order = optionOrderFor(optionSeed, position);
  return stageQuestionIndexes(scenario.questions, stage).map((index) => {
    const question = scenario.questions[index];
    const response = byId[question.id];
    if (!response) throw new Error(`no response for question ${question.id} of ${scenario.id}`);
    if ((response.type === 'single' || response.type === 'multiple') && (question.type === 'single' || question.type === 'multiple')) {
      const shown = order(question.options, index).map((option) => option.id);
      const handle = (id: string) => (shown.includes(id) ? optionHandle(shown.indexOf(id)) : 'c6');
      return response.type === 'single' ? { type: 'single', choice: handle(response.choice) } : { type: 'multiple', choices: response.choices.map(handle) };
    }
    return response as StageResponse;
  });
}

/** The submission of one stage of the scenario at `position` of a stored attempt. */
export async function stageSubmission(viewer: Viewer, attemptId: string, position: number, stage: Stage, byId: Record<string, QuestionResponse>): Promise<AnswerSubmission> {
  const attempt = await getAttempt(viewer, attemptId);
  if (!attempt) throw new Error(`no attempt ${attemptId} for this viewer`);
  const scenario = getContentLibrary().scenarios.get(attempt.items[position])!.byLocale['zh-CN'];
  return { attemptId, position, stage, clientAnswerId: randomUUID(), responses: encodeStage(scenario, stage, attempt.optionSeed, position, byId) };
}

/** Answers every stage of the scenario at `position`, as the player does; returns the last result. */
export async function answerScenario(viewer: Viewer, attemptId: string, position: number, byId: Record<string, QuestionResponse>, now?: Date) {
  const findScenario = (id: string) => getContentLibrary().scenarios.get(id);
  const decision = await recordAnswer(viewer, await stageSubmission(viewer, attemptId, position, 'decision', byId), findScenario, now);
  const attempt = await getAttempt(viewer, attemptId, now);
  const scenario = attempt && findScenario(attempt.items[position]);
  if (!decision.ok || !scenario || scenario.byLocale['zh-CN'].questions.length === 1) return decision;
  return recordAnswer(viewer, await stageSubmission(viewer, attemptId, position, 'follow-up', byId), findScenario, now);
}
