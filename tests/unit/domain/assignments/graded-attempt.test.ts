import { describe, expect, it } from 'vitest';
import { gradeAttempts, gradedAttemptIndex } from '@/domain/assignments/rules';

describe('gradedAttemptIndex', () => {
  it.each([
    ['highest', [0.4, 0.9, 0.6], 1],
    ['highest', [0.9, 0.4, 0.9], 0],
    ['last', [0.4, 0.9, 0.6], 2],
    ['first', [0.4, 0.9, 0.6], 0],
    ['highest', [], null],
    ['first', [], null],
  ] as const)('%s of %j is attempt %s', (method, scores, expected) => {
    expect(gradedAttemptIndex(method, scores)).toBe(expected);
  });

  it('points at the attempt whose score is the grade', () => {
    const histories = [[0], [0.2, 0.2], [0.1, 0.7, 0.3, 0.7], [1, 0, 0.5]];
    for (const method of ['highest', 'last', 'first'] as const) {
      for (const scores of histories) expect(scores[gradedAttemptIndex(method, scores)!]).toBe(gradeAttempts(method, scores));
    }
  });
});
