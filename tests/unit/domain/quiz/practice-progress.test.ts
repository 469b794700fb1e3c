import { describe, expect, it } from 'vitest';
import { summarizePracticeProgress, type PracticeAttemptRecord } from '@/domain/quiz/practice-progress';

const run = (overrides: Partial<PracticeAttemptRecord>): PracticeAttemptRecord => ({
  id: 'a',
  setId: 'basics',
  status: 'submitted',
  score: 0,
  itemCount: 4,
  answered: 4,
  isRetry: false,
  ...overrides,
});

describe('practice progress of one device', () => {
  it('keeps the best whole percentage of full, finished runs per set', () => {
    const progress = summarizePracticeProgress([
      run({ id: 'new', score: 2.5 }),
      run({ id: 'old', score: 3 }),
      run({ id: 'other', setId: 'sellers', score: 1, itemCount: 3 }),
    ]);
    expect(progress.bestPercent).toEqual({ basics: 75, sellers: 33 });
  });

  it('does not count a retry of the missed scenarios, which covers only part of the set', () => {
    expect(summarizePracticeProgress([run({ score: 1, itemCount: 1, isRetry: true }), run({ score: 1 })]).bestPercent).toEqual({ basics: 25 });
  });

  it('lists unfinished runs in the order given, with their progress, and gives them no score', () => {
    const progress = summarizePracticeProgress([
      run({ id: 'newest', status: 'in_progress', score: null, answered: 1 }),
      run({ id: 'finished', score: 4 }),
      run({ id: 'older', setId: 'sellers', status: 'in_progress', score: null, answered: 2, itemCount: 6, isRetry: true }),
    ]);
    expect(progress.open).toEqual([
      { id: 'newest', setId: 'basics', answered: 1, total: 4 },
      { id: 'older', setId: 'sellers', answered: 2, total: 6 },
    ]);
    expect(progress.bestPercent).toEqual({ basics: 100 });
  });

  it('has a best of 0 % for a finished run with nothing right, unlike a set never finished', () => {
    expect(summarizePracticeProgress([run({ score: 0 })]).bestPercent).toEqual({ basics: 0 });
    expect(summarizePracticeProgress([]).bestPercent).toEqual({});
  });
});
