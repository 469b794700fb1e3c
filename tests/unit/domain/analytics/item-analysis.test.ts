import { describe, expect, it } from 'vitest';
import {
  discriminationBand,
  itemAnalysisViews,
  itemFlags,
  itemVerdict,
  pearsonFromSums,
  questionItemView,
  scenarioItemStats,
  type CorrelationSums,
  type ScenarioItemStats,
} from '@/domain/analytics/item-analysis';
import { parseExhibit } from '@/domain/content/exhibits';
import type { LocalizedScenario } from '@/domain/content/scenario';

/** The sums a grouped query would return for these (x, y) pairs. */
function sumsOf(pairs: readonly (readonly [number, number])[]): CorrelationSums {
  return pairs.reduce((sums, [x, y]) => ({ n: sums.n + 1, sumX: sums.sumX + x, sumY: sums.sumY + y, sumXX: sums.sumXX + x * x, sumYY: sums.sumYY + y * y, sumXY: sums.sumXY + x * y }), {
    n: 0,
    sumX: 0,
    sumY: 0,
    sumXX: 0,
    sumYY: 0,
    sumXY: 0,
  });
}

describe('pearsonFromSums', () => {
  it.each([
    // mean x 3, mean y 4: Σdxdy 6, Σdx² 10, Σdy² 6, r = 6/√60
    ['a textbook set', [[1, 2], [2, 4], [3, 5], [4, 4], [5, 5]], 6 / Math.sqrt(60)],
    // right or wrong against the rest: Σdxdy 1, Σdx² 1, Σdy² 2, r = 1/√2
    ['an item scored 0 or 1', [[1, 3], [1, 2], [0, 2], [0, 1]], 1 / Math.sqrt(2)],
    ['a perfect rise', [[0, 1], [0.5, 2], [1, 3]], 1],
    ['a perfect fall', [[0, 1], [1, 0]], -1],
    // mean x 0.5, mean y 1: dx ±0.5, dy [0, 1, -1, 0], Σdxdy 0
    ['no relation', [[1, 1], [0, 2], [0, 0], [1, 1]], 0],
  ] as const)('of %s', (_, pairs, expected) => {
    expect(pearsonFromSums(sumsOf(pairs))).toBeCloseTo(expected, 12);
  });

  it.each([
    ['no pairs', []],
    ['one pair', [[1, 2]]],
    ['everyone with the same item score', [[1, 2], [1, 3], [1, 5]]],
    ['everyone with the same rest', [[0, 2], [1, 2], [0.5, 2]]],
    // 0.1 ten times: the sums leave a rounding residue, not a variance.
    ['a constant that floats do not add up exactly', Array.from({ length: 10 }, (_, index) => [0.1, index] as const)],
  ] as const)('is undefined (null) for %s', (_, pairs) => {
    expect(pearsonFromSums(sumsOf(pairs))).toBeNull();
  });
});

describe('itemFlags and itemVerdict', () => {
  const stats = (students: number, facility: number, discrimination: number | null, strongFacility: number | null) => ({ students, facility, discrimination, strongFacility });

  it('flags nothing below ten students, whatever the figures', () => {
    expect(itemFlags(stats(9, 0.1, -0.5, 0))).toEqual([]);
    expect(itemVerdict(9, [])).toBe('too_few');
  });

  it('flags a scenario that does not discriminate (below 0.2, or everyone alike)', () => {
    expect(itemFlags(stats(10, 0.6, 0.19, 0.8))).toEqual(['no_discrimination']);
    expect(itemFlags(stats(10, 0.6, -0.3, 0.8))).toEqual(['no_discrimination']);
    expect(itemFlags(stats(10, 0.5, null, 0.5))).toEqual(['no_discrimination']);
    expect(itemFlags(stats(10, 0.6, 0.2, 0.8))).toEqual([]);
  });

  it('flags a scenario most strong students get wrong (their mean score below half)', () => {
    expect(itemFlags(stats(12, 0.4, 0.35, 0.49))).toEqual(['strong_students_miss']);
    expect(itemFlags(stats(12, 0.4, 0.35, 0.5))).toEqual([]);
    expect(itemFlags(stats(12, 0.2, 0.1, 0.3))).toEqual(['strong_students_miss', 'no_discrimination']);
  });

  it('only notes a scenario everyone gets right (95 % or more), even though it cannot discriminate', () => {
    expect(itemFlags(stats(10, 0.95, null, 1))).toEqual(['everyone_right']);
    expect(itemFlags(stats(10, 0.97, 0.05, 1))).toEqual(['everyone_right']);
    expect(itemVerdict(10, ['everyone_right'])).toBe('note');
  });

  it('calls a flagged scenario content to fix, and a clean one fine', () => {
    expect(itemVerdict(10, ['no_discrimination'])).toBe('fix');
    expect(itemVerdict(10, ['strong_students_miss'])).toBe('fix');
    expect(itemVerdict(10, [])).toBe('ok');
  });
});

describe('discriminationBand', () => {
  it.each([
    [null, 'undefined'],
    [-0.01, 'negative'],
    [0, 'weak'],
    [0.19, 'weak'],
    [0.2, 'fair'],
    [0.39, 'fair'],
    [0.4, 'good'],
    [1, 'good'],
  ] as const)('of %s is %s', (value, band) => {
    expect(discriminationBand(value)).toBe(band);
  });
});

