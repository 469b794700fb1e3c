import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkKeyCoverage, citedSnippets } from '@/domain/content/key-coverage';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
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

describe('spot keys cover what the explanation cites', () => {
  it('finds quotations, addresses and long numbers in an explanation', () => {
    expect(citedSnippets('The sender 「1069 0000 1234」 used yitao-pay.example.net and called 170 0000 8888.')).toEqual(
      expect.arrayContaining(['1069 0000 1234', 'yitao-pay.example.net', '170 0000 8888']),
    );
  });

  it('warns when a cited line is left out of the key, and not when it is marked', () => {
    const path = 'content/scenarios/relink-chat.en.md';
    const scenario = parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8')).scenario!;
    const citing = { ...scenario, explanation: 'The shop says "Hi, the price was marked too high" and then sends a link.' };
    expect(checkKeyCoverage(citing, 30)).toEqual([expect.objectContaining({ path, line: 30, severity: 'warning', message: expect.stringContaining('line 0-4') })]);
    const citingKey = { ...scenario, explanation: 'The shop says "The old order closes in ten minutes" to rush you.' };
    expect(checkKeyCoverage(citingKey, 30)).toEqual([]);
  });
});
