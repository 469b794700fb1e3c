import { describe, expect, it } from 'vitest';
import { classProgressRows, latestShare, type AssignmentTagCounts } from '@/domain/analytics/class-progress';

const row = (assignmentId: string, tag: string, metScam: number, fellForIt: number, dimension: AssignmentTagCounts['dimension'] = 'script'): AssignmentTagCounts => ({ assignmentId, dimension, tag, metScam, fellForIt });

describe('classProgressRows', () => {
  const counts = [row('a1', 'relink', 20, 6), row('a3', 'relink', 18, 3), row('a2', 'refund', 10, 5), row('a1', 'urgency', 20, 8, 'redFlag'), row('a2', 'nobody', 0, 0)];

  it('gives one cell per assignment in column order, with "not trained" as null and the change from first to last', () => {
    const rows = classProgressRows(['a1', 'a2', 'a3'], counts, 'script');
    const relink = rows.find((candidate) => candidate.tag === 'relink')!;
    expect(relink.cells).toEqual([
      { assignmentId: 'a1', metScam: 20, fellForIt: 6, share: 0.3 },
      { assignmentId: 'a2', metScam: 0, fellForIt: 0, share: null },
      { assignmentId: 'a3', metScam: 18, fellForIt: 3, share: 3 / 18 },
    ]);
    expect(relink.change).toBeCloseTo(3 / 18 - 0.3);
    expect(rows.find((candidate) => candidate.tag === 'refund')!.change).toBeNull();
  });

  it('keeps to one dimension, drops tags nobody met, and puts what the class still falls for first', () => {
    const rows = classProgressRows(['a1', 'a2', 'a3'], counts, 'script');
    expect(rows.map((candidate) => candidate.tag)).toEqual(['refund', 'relink']);
    expect(rows.map(latestShare)).toEqual([0.5, 3 / 18]);
    expect(classProgressRows(['a1', 'a2', 'a3'], counts, 'redFlag').map((candidate) => candidate.tag)).toEqual(['urgency']);
  });
});
