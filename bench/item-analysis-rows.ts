// The item analysis facts `recordAnswer` stores with each answer (AnswerQuestion, AnswerChoice),
// made up for the benchmark's seeded answers: how each question scored and what was chosen, with
// the first submitted attempt's mark that submission copies onto them.
import { exhibitLines } from '../src/domain/content/exhibits';
import type { LocalizedScenario } from '../src/domain/content/scenario';
import { spotKeyLineIds } from '../src/domain/scoring/score-scenario';

type SeededAnswer = { id: string; scenarioId: string; stage: string; score: number; firstSubmittedOf: string | null };
type QuestionRow = { answerId: string; scenarioId: string; questionId: string; firstSubmittedOf: string | null; score: number; isCorrect: boolean };
type ChoiceRow = { answerId: string; scenarioId: string; questionId: string; firstSubmittedOf: string | null; optionId: string; isKey: boolean };

/**
 * One row per question of each answer's stage, and one per option chosen or line marked: the
 * decision as the row's score says (0.5 when right), follow-ups right about as often as the row's
 * score says, spot questions with most key lines and a few others marked.
 */
export function itemAnalysisRows(answers: readonly SeededAnswer[], scenarioOf: (id: string) => LocalizedScenario, random: () => number) {
  const questions: QuestionRow[] = [];
  const choices: ChoiceRow[] = [];
  for (const answer of answers) {
    const scenario = scenarioOf(answer.scenarioId);
    const asked = answer.stage === 'decision' ? scenario.questions.slice(0, 1) : scenario.questions.slice(1);
    const keyLines = new Set(spotKeyLineIds(scenario));
    const lines = scenario.exhibits.flatMap(exhibitLines).map((line) => line.id);
    for (const question of asked) {
      const right = answer.stage === 'decision' ? answer.score > 0 : random() < answer.score * 2;
      const common = { answerId: answer.id, scenarioId: scenario.id, questionId: question.id, firstSubmittedOf: answer.firstSubmittedOf };
      questions.push({ ...common, score: right ? 1 : answer.stage === 'decision' ? 0 : random() * 0.8, isCorrect: right });
      const choose = (optionId: string, isKey: boolean) => choices.push({ ...common, optionId, isKey });
      if (question.type === 'verdict') choose(right ? question.answer : question.answer === 'scam' ? 'legitimate' : 'scam', right);
      if (question.type === 'single') {
        const wrong = question.options.filter((option) => option.id !== question.answer);
        choose(right ? question.answer : wrong[Math.floor(random() * wrong.length)].id, right);
      }
      if (question.type === 'multiple') {
        for (const option of question.options) {
          const isKey = question.answer.includes(option.id);
          if (right ? isKey : random() < (isKey ? 0.6 : 0.3)) choose(option.id, isKey);
        }
      }
      if (question.type === 'spot') {
        for (const line of lines) if (right ? keyLines.has(line) : random() < (keyLines.has(line) ? 0.6 : 0.1)) choose(line, keyLines.has(line));
      }
    }
  }
  return { questions, choices };
}
