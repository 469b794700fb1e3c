import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
import { partialCredit, scoreScenario } from '@/domain/scoring/score-scenario';

function fixture(id: string) {
  const path = `content/scenarios/${id}.en.md`;
  return parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8')).scenario!;
}

describe('partialCredit (multiple choice and spot-the-red-flags)', () => {
  it.each([
    [['a', 'c'], ['a', 'c'], 1],
    [['a'], ['a', 'c'], 0.5],
    [['a', 'b', 'c'], ['a', 'c'], 0.5],
    [['a', 'b'], ['a', 'c'], 0],
    [['b', 'd'], ['a', 'c'], 0],
    [[], ['a', 'c'], 0],
    [['a', 'b', 'c', 'd'], ['a', 'b', 'c', 'd'], 1],
    [['a', 'a'], ['a', 'c'], 0.5],
  ])('picking %j when %j are right scores %d', (picked, keys, expected) => {
    expect(partialCredit(picked, keys)).toBe(expected);
  });
});

describe('scoreScenario', () => {
  const relink = fixture('relink-chat');

  it('averages its questions: a right choice and half the red flags score 0.75', () => {
    const result = scoreScenario(relink, { q1: { type: 'single', choice: 'b' }, q2: { type: 'spot', lines: ['0-5'] } });
    expect(result).toEqual({
      ok: true,
      value: {
        score: 0.75,
        questions: [
          { questionId: 'q1', score: 1, isCorrect: true },
          { questionId: 'q2', score: 0.5, isCorrect: false },
        ],
      },
    });
  });

  it('takes a point off for each innocent line marked', () => {
    const result = scoreScenario(relink, { q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: ['0-5', '0-6', '0-7'] } });
    expect(result.ok && result.value.questions[1].score).toBe(0.5);
  });

  it('scores verdict questions against the scenario verdict', () => {
    const notice = fixture('real-notice');
    expect(scoreScenario(notice, { q1: { type: 'verdict', choice: 'legitimate' } })).toMatchObject({ ok: true, value: { score: 1 } });
    expect(scoreScenario(notice, { q1: { type: 'verdict', choice: 'scam' } })).toMatchObject({ ok: true, value: { score: 0 } });
  });

  it.each([
    [{ q1: { type: 'single', choice: 'b' } }, 'answer_incomplete', 2],
    [{ q1: { type: 'verdict', choice: 'scam' }, q2: { type: 'spot', lines: [] } }, 'answer_invalid', 1],
    [{ q1: { type: 'single', choice: 'nope' }, q2: { type: 'spot', lines: [] } }, 'answer_invalid', 1],
    [{ q1: { type: 'single', choice: 'b' }, q2: { type: 'spot', lines: ['3-1'] } }, 'answer_invalid', 2],
  ] as const)('refuses a malformed response %j', (responses, code, question) => {
    expect(scoreScenario(relink, responses as never)).toMatchObject({ ok: false, code, params: { question } });
  });
});
