import { exhibitLines } from '../content/exhibits';
import type { LocalizedScenario } from '../content/scenario';
import type { ContentQuestion } from '../content/schemas';
import type { QuestionResponse } from '../quiz/schemas';
import { fail, ok, type Result } from '../shared/result';

/** Score of one question, 0..1; `isCorrect` only for a perfect answer. */
export type QuestionScore = { questionId: string; score: number; isCorrect: boolean };
export type ScenarioScore = { score: number; questions: QuestionScore[] };

/**
 * Hits minus false alarms over the number of keys, never below 0: the partial-credit rule of
 * multiple-choice and spot-the-red-flags questions (documented in content/README.md).
 */
export function partialCredit(selected: readonly string[], keys: readonly string[]): number {
  const keySet = new Set(keys);
  const picked = new Set(selected);
  let hits = 0;
  let falseAlarms = 0;
  for (const item of picked) {
    if (keySet.has(item)) hits += 1;
    else falseAlarms += 1;
  }
  return keySet.size === 0 ? 0 : Math.max(0, (hits - falseAlarms) / keySet.size);
}

/** Line ids marked with {!tag} across the scenario's exhibits: the key of spot questions. */
export function redFlagLineIds(scenario: Pick<LocalizedScenario, 'exhibits'>): string[] {
  return scenario.exhibits.flatMap((exhibit) => exhibitLines(exhibit).filter((line) => line.flags.length > 0).map((line) => line.id));
}

function allLineIds(scenario: Pick<LocalizedScenario, 'exhibits'>): Set<string> {
  return new Set(scenario.exhibits.flatMap((exhibit) => exhibitLines(exhibit).map((line) => line.id)));
}

function scoreQuestion(question: ContentQuestion, response: QuestionResponse, flaggedLines: string[]): number {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.choice === question.answer ? 1 : 0;
    case 'verdict':
      return response.type === 'verdict' && response.choice === question.answer ? 1 : 0;
    case 'multiple':
      return response.type === 'multiple' ? partialCredit(response.choices, question.answer) : 0;
    case 'spot':
      return response.type === 'spot' ? partialCredit(response.lines, flaggedLines) : 0;
  }
}

/** Checks a response against the questions it claims to answer; a failure names the question (1-based). */
function validateResponse(question: ContentQuestion, response: QuestionResponse | undefined, index: number, lineIds: Set<string>): Result<null> {
  const params = { question: index + 1 };
  if (!response) return fail('answer_incomplete', 'errors.answer.incomplete', params);
  if (response.type !== question.type) return fail('answer_invalid', 'errors.answer.wrongType', params);
  if (response.type === 'single' || response.type === 'multiple') {
    const optionIds = new Set(question.type === 'single' || question.type === 'multiple' ? question.options.map((option) => option.id) : []);
    const picked = response.type === 'single' ? [response.choice] : response.choices;
    if (picked.length === 0) return fail('answer_incomplete', 'errors.answer.incomplete', params);
    if (picked.some((id) => !optionIds.has(id))) return fail('answer_invalid', 'errors.answer.unknownOption', params);
  }
  if (response.type === 'spot' && response.lines.some((id) => !lineIds.has(id))) {
    return fail('answer_invalid', 'errors.answer.unknownLine', params);
  }
  return ok(null);
}

/** Scores every question of a scenario; the scenario score is their mean, 0..1. */
export function scoreScenario(scenario: LocalizedScenario, responses: Record<string, QuestionResponse>): Result<ScenarioScore> {
  const lineIds = allLineIds(scenario);
  const flagged = redFlagLineIds(scenario);
  const unknown = Object.keys(responses).find((id) => !scenario.questions.some((question) => question.id === id));
  if (unknown) return fail('answer_invalid', 'errors.answer.unknownQuestion', { question: unknown });
  const questions: QuestionScore[] = [];
  for (const [index, question] of scenario.questions.entries()) {
    const response = responses[question.id];
    const valid = validateResponse(question, response, index, lineIds);
    if (!valid.ok) return valid;
    const score = scoreQuestion(question, response!, flagged);
    questions.push({ questionId: question.id, score, isCorrect: score === 1 });
  }
  const score = questions.reduce((sum, question) => sum + question.score, 0) / questions.length;
  return ok({ score, questions });
}
