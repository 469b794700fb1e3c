import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { choiceFacts, decisionOutcome } from '@/domain/analytics/answer-facts';
import { parseScenarioFile } from '@/domain/content/parse-scenario';

function fixture(id: string) {
  const path = `content/scenarios/${id}.en.md`;
  return parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8')).scenario!;
}

describe('decisionOutcome', () => {
  it.each([
    ['scam', true, 'safe'],
    ['legitimate', true, 'safe'],
    ['scam', false, 'fell_for_it'],
    ['legitimate', false, 'false_alarm'],
  ] as const)('a %s scenario decided %s is %s', (verdict, isRight, expected) => {
    expect(decisionOutcome(verdict, isRight)).toBe(expected);
  });
});

describe('choiceFacts', () => {
  it('lists the chosen option of a single question and each marked line, saying which belong to the key', () => {
    // relink-chat: q1 single (b is right), q2 spot; lines 0-5 and 0-6 are red flags, 0-7 is not.
    expect(choiceFacts(fixture('relink-chat'), { q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: ['0-5', '0-7', '0-5'] } })).toEqual([
      { questionId: 'q1', optionId: 'a', isKey: false },
      { questionId: 'q2', optionId: '0-5', isKey: true },
      { questionId: 'q2', optionId: '0-7', isKey: false },
    ]);
  });

  it('lists a verdict as its option, and each choice of a multiple question', () => {
    const refund = fixture('refund-call');
    expect(choiceFacts(refund, { q2: { type: 'verdict', choice: 'legitimate' } })).toEqual([{ questionId: 'q2', optionId: 'legitimate', isKey: false }]);
    expect(choiceFacts(refund, { q1: { type: 'multiple', choices: ['a', 'b'] } })).toEqual([
      { questionId: 'q1', optionId: 'a', isKey: true },
      { questionId: 'q1', optionId: 'b', isKey: false },
    ]);
  });
});
