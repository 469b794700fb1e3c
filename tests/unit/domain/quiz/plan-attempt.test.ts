import { describe, expect, it } from 'vitest';
import { firstUnansweredPosition, planAttemptItems, seededRandom, shuffleOptionsFor } from '@/domain/quiz/plan-attempt';
import { checkStageAllowed } from '@/domain/quiz/answer-rules';
import { decodeStageResponses, optionOrderFor } from '@/domain/quiz/handles';
import { combineStages, stageContribution } from '@/domain/quiz/stages';
import { toStagePlayView } from '@/domain/quiz/views';
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

describe('checkStageAllowed', () => {
  const open = { status: 'in_progress', itemCount: 2 };
  const fresh = { hasDecision: false, isComplete: false };
  const decided = { hasDecision: true, isComplete: false };
  const done = { hasDecision: true, isComplete: true };
  it.each([
    [open, 1, 'decision', fresh, 2, true],
    [open, 1, 'decision', decided, 2, 'already_answered'],
    [open, 1, 'follow-up', fresh, 2, 'decision_first'],
    [open, 1, 'follow-up', decided, 2, true],
    [open, 1, 'follow-up', decided, 0, 'not_in_attempt'],
    [open, 1, 'follow-up', done, 2, 'already_answered'],
    [open, 2, 'decision', fresh, 2, 'not_in_attempt'],
    [{ ...open, status: 'submitted' }, 1, 'decision', fresh, 2, 'attempt_closed'],
  ] as const)('%j position %d %s with %j and %d follow-ups -> %s', (attempt, position, stage, progress, followUps, expected) => {
    const result = checkStageAllowed(attempt, position, stage, progress, followUps);
    expect(result.ok ? true : result.code).toBe(expected);
  });
});

describe('combineStages', () => {
  it.each([
    [1, 0, undefined, 1],
    [0, 0, undefined, 0],
    [1, 2, undefined, 0.5],
    [1, 2, [1, 1], 1],
    [1, 2, [1, 0], 0.75],
    [0, 2, [1, 1], 0],
  ])('decision %d with %d follow-ups scoring %j -> %d', (decision, count, followUps, expected) => {
    expect(combineStages(decision, count, followUps)).toBe(expected);
  });

  it('splits the score into stage rows that sum to it', () => {
    const decision = stageContribution('decision', 1, 2);
    const followUp = stageContribution('follow-up', 1, 2, [1, 0]);
    expect([decision, followUp]).toEqual([0.5, 0.25]);
    expect(decision + followUp).toBe(combineStages(1, 2, [1, 0]));
  });
});

const fixture = (name: string) => {
  const path = `content/scenarios/${name}.en.md`;
  return parseScenarioFile(path, readFileSync(`tests/fixtures/library/${path}`, 'utf8')).scenario!;
};

describe('toStagePlayView', () => {
  it('carries no scenario id, question or option id, answer key, explanation, title or marker', () => {
    const scenario = fixture('relink-chat');
    for (const stage of ['decision', 'follow-up'] as const) {
      const view = toStagePlayView(scenario, stage, optionOrderFor(42, 0));
      const json = JSON.stringify(view);
      for (const secret of [scenario.id, scenario.title, scenario.explanation, scenario.advice, 'look-alike-link', '"answer"', '"flags"', '"trust"', '"q1"', '"q2"', 'the money goes to the scammer']) {
        expect(json).not.toContain(secret);
      }
      // Exhibit lines carry their position ("0-5"), which means nothing; questions and options carry no id at all.
      expect(JSON.stringify(view.questions)).not.toContain('"id"');
    }
  });

  it('asks only the decision first, then only the follow-ups', () => {
    const scenario = fixture('relink-chat');
    expect(toStagePlayView(scenario, 'decision', optionOrderFor(null, 0)).questions.map((question) => question.type)).toEqual(['single']);
    expect(toStagePlayView(scenario, 'follow-up', optionOrderFor(null, 0)).questions.map((question) => question.type)).toEqual(['spot']);
  });
});

describe('option handles', () => {
  it('decode to the option the student saw under that handle, for any shuffle', () => {
    const scenario = fixture('relink-chat');
    const decision = scenario.questions[0] as Extract<(typeof scenario.questions)[number], { type: 'single' }>;
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const order = optionOrderFor(seed, 3);
      const shown = toStagePlayView(scenario, 'decision', order).questions[0];
      if (shown.type !== 'single') throw new Error('expected a single-choice decision');
      const handleOfKey = shown.options[order(decision.options, 0).findIndex((option) => option.id === decision.answer)].handle;
      expect(decodeStageResponses(scenario, 'decision', order, [{ type: 'single', choice: handleOfKey }])).toEqual({ ok: true, value: { q1: { type: 'single', choice: decision.answer } } });
    }
  });

  it('name the shown place, not the option: the key lands on different handles across attempts', () => {
    const scenario = fixture('relink-chat');
    const decision = scenario.questions[0] as Extract<(typeof scenario.questions)[number], { type: 'single' }>;
    const handles = new Set(Array.from({ length: 20 }, (_, seed) => optionOrderFor(seed + 1, 0)(decision.options, 0).findIndex((option) => option.id === decision.answer)));
    expect(handles.size).toBe(decision.options.length);
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
