import { describe, expect, it } from 'vitest';
import { studentsNeedingHelp, type StudentMisses } from '@/domain/analytics/students-needing-help';

const student = (studentId: string, grade: number | null) => ({ studentId, displayName: studentId.toUpperCase(), studentNumber: null, grade });
const miss = (studentId: string, dimension: StudentMisses['dimension'], tag: string, fellForIt: number, falseAlarms = 0): StudentMisses => ({ studentId, dimension, tag, fellForIt, falseAlarms });

describe('studentsNeedingHelp', () => {
  it('totals each student\'s misses from the per-scenario rows and lists their scripts, most falls first', () => {
    const list = studentsNeedingHelp(
      [miss('a', 'scenario', 's1', 1), miss('a', 'scenario', 's2', 1), miss('a', 'scenario', 's3', 0, 1), miss('a', 'script', 'relink', 1), miss('a', 'script', 'refund', 2), miss('b', 'scenario', 's1', 1), miss('b', 'script', 'relink', 1)],
      [student('a', 0.3), student('b', 0.6), student('c', 1)],
    );
    expect(list).toEqual([
      { studentId: 'a', displayName: 'A', studentNumber: null, grade: 0.3, fellForIt: 2, falseAlarms: 1, scripts: ['refund', 'relink'] },
      { studentId: 'b', displayName: 'B', studentNumber: null, grade: 0.6, fellForIt: 1, falseAlarms: 0, scripts: ['relink'] },
    ]);
  });

  it('puts the lower grade first when two missed as much', () => {
    const list = studentsNeedingHelp([miss('a', 'scenario', 's1', 1), miss('b', 'scenario', 's1', 1)], [student('a', 0.8), student('b', 0.4)]);
    expect(list.map((entry) => entry.studentId)).toEqual(['b', 'a']);
  });
});
