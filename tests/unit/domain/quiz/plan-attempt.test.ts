import { describe, expect, it } from 'vitest';
import { firstUnansweredPosition, planAttemptItems, seededRandom, shuffleOptionsFor } from '@/domain/quiz/plan-attempt';
import { checkAnswerAllowed } from '@/domain/quiz/answer-rules';
import { toScenarioPlayView } from '@/domain/quiz/views';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
import { readFileSync } from 'node:fs';

describe('planAttemptItems', () => {
  it('keeps the set order when the set does not draw', () => {
    expect(planAttemptItems({ scenarioIds: ['a', 'b', 'c'] })).toEqual(['a', 'b', 'c']);
  });

  it('draws N different scenarios when the set asks for a random draw', () => {
    let seed = 0.42;
    const random = () => (seed = (seed * 9301 + 0.49297) % 1);
    const items = planAttemptItems({ scenarioIds: ['a', 'b', 'c', 'd', 'e'], draw: 3 }, random);
    expect(items).toHaveLength(3);
    expect(new Set(items).size).toBe(3);
    expect(items.every((item) => ['a', 'b', 'c', 'd', 'e'].includes(item))).toBe(true);
  });
});

describe('firstUnansweredPosition', () => {
  it.each([
    [3, [], 0],
    [3, [0, 2], 1],
    [3, [0, 1, 2], undefined],
  ])('with %d items and %j answered resumes at %s', (count, answered, expected) => {
    expect(firstUnansweredPosition(count, answered)).toBe(expected);
  });
});

describe('checkAnswerAllowed', () => {
  const open = { status: 'in_progress', items: ['a', 'b'], answeredPositions: [0] };
  it.each([
    [open, 1, 'b', true],
    [open, 0, 'a', 'already_answered'],
    [open, 2, 'b', 'not_in_attempt'],
    [open, 1, 'a', 'not_in_attempt'],
    [{ ...open, status: 'submitted' }, 1, 'b', 'attempt_closed'],
  ])('%j position %d scenario %s -> %s', (attempt, position, scenarioId, expected) => {
    const result = checkAnswerAllowed(attempt, position, scenarioId);
    expect(result.ok ? true : result.code).toBe(expected);
  });
});

describe('toScenarioPlayView', () => {
  it('carries no answer key, explanation, title or red-flag marker', () => {
    const path = 'content/scenarios/relink-chat.en.md';
    const scenario = parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8')).scenario!;
    const json = JSON.stringify(toScenarioPlayView(scenario));
    for (const secret of [scenario.title, scenario.explanation, scenario.advice, 'look-alike-link', '"answer"', '"flags"', 'the money goes to the scammer']) {
      expect(json).not.toContain(secret);
    }
    expect(json).toContain('Follow the link and buy again');
  });
});

describe('seeded option order', () => {
  it('gives the same order for the same attempt and position, and a permutation of the options', () => {
    const options = ['a', 'b', 'c', 'd'];
    expect(shuffleOptionsFor(options, 42, 3, 0)).toEqual(shuffleOptionsFor(options, 42, 3, 0));
    expect([...shuffleOptionsFor(options, 42, 3, 0)].sort()).toEqual(options);
  });

  it('varies between attempts', () => {
    const options = ['a', 'b', 'c', 'd', 'e', 'f'];
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => shuffleOptionsFor(options, seed + 1, 0, 0).join('')));
    expect(orders.size).toBeGreaterThan(5);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 1000; i += 1) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
  });
});
