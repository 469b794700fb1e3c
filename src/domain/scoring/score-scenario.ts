import { exhibitLines } from '../content/exhibits';
import type { LocalizedScenario } from '../content/scenario';
import type { ContentQuestion } from '../content/schemas';
import type { QuestionResponse } from '../quiz/schemas';
import { fail, ok, type Result } from '../shared/result';
import { combineStages } from '../quiz/stages';

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

/** Line ids marked with {!tag} across the scenario's exhibits: the key of a scam's spot questions. */
export function redFlagLineIds(scenario: Pick<LocalizedScenario, 'exhibits'>): string[] {
  return scenario.exhibits.flatMap((exhibit) => exhibitLines(exhibit).filter((line) => line.flags.length > 0).map((line) => line.id));
}

/** Line ids marked with {+tag}: the key of a legitimate scenario's spot questions. */
export function trustLineIds(scenario: Pick<LocalizedScenario, 'exhibits'>): string[] {
  return scenario.exhibits.flatMap((exhibit) => exhibitLines(exhibit).filter((line) => line.trust.length > 0).map((line) => line.id));
}

/** The lines a spot question expects: what decided it, red flags for a scam, trust signals for a genuine message. */
export function spotKeyLineIds(scenario: Pick<LocalizedScenario, 'exhibits' | 'verdict'>): string[] {
  return scenario.verdict === 'scam' ? redFlagLineIds(scenario) : trustLineIds(scenario);
}

function allLineIds(scenario: Pick<LocalizedScenario, 'exhibits'>): Set<string> {
  return new Set(scenario.exhibits.flatMap((exhibit) => exhibitLines(exhibit).map((line) => line.id)));
}

function scoreQuestion(question: ContentQuestion, response: QuestionResponse, keyLines: string[]): number {
  switch (question.type) {
    case 'single':
      return response.type === 'single' && response.choice === question.answer ? 1 : 0;
    case 'verdict':
      return response.type === 'verdict' && response.choice === question.answer ? 1 : 0;
    case 'multiple':
      return response.type === 'multiple' ? partialCredit(response.choices, question.answer) : 0;
    case 'spot':
      return response.type === 'spot' ? partialCredit(response.lines, keyLines) : 0;
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

/**
 * Scores the questions at `indexes` (a stage, or all of them); every one of them must be answered
 * and nothing else. A failure names the question (1-based).
 */
export function scoreQuestions(scenario: LocalizedScenario, indexes: readonly number[], responses: Record<string, QuestionResponse>): Result<QuestionScore[]> {
  const lineIds = allLineIds(scenario);
  const key = spotKeyLineIds(scenario);
  const asked = indexes.map((index) => scenario.questions[index]);
  const unknown = Object.keys(responses).find((id) => !asked.some((question) => question.id === id));
  if (unknown) return fail('answer_invalid', 'errors.answer.unknownQuestion', { question: unknown });
  const scores: QuestionScore[] = [];
  for (const index of indexes) {
    const question = scenario.questions[index];
    const response = responses[question.id];
    const valid = validateResponse(question, response, index, lineIds);
    if (!valid.ok) return valid;
    const score = scoreQuestion(question, response!, key);
    scores.push({ questionId: question.id, score, isCorrect: score === 1 });
  }
  return ok(scores);
}

/** Scores a whole scenario answered at once; the stages combine as combineStages documents. */
export function scoreScenario(scenario: LocalizedScenario, responses: Record<string, QuestionResponse>): Result<ScenarioScore> {
  const scored = scoreQuestions(scenario, scenario.questions.map((_, index) => index), responses);
  if (!scored.ok) return scored;
  const [decision, ...followUps] = scored.value;
  const score = combineStages(decision.score, followUps.length, followUps.map((question) => question.score));
  return ok({ score, questions: scored.value });
}
