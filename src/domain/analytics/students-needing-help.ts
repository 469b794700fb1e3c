/** What one student missed under one script (or, with dimension `scenario`, in one scenario). */
export type StudentMisses = { studentId: string; dimension: 'script' | 'scenario'; tag: string; fellForIt: number; falseAlarms: number };

export type StudentNeedingHelp = {
  studentId: string;
  displayName: string;
  studentNumber: string | null;
  grade: number | null;
  /** Scams this student fell for, and genuine messages they distrusted, in their first attempt. */
  fellForIt: number;
  falseAlarms: number;
  /** The scripts of the scams they fell for, most falls first. */
  scripts: string[];
};

type Student = Pick<StudentNeedingHelp, 'studentId' | 'displayName' | 'studentNumber' | 'grade'>;

/** The students who missed something, those who missed most first (then the lower grade, then by name). */
export function studentsNeedingHelp(misses: readonly StudentMisses[], students: readonly Student[]): StudentNeedingHelp[] {
  return students
    .map((student): StudentNeedingHelp => {
      const own = misses.filter((miss) => miss.studentId === student.studentId);
      const perScenario = own.filter((miss) => miss.dimension === 'scenario');
      const scripts = own
        .filter((miss) => miss.dimension === 'script' && miss.fellForIt > 0)
        .sort((a, b) => b.fellForIt - a.fellForIt || a.tag.localeCompare(b.tag))
        .map((miss) => miss.tag);
      return {
        ...student,
        fellForIt: perScenario.reduce((sum, miss) => sum + miss.fellForIt, 0),
        falseAlarms: perScenario.reduce((sum, miss) => sum + miss.falseAlarms, 0),
        scripts,
      };
    })
    .filter((student) => student.fellForIt + student.falseAlarms > 0)
    .sort((a, b) => b.fellForIt + b.falseAlarms - (a.fellForIt + a.falseAlarms) || (a.grade ?? 0) - (b.grade ?? 0) || a.displayName.localeCompare(b.displayName));
}
