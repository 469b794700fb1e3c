import type { StudentAssignmentProgress } from '@/domain/analytics/student-progress';
import '@/ui/styles/trainer-progress.css';

export type StudentAttemptsText = {
  title: (assignment: StudentAssignmentProgress) => string;
  opens: (assignment: StudentAssignmentProgress) => string;
  grade: (assignment: StudentAssignmentProgress) => string;
  time: (instant: Date, timeZone: string) => string;
  attempt: (number: number) => string;
  attemptHeading: string;
  started: string;
  submitted: string;
  score: string;
  duration: string;
  inProgress: string;
  percent: (value: number) => string;
  minutes: (minutes: number) => string;
  noAttempts: string;
};

/**
 * Every attempt of the student, assignment by assignment (oldest opening first): when it started
 * and was submitted, its score and time taken, and a link to the trainer's review of it.
 */
export function StudentAttempts({ assignments, reviewHref, text }: { assignments: readonly StudentAssignmentProgress[]; reviewHref: (attemptId: string) => string; text: StudentAttemptsText }) {
  return (
    <ol className="student-assignments">
      {assignments.map((assignment) => (
        <li key={assignment.assignmentId} className="student-assignment">
          <div className="student-assignment-head">
            <h3>{text.title(assignment)}</h3>
            <span className="student-assignment-meta">{text.opens(assignment)}</span>
            <span className="student-assignment-grade">{text.grade(assignment)}</span>
          </div>
          {assignment.attempts.length === 0 ? (
            <p className="hint">{text.noAttempts}</p>
          ) : (
            <div className="table-scroll">
              <table className="data-table student-attempts-table">
                <thead>
                  <tr>
                    <th scope="col">{text.attemptHeading}</th>
                    <th scope="col">{text.started}</th>
                    <th scope="col">{text.submitted}</th>
                    <th scope="col">{text.score}</th>
                    <th scope="col">{text.duration}</th>
                  </tr>
                </thead>
                <tbody>
                  {assignment.attempts.map((attempt) => (
                    <tr key={attempt.id}>
                      <th scope="row">
                        <a href={reviewHref(attempt.id)}>{text.attempt(attempt.attemptNumber)}</a>
                      </th>
                      <td>{text.time(attempt.startedAt, assignment.timeZone)}</td>
                      <td>{attempt.submittedAt ? text.time(attempt.submittedAt, assignment.timeZone) : text.inProgress}</td>
                      <td className="numeric">{attempt.grade === null ? '–' : text.percent(Math.round(attempt.grade * 100))}</td>
                      <td className="numeric">{attempt.durationMs === null ? '–' : text.minutes(Math.max(1, Math.round(attempt.durationMs / 60_000)))}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
