import { describe, expect, it } from 'vitest';
import { assignmentProgress, studentWeakSpots, type StudentTagCounts } from '@/domain/analytics/student-progress';

const counts = (tag: string, metScam: number, fellForIt: number, metGenuine = 0, falseAlarms = 0, dimension: StudentTagCounts['dimension'] = 'script'): StudentTagCounts => ({ dimension, tag, metScam, fellForIt, metGenuine, falseAlarms });

describe('studentWeakSpots', () => {
  it('keeps the tags missed at least once, most misses first, then the larger share', () => {
    const spots = studentWeakSpots([counts('safe-script', 3, 0), counts('once-of-four', 4, 1), counts('once-of-one', 1, 1), counts('twice', 3, 2), counts('alarm', 0, 0, 2, 1)]);
    expect(spots.map((spot) => spot.tag)).toEqual(['twice', 'once-of-one', 'alarm', 'once-of-four']);
    expect(spots[0]).toMatchObject({ fellShare: 2 / 3, falseAlarmShare: null });
    expect(spots[2]).toMatchObject({ fellShare: null, falseAlarmShare: 0.5 });
  });
});

describe('assignmentProgress', () => {
  const start = new Date('2026-12-01T09:00:00Z');
  const attempt = (attemptNumber: number, score: number | null, minutes: number | null) => ({
    id: `a${attemptNumber}`,
    attemptNumber,
    startedAt: start,
    submittedAt: minutes === null ? null : new Date(start.getTime() + minutes * 60_000),
    isSubmitted: minutes !== null,
    score,
    itemCount: 4,
  });
  const assignment = { assignmentId: 'x', setId: 's', opensAt: start, timeZone: 'Asia/Shanghai' };

  it('grades each submitted attempt as a share of its scenarios, with its duration, in attempt order', () => {
    const progress = assignmentProgress({ ...assignment, grading: 'highest' }, [attempt(2, 3, 12), attempt(1, 1, 5), attempt(3, null, null)]);
    expect(progress.attempts.map((row) => [row.attemptNumber, row.grade, row.durationMs])).toEqual([
      [1, 0.25, 5 * 60_000],
      [2, 0.75, 12 * 60_000],
      [3, null, null],
    ]);
    expect(progress.grade).toBe(0.75);
  });

  it('applies the assignment grading method, and has no grade before a submission', () => {
    expect(assignmentProgress({ ...assignment, grading: 'first' }, [attempt(1, 1, 5), attempt(2, 4, 6)]).grade).toBe(0.25);
    expect(assignmentProgress({ ...assignment, grading: 'last' }, [attempt(1, 4, 5), attempt(2, 2, 6)]).grade).toBe(0.5);
    expect(assignmentProgress({ ...assignment, grading: 'highest' }, [attempt(1, null, null)]).grade).toBeNull();
    expect(assignmentProgress({ ...assignment, grading: 'highest' }, []).grade).toBeNull();
  });
});
