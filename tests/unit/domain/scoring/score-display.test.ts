import { describe, expect, it } from 'vitest';
import { attemptPercent, scoreState, toPercent } from '@/domain/scoring/score-display';

describe('score display', () => {
  it('states a scenario score as a whole percentage', () => {
    expect(toPercent(0)).toBe(0);
    expect(toPercent(0.5)).toBe(50);
    expect(toPercent(0.666)).toBe(67);
    expect(toPercent(1)).toBe(100);
  });

  it('states an attempt as the mean over every scenario of the set, unanswered ones included', () => {
    expect(attemptPercent(1.05, 5)).toBe(21);
    expect(attemptPercent(5, 5)).toBe(100);
    expect(attemptPercent(0, 0)).toBe(0);
  });

  it('names full, partial and no credit', () => {
    expect(scoreState(1)).toBe('correct');
    expect(scoreState(0.5)).toBe('partial');
    expect(scoreState(0)).toBe('wrong');
  });
});
