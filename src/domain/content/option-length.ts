import type { ContentOption } from './schemas';

/**
 * A test-wise student picks the longest option. The correct option(s) may be at most this many
 * times as long as the wrong ones on average (content/README.md, "Options").
 */
export const MAX_CORRECT_OPTION_LENGTH_RATIO = 1.3;

/** Visible length of an option text: characters, with runs of white space counted once. */
export function textLength(text: string): number {
  return [...text.replace(/\s+/g, ' ').trim()].length;
}

type ChoiceQuestion = { type: 'single' | 'multiple'; options: Pick<ContentOption, 'id' | 'text'>[]; answer: string | string[] };

function mean(values: number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/** Mean length of the correct options over the mean length of the wrong ones; undefined when either side is empty. */
export function optionLengthRatio(question: ChoiceQuestion): number | undefined {
  const keys = new Set(Array.isArray(question.answer) ? question.answer : [question.answer]);
  const correct = question.options.filter((option) => keys.has(option.id)).map((option) => textLength(option.text));
  const wrong = question.options.filter((option) => !keys.has(option.id)).map((option) => textLength(option.text));
  if (correct.length === 0 || wrong.length === 0) return undefined;
  return mean(correct) / mean(wrong);
}

/** Whether the single correct option is strictly the longest of its question (ties do not count). */
export function isCorrectOptionLongest(question: ChoiceQuestion): boolean {
  const lengths = question.options.map((option) => ({ id: option.id, length: textLength(option.text) }));
  const longest = Math.max(...lengths.map((entry) => entry.length));
  const atLongest = lengths.filter((entry) => entry.length === longest);
  return atLongest.length === 1 && !Array.isArray(question.answer) && atLongest[0].id === question.answer;
}
