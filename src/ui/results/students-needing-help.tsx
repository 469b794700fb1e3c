import type { StudentNeedingHelp } from '@/domain/analytics/students-needing-help';

export type StudentsNeedingHelpText = {
  grade: (grade: number | null) => string;
  misses: (fell: number, alarms: number) => string;
  script: (id: string) => string;
  more: (count: number) => string;
  listSeparator: string;
};

const SHOWN = 10;

function StudentRow({ student, href, text }: { student: StudentNeedingHelp; href: string; text: StudentsNeedingHelpText }) {
  return (
    <li className="help-row">
      <a href={href} className="help-name">
        {student.displayName}
      </a>
      {student.studentNumber && <span className="student-number">{student.studentNumber}</span>}
      <span className="help-grade">{text.grade(student.grade)}</span>
      <span className="help-misses">{text.misses(student.fellForIt, student.falseAlarms)}</span>
      {student.scripts.length > 0 && <span className="help-scripts">{student.scripts.map(text.script).join(text.listSeparator)}</span>}
    </li>
  );
}

/** The students who missed most, first; beyond ten, the rest fold away. */
export function StudentsNeedingHelp({ students, hrefOf, text }: { students: readonly StudentNeedingHelp[]; hrefOf: (studentId: string) => string; text: StudentsNeedingHelpText }) {
  const row = (student: StudentNeedingHelp) => <StudentRow key={student.studentId} student={student} href={hrefOf(student.studentId)} text={text} />;
  return (
    <>
      <ol className="help-list">{students.slice(0, SHOWN).map(row)}</ol>
      {students.length > SHOWN && (
        <details className="help-more">
          <summary>{text.more(students.length - SHOWN)}</summary>
          <ol className="help-list" start={SHOWN + 1}>
            {students.slice(SHOWN).map(row)}
          </ol>
        </details>
      )}
    </>
  );
}
