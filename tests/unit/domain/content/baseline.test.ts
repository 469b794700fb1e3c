import { describe, expect, it } from 'vitest';
import { groupBaseline, majorityVerdict, scenarioBaseline, verdictFromWording } from '@/domain/content/baseline';
import type { ContentQuestion } from '@/domain/content/schemas';
import { isCorrectOptionLongest, optionLengthRatio } from '@/domain/content/option-length';

const single = (texts: string[], answer: number): ContentQuestion => ({
  id: 'q1',
  type: 'single',
  prompt: 'What do you do?',
  options: texts.map((text, index) => ({ id: `o${index}`, text, explanation: `why ${index}` })),
  answer: `o${answer}`,
});
const verdict = (prompt: string, answer: 'scam' | 'legitimate'): ContentQuestion => ({ id: 'q1', type: 'verdict', prompt, answer, explanations: { scam: 's', legitimate: 'l' } });

describe('option length', () => {
  it('measures the correct option against the mean of the wrong ones', () => {
    const question = single(['aaaa', 'bb', 'cccccc'], 0);
    expect(optionLengthRatio(question as never)).toBe(1);
    expect(isCorrectOptionLongest(question as never)).toBe(false);
    expect(isCorrectOptionLongest(single(['aaaaaaa', 'bb', 'cc'], 0) as never)).toBe(true);
    // A tie for longest does not single the key out.
    expect(isCorrectOptionLongest(single(['aaa', 'bbb'], 0) as never)).toBe(false);
  });
});

describe('the no-reading baseline', () => {
  it('reads a verdict from loaded wording but not from a neutral prompt', () => {
    expect(verdictFromWording('Which details show it is genuine?')).toBe('legitimate');
    expect(verdictFromWording('标出可疑的地方。')).toBe('scam');
    expect(verdictFromWording('这是诈骗，还是正常情况？')).toBeUndefined();
    expect(verdictFromWording('Is this a scam, or genuine?')).toBeUndefined();
  });

  it('scores the longest-option strategy against random guessing, gated by the decision', () => {
    const longestIsKey = { questions: [single(['a much longer right answer', 'short', 'tiny', 'wee'], 0)] };
    expect(scenarioBaseline(longestIsKey, 'scam')).toEqual({ noReading: 1, random: 0.25 });
    const balanced = { questions: [single(['abcd', 'efgh', 'ijkl', 'mnop'], 2)] };
    expect(scenarioBaseline(balanced, 'scam')).toEqual({ noReading: 0.25, random: 0.25 });
  });

  it('gives the majority verdict to neutral verdict decisions, so a set must balance them', () => {
    const scams = [1, 2, 3].map(() => ({ verdict: 'scam' as const, questions: [verdict('Is this a scam, or genuine?', 'scam')] }));
    const genuine = { verdict: 'legitimate' as const, questions: [verdict('Is this a scam, or genuine?', 'legitimate')] };
    expect(majorityVerdict([...scams, genuine])).toBe('scam');
    expect(groupBaseline([...scams, genuine], 'scam')).toEqual({ noReading: 0.75, random: 0.5 });
    expect(groupBaseline([scams[0], genuine], 'scam')).toEqual({ noReading: 0.5, random: 0.5 });
  });
});