describe('scenarioItemStats', () => {
  it('turns the sums into facility, share fully right, discrimination and strong students’ facility', () => {
    const pairs = [[1, 3], [1, 2], [0, 2], [0, 1], [0.5, 2], [1, 2.5], [0, 0.5], [1, 3], [0.5, 1], [1, 2]] as const;
    const item = scenarioItemStats({ scenarioId: 's', ...sumsOf(pairs), fullyRight: 5, strong: 4, strongScoreSum: 3.5 });
    expect(item.students).toBe(10);
    expect(item.facility).toBeCloseTo(6 / 10, 12);
    expect(item.fullyRightShare).toBe(0.5);
    expect(item.discrimination).toBeGreaterThan(0.7);
    expect(item.strongFacility).toBe(3.5 / 4);
    expect(item.flags).toEqual([]);
    expect(item.verdict).toBe('ok');
  });
});

const chat = parseExhibit('s.md', {
  kind: 'chat',
  firstLine: 1,
  index: 0,
  lines: ['app: YiChat', 'with: Shop', 'me: Me', '---', '14:02 Shop: Hello', '14:02 Shop: Pay here https://pay.example.com {!look-alike-link}', '14:03 Shop: Ten minutes left {!urgency}', '14:05 Me: OK'],
}).exhibit!;

const scenario = {
  id: 's',
  locale: 'en',
  title: 'The re-buy link',
  verdict: 'scam',
  exhibits: [chat],
  questions: [
    { id: 'q1', type: 'single', prompt: 'What do you do?', options: [{ id: 'a', text: 'Pay', explanation: '' }, { id: 'b', text: 'Check the app', explanation: '' }], answer: 'b' },
    { id: 'q2', type: 'spot', prompt: 'Mark what is suspicious.' },
    { id: 'q3', type: 'multiple', prompt: 'Which are right?', options: [{ id: 'a', text: 'A', explanation: '' }, { id: 'b', text: 'B', explanation: '' }, { id: 'c', text: 'C', explanation: '' }], answer: ['a', 'c'] },
  ],
} as unknown as LocalizedScenario;

describe('questionItemView', () => {
  it('lists every option in the written order with its count and share, the key marked', () => {
    const view = questionItemView(scenario, 2, { scenarioId: 's', questionId: 'q3', students: 10, correct: 4 }, new Map([['a', 7], ['c', 5]]));
    expect(view.facility).toBe(0.4);
    expect(view.options).toEqual([
      { id: 'a', text: 'A', isKey: true, count: 7, share: 0.7 },
      { id: 'b', text: 'B', isKey: false, count: 0, share: 0 },
      { id: 'c', text: 'C', isKey: true, count: 5, share: 0.5 },
    ]);
  });

  it('lists a spot question’s key lines, most missed first, and the other lines marked, most marked first', () => {
    const lines = chat.body.map((line) => line.id);
    const view = questionItemView(scenario, 1, { scenarioId: 's', questionId: 'q2', students: 8, correct: 2 }, new Map([[lines[1], 6], [lines[2], 3], [lines[0], 1], [lines[3], 2]]));
    expect(view.missedKeyLines).toEqual([
      { id: lines[2], text: 'Shop: Ten minutes left', count: 5, share: 5 / 8 },
      { id: lines[1], text: 'Shop: Pay here https://pay.example.com', count: 2, share: 2 / 8 },
    ]);
    expect(view.falselyMarkedLines).toEqual([
      { id: lines[3], text: 'Me: OK', count: 2, share: 2 / 8 },
      { id: lines[0], text: 'Shop: Hello', count: 1, share: 1 / 8 },
    ]);
    expect(view.options).toEqual([]);
  });

  it('writes a speaker’s colon as the scenario’s language does', () => {
    const lines = chat.body.map((line) => line.id);
    const view = questionItemView({ ...scenario, locale: 'zh-CN' }, 1, { scenarioId: 's', questionId: 'q2', students: 1, correct: 0 }, new Map([[lines[0], 1]]));
    expect(view.falselyMarkedLines[0].text).toBe('Shop：Hello');
  });

  it('has no facility for a question nobody answered', () => {
    expect(questionItemView(scenario, 0, undefined, new Map()).facility).toBeNull();
  });
});

describe('itemAnalysisViews', () => {
  const item = (scenarioId: string, verdict: ScenarioItemStats['verdict']): ScenarioItemStats => ({ scenarioId, students: 10, facility: 0.5, fullyRightShare: 0.5, discrimination: 0.3, strongStudents: 4, strongFacility: 0.7, flags: [], verdict });

  it('puts content to fix first, then notes, the rest and too few, each in the set’s order', () => {
    const views = itemAnalysisViews([item('c', 'ok'), item('b', 'fix'), item('a', 'too_few'), item('d', 'note'), item('e', 'fix')], [], [], () => undefined, ['a', 'b', 'c', 'd', 'e']);
    expect(views.map((view) => view.scenarioId)).toEqual(['b', 'e', 'd', 'c', 'a']);
  });

  it('keeps the figures of a scenario the library no longer has, without its questions', () => {
    const [view] = itemAnalysisViews([item('gone', 'ok')], [{ scenarioId: 'gone', questionId: 'q1', students: 10, correct: 5 }], [], () => undefined, []);
    expect(view).toMatchObject({ scenarioId: 'gone', title: null, questions: [], facility: 0.5 });
  });

  it('joins counts to the scenario’s questions', () => {
    const [view] = itemAnalysisViews([item('s', 'ok')], [{ scenarioId: 's', questionId: 'q1', students: 10, correct: 6 }], [{ scenarioId: 's', questionId: 'q1', optionId: 'b', count: 6 }, { scenarioId: 's', questionId: 'q1', optionId: 'a', count: 4 }], (id) => (id === 's' ? scenario : undefined), ['s']);
    expect(view.title).toBe('The re-buy link');
    expect(view.questions.map((question) => question.id)).toEqual(['q1', 'q2', 'q3']);
    expect(view.questions[0].options.map((option) => [option.id, option.count])).toEqual([
      ['a', 4],
      ['b', 6],
    ]);
    expect(view.questions[1].students).toBe(0);
  });
});
