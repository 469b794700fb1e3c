import type { LocalizedScenario } from '../content/scenario';
import type { ContentOption } from '../content/schemas';
import { fail, ok, type Result } from '../shared/result';
import { shuffleOptionsFor } from './plan-attempt';
import type { QuestionResponse, StageResponse } from './schemas';
import { stageQuestionIndexes, type Stage } from './stages';

/*
 * The browser sees an option as a handle ("c1".."c6"): its place in the order this attempt shows.
 * With shuffled options that order is a per-attempt permutation, so a handle says nothing about
 * the option's id, its written position or whether it is right.
 */

/** The order an attempt shows a question's options in. */
export type OptionOrder = (options: readonly ContentOption[], questionIndex: number) => ContentOption[];

/** A fixed shuffle per attempt and position, or the written order when the attempt keeps it (seed null). */
export function optionOrderFor(optionSeed: number | null, position: number): OptionOrder {
  return (options, questionIndex) => (optionSeed === null ? [...options] : shuffleOptionsFor(options, optionSeed, position, questionIndex));
}

export function optionHandle(displayIndex: number): string {
  return `c${displayIndex + 1}`;
}

/**
 * Turns the browser's responses to one stage (in the stage's question order, options as handles)
 * into stored responses keyed by question id with option ids. A response that does not fit the
 * question it lands on is refused, naming the question (1-based within the scenario).
 */
export function decodeStageResponses(
  scenario: LocalizedScenario,
  stage: Stage,
  order: OptionOrder,
  responses: readonly StageResponse[],
): Result<Record<string, QuestionResponse>> {
  const indexes = stageQuestionIndexes(scenario.questions, stage);
  if (responses.length !== indexes.length) return fail('answer_incomplete', 'errors.answer.incomplete', { question: Math.min(responses.length, indexes.length) + 1 });
  const decoded: Record<string, QuestionResponse> = {};
  for (const [offset, index] of indexes.entries()) {
    const question = scenario.questions[index];
    const response = responses[offset];
    const params = { question: index + 1 };
    if (response.type !== question.type) return fail('answer_invalid', 'errors.answer.wrongType', params);
    if (response.type === 'single' || response.type === 'multiple') {
      const shown = order((question as { options: ContentOption[] }).options, index);
      const toId = (handle: string) => shown[Number(handle.slice(1)) - 1]?.id;
      const ids = (response.type === 'single' ? [response.choice] : response.choices).map(toId);
      if (ids.some((id) => id === undefined)) return fail('answer_invalid', 'errors.answer.unknownOption', params);
      decoded[question.id] = response.type === 'single' ? { type: 'single', choice: ids[0]! } : { type: 'multiple', choices: ids as string[] };
    } else {
      decoded[question.id] = response;
    }
  }
  return ok(decoded);
}
