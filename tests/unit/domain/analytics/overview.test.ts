import { describe, expect, it } from 'vitest';
import { assignmentOverview, median, type OverviewStudent } from '@/domain/analytics/overview';

const student = (status: OverviewStudent['status'], grade: number | null, durationsMs: number[] = [], attemptsUsed = durationsMs.length): OverviewStudent => ({ status, grade, durationsMs, attemptsUsed });

describe('median', () => {
  it.each([
    [[], null],
    [[3], 3],
    [[5, 1, 3], 3],
    [[4, 1, 3, 2], 2.5],
  ])('of %j is %s', (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe('assignmentOverview', () => {
  it('counts students by status, bins their grades and takes mean, median and time taken', () => {
    const overview = assignmentOverview([
      student('submitted', 1, [600_000]),
      student('closed', 0.7, [300_000, 900_000]),
      student('submitted', 0.05, [120_000]),
      student('in_progress', null, [], 1),
      student('not_started', null),
      student('overdue', null),
    ]);
    expect(overview.students).toBe(6);
    expect(overview.counts).toEqual({ submitted: 3, inProgress: 1, notStarted: 1, overdue: 1 });
    expect(overview.histogram.map((bin) => bin.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 1, 0, 1]);
    expect(overview.histogram[7]).toEqual({ from: 0.7, to: 0.8, count: 1 });
    expect(overview.meanGrade).toBeCloseTo((1 + 0.7 + 0.05) / 3, 10);
    expect(overview.medianGrade).toBe(0.7);
    expect(overview.medianDurationMs).toBe(450_000);
    expect(overview.attemptsUsed).toBe(5);
  });

  it('has no averages before anyone submits', () => {
    const overview = assignmentOverview([student('not_started', null)]);
    expect(overview).toMatchObject({ meanGrade: null, medianGrade: null, medianDurationMs: null, attemptsUsed: 0 });
    expect(overview.histogram.every((bin) => bin.count === 0)).toBe(true);
  });
});
