import type { LocalizedScenario } from '../content/scenario';
import type { Verdict } from '../content/taxonomy';
import type { QuestionResponse } from '../quiz/schemas';
import { spotKeyLineIds, type QuestionScore } from '../scoring/score-scenario';

/**
 * What a student's decision meant, stored with the answer so reports count it in the database:
 * `safe` (the right call), `fell_for_it` (a scam trusted: the unsafe action chosen, or the scam
 * called genuine) or `false_alarm` (a genuine message distrusted, which fails real customers).
 */
export const DECISION_OUTCOMES = ['safe', 'fell_for_it', 'false_alarm'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

export function decisionOutcome(verdict: Verdict, isDecisionRight: boolean): DecisionOutcome {
  if (isDecisionRight) return 'safe';
  return verdict === 'scam' ? 'fell_for_it' : 'false_alarm';
}

/**
 * One option chosen, or one exhibit line marked, in one question; `isKey` says whether it belongs
 * to the question's key (a right option, a line that decides the scenario). A verdict question's
 * choice is its option: `scam` or `legitimate`.
 */
export type ChoiceFact = { questionId: string; optionId: string; isKey: boolean };

/** Every choice in `responses` (one stage's, or a whole scenario's), in question order. */
export function choiceFacts(scenario: LocalizedScenario, responses: Readonly<Record<string, QuestionResponse>>): ChoiceFact[] {
  const keyLines = new Set(spotKeyLineIds(scenario));
  const facts: ChoiceFact[] = [];
  for (const question of scenario.questions) {
    const response = responses[question.id];
    if (!response) continue;
    const fact = (optionId: string, isKey: boolean) => facts.push({ questionId: question.id, optionId, isKey });
    if (response.type === 'single' && question.type === 'single') fact(response.choice, response.choice === question.answer);
    if (response.type === 'verdict' && question.type === 'verdict') fact(response.choice, response.choice === question.answer);
    if (response.type === 'multiple' && question.type === 'multiple') for (const choice of new Set(response.choices)) fact(choice, question.answer.includes(choice));
    if (response.type === 'spot' && question.type === 'spot') for (const line of new Set(response.lines)) fact(line, keyLines.has(line));
  }
  return facts;
}

/** What analysis needs of one stored answer: its decision's meaning (on the row that holds it), its choices, its question scores. */
export type AnswerFacts = { decisionOutcome: DecisionOutcome | null; choices: ChoiceFact[]; questions: QuestionScore[] };

/**
 * The facts of an answer stored before they were recorded, from what the answer itself stored.
 * Question scores are always there. Choices need the scenario exactly as it was answered (`scenario`
 * is given only when its content hash matches the answer's), since options and lines may have
 * changed since. The decision's meaning needs the verdict: from that scenario, or else from the
 * answer itself when its decision was a verdict (a right "scam" means a scam); otherwise it stays null.
 */
export function storedAnswerFacts(stored: { holdsDecision: boolean; responses: Readonly<Record<string, QuestionResponse>>; questionScores: QuestionScore[]; scenario?: LocalizedScenario }): AnswerFacts {
  const { holdsDecision, responses, questionScores, scenario } = stored;
  const decision = questionScores[0];
  const verdict = scenario?.verdict ?? (decision && verdictFromVerdictResponse(responses[decision.questionId], decision.isCorrect));
  return {
    decisionOutcome: holdsDecision && decision && verdict ? decisionOutcome(verdict, decision.isCorrect) : null,
    choices: scenario ? choiceFacts(scenario, responses) : [],
    questions: questionScores,
  };
}

function verdictFromVerdictResponse(response: QuestionResponse | undefined, isCorrect: boolean): Verdict | undefined {
  if (response?.type !== 'verdict') return undefined;
  if (isCorrect) return response.choice;
  return response.choice === 'scam' ? 'legitimate' : 'scam';
}
