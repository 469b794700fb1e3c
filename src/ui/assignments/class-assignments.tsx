import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import { formatDateTime } from '@/domain/shared/time-zones';

export type ClassAssignmentItem = { id: string; title: string; opensAt: Date; closesAt: Date; timeZone: string; submittedStudents: number; activeStudents: number };

type ClassAssignmentsProps = { locale: Locale; classroomId: string; assignments: ClassAssignmentItem[]; t: Translate };

/** The assignments section of a class page: each assignment with its window and submissions, and a way to add one. */
export function ClassAssignments({ locale, classroomId, assignments, t }: ClassAssignmentsProps) {
  return (
    <section className="class-assignments" aria-labelledby="class-assignments-heading">
      <div className="section-head">
        <h2 id="class-assignments-heading">{t('classAssignments.heading')}</h2>
        <span className="button-row">
          {assignments.length > 0 && (
            <a className="button secondary" href={`/${locale}/trainer/classes/${classroomId}/progress`}>
              {t('classProgress.link')}
            </a>
          )}
          <a className="button primary" href={`/${locale}/trainer/classes/${classroomId}/assignments/new`}>
            {t('classAssignments.new')}
          </a>
        </span>
      </div>
      {assignments.length === 0 ? (
        <p className="notice">{t('classAssignments.empty')}</p>
      ) : (
        <ul className="class-assignment-list">
          {assignments.map((assignment) => (
            <li key={assignment.id} className="class-assignment">
              <a href={`/${locale}/trainer/assignments/${assignment.id}`} className="class-assignment-title">
                {assignment.title}
              </a>
              <span className="class-assignment-window">
                {t('report.windowValue', { opens: formatDateTime(assignment.opensAt, locale, assignment.timeZone), closes: formatDateTime(assignment.closesAt, locale, assignment.timeZone) })}
              </span>
              <span className="class-assignment-count">{t('classAssignments.submitted', { submitted: assignment.submittedStudents, total: assignment.activeStudents })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
