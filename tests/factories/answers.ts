import { randomUUID } from 'node:crypto';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { optionHandle, optionOrderFor } from '@/domain/quiz/handles';
import type { AnswerSubmission, QuestionResponse, StageResponse } from '@/domain/quiz/schemas';
import { stageQuestionIndexes, type Stage } from '@/domain/quiz/stages';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { recordAnswer } from '@/server/db/attempts';
import { db } from '@/server/db/client';

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

/**
 * The submission of one stage of the scenario at `position` of a stored attempt, as its player
 * would send it. Read straight from the table: the request may come from someone who must not
 * see the attempt.
 */
export async function stageSubmission(attemptId: string, position: number, stage: Stage, byId: Record<string, QuestionResponse>): Promise<AnswerSubmission> {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { itemsJson: true, optionSeed: true } });
  const items = JSON.parse(attempt.itemsJson) as string[];
  const scenario = getContentLibrary().scenarios.get(items[Math.min(position, items.length - 1)])!.byLocale['zh-CN'];
  return { attemptId, position, stage, clientAnswerId: randomUUID(), responses: encodeStage(scenario, stage, attempt.optionSeed, position, byId) };
}

/** Answers every stage of the scenario at `position`, as the player does; returns the last result. */
export async function answerScenario(viewer: Device, attemptId: string, position: number, byId: Record<string, QuestionResponse>, now?: Date) {
  const findScenario = (id: string) => getContentLibrary().scenarios.get(id);
  const decision = await recordAnswer(viewer, await stageSubmission(attemptId, position, 'decision', byId), findScenario, now);
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { itemsJson: true } });
  const scenario = findScenario((JSON.parse(attempt.itemsJson) as string[])[position]);
  if (!decision.ok || !scenario || scenario.byLocale['zh-CN'].questions.length === 1) return decision;
  return recordAnswer(viewer, await stageSubmission(attemptId, position, 'follow-up', byId), findScenario, now);
}
