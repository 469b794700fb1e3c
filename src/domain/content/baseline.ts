import { textLength } from './option-length';
import type { LocalizedScenario } from './scenario';
import type { ContentQuestion } from './schemas';
import type { Verdict } from './taxonomy';

/*
 * The score of a student who never reads an exhibit, next to the score of random guessing. A
 * library that lets the first beat the second teaches test-taking, not recognition. Both are
 * expected values of the staged scenario score (src/domain/scoring/score-scenario.ts).
 */

/** How far the no-reading strategy may beat random guessing on any set, in score points (0..1). */
export const MAX_NO_READING_ADVANTAGE = 0.1;

export type BaselineScores = { noReading: number; random: number };

// Words that make a prompt lean one way when it contains only words of that side.
const SCAM_WORDS = /诈骗|骗局|可疑|破绽|骗子|风险|red flag|suspicious|scam|fraud|give.*away|warning sign/i;
const GENUINE_WORDS = /真的|真卖家|正规|可信|放心|官方|正常|genuine|real|legitimate|trustworthy|official|normal/i;

/** The verdict a test-wise student reads from a prompt's wording alone, or undefined when it gives nothing away. */
export function verdictFromWording(prompt: string): Verdict | undefined {
  const scam = SCAM_WORDS.test(prompt);
  const genuine = GENUINE_WORDS.test(prompt);
  if (scam === genuine) return undefined;
  return scam ? 'scam' : 'legitimate';
}

function keysOf(question: Extract<ContentQuestion, { options: unknown }>): Set<string> {
  return new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
}

/** Expected partial credit (see partialCredit) of choosing `picked` when `keys` are correct, out of the key count. */
function partial(pickedCorrect: number, pickedWrong: number, keyCount: number): number {
  return Math.max(0, (pickedCorrect - pickedWrong) / keyCount);
}

function noReadingQuestion(question: ContentQuestion, majority: Verdict): number {
  switch (question.type) {
    case 'verdict':
      return (verdictFromWording(question.prompt) ?? majority) === question.answer ? 1 : 0;
    case 'single': {
      const lengths = question.options.map((option) => textLength(option.text));
      const longest = question.options.filter((_, index) => lengths[index] === Math.max(...lengths));
      return longest.some((option) => option.id === question.answer) ? 1 / longest.length : 0;
    }
    case 'multiple': {
      // Picks every option at least as long as the average one.
      const keys = keysOf(question);
      const lengths = question.options.map((option) => textLength(option.text));
      const average = lengths.reduce((sum, length) => sum + length, 0) / lengths.length;
      const picked = question.options.filter((_, index) => lengths[index] >= average);
      return partial(picked.filter((option) => keys.has(option.id)).length, picked.filter((option) => !keys.has(option.id)).length, keys.size);
    }
    case 'spot':
      return 0;
  }
}

function randomQuestion(question: ContentQuestion): number {
  switch (question.type) {
    case 'verdict':
      return 0.5;
    case 'single':
      return 1 / question.options.length;
    case 'multiple': {
      // Every non-empty subset of the options, equally likely.
      const keys = keysOf(question);
      const n = question.options.length;
      let total = 0;
      for (let mask = 1; mask < 1 << n; mask += 1) {
        let correct = 0;
        let wrong = 0;
        question.options.forEach((option, index) => {
          if (mask & (1 << index)) {
            if (keys.has(option.id)) correct += 1;
            else wrong += 1;
          }
        });
        total += partial(correct, wrong, keys.size);
      }
      return total / ((1 << n) - 1);
    }
    case 'spot':
      return 0;
  }
}

function staged(decision: number, followUps: number[]): number {
  if (followUps.length === 0) return decision;
  return decision * (0.5 + 0.5 * (followUps.reduce((sum, score) => sum + score, 0) / followUps.length));
}

/** The verdict most scenarios with a verdict decision have: what a student who always says the same thing would say. */
export function majorityVerdict(scenarios: Pick<LocalizedScenario, 'verdict' | 'questions'>[]): Verdict {
  const withVerdictDecision = scenarios.filter((scenario) => scenario.questions[0]?.type === 'verdict');
  const scams = withVerdictDecision.filter((scenario) => scenario.verdict === 'scam').length;
  return scams * 2 >= withVerdictDecision.length ? 'scam' : 'legitimate';
}

/** Expected scores of one scenario for the no-reading strategy and for random guessing. */
export function scenarioBaseline(scenario: Pick<LocalizedScenario, 'questions'>, majority: Verdict): BaselineScores {
  const [decision, ...followUps] = scenario.questions;
  return {
    noReading: staged(noReadingQuestion(decision, majority), followUps.map((question) => noReadingQuestion(question, majority))),
    random: staged(randomQuestion(decision), followUps.map(randomQuestion)),
  };
}

/** Mean expected scores over a group of scenarios (a set, or the whole library). */
export function groupBaseline(scenarios: Pick<LocalizedScenario, 'questions'>[], majority: Verdict): BaselineScores {
  const scores = scenarios.map((scenario) => scenarioBaseline(scenario, majority));
  const mean = (pick: (entry: BaselineScores) => number) => (scores.length === 0 ? 0 : scores.reduce((sum, entry) => sum + pick(entry), 0) / scores.length);
  return { noReading: mean((entry) => entry.noReading), random: mean((entry) => entry.random) };
}
