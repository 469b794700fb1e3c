import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { startAssignmentAction } from '@/server/actions/assignments';
import { getDevice } from '@/server/auth/device';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { listMyAssignments } from '@/server/db/assignments';
import { listDeviceStudents } from '@/server/db/students';
import { toPercent } from '@/domain/scoring/score-display';
import { formatDateTime } from '@/domain/shared/time-zones';
import { StatusBadge } from '@/ui/assignments/status-badge';
import { ProgressLink } from '@/ui/progress/progress-link';

/** Refusals the start action can send back here, each with a message in the catalogue. */
const KNOWN_ERRORS = ['assignment_not_open', 'assignment_closed', 'no_attempts_left', 'not_in_class', 'assignment_not_found', 'set_unknown', 'attempt_not_found', 'not_saved'];

type MyParams = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> };

export async function generateMetadata({ params }: MyParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('my.title') } : {};
}

export default async function MyAssignmentsPage({ params, searchParams }: MyParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { error } = await searchParams;
  const t = getTranslator(locale);
  const device = await getDevice();
  const [students, assignments] = await Promise.all([listDeviceStudents(device), listMyAssignments(device)]);

  return (
    <div className="my-assignments">
      <h1>{t('my.title')}</h1>
      {students.length > 0 && (
        <p className="my-classes">
          {t('my.signedInAs', { classes: students.map((student) => `${student.displayName} · ${student.classroomName}`).join(t('my.listSeparator')) })}
        </p>
      )}
      <ProgressLink locale={locale} label={t('myProgress.link')} hint={t('myProgress.linkHint')} />
      {error && KNOWN_ERRORS.includes(error) && (
        <p className="notice error" role="alert">
          {t(`my.error.${error}`)}
        </p>
      )}
      {students.length === 0 ? (
        <div className="notice">
          <p>{t('my.noClass')}</p>
          <p className="my-empty-actions">
            <a className="button primary" href={`/${locale}/join`}>
              {t('my.join')}
            </a>
            <a className="button secondary" href={`/${locale}/recover`}>
              {t('my.recover')}
            </a>
          </p>
        </div>
      ) : assignments.length === 0 ? (
        <p className="notice">{t('my.noAssignments')}</p>
      ) : (
        <ul className="assignment-list">
          {assignments.map((assignment) => {
            const title = quizSetTitle(assignment.setId, locale);
            const headingId = `assignment-${assignment.id}`;
            return (
              <li key={assignment.id} className={`assignment-card status-${assignment.status}`}>
                <div className="assignment-card-head">
                  <h2 id={headingId}>{title}</h2>
                  <StatusBadge status={assignment.status} label={t(`assignment.status.${assignment.status}`)} />
                </div>
                <p className="assignment-class">{assignment.classroomName}</p>
                <dl className="assignment-facts">
                  {!assignment.isOpen && assignment.opensAt > new Date() && (
                    <>
                      <dt>{t('my.opens')}</dt>
                      <dd>{formatDateTime(assignment.opensAt, locale, assignment.timeZone)}</dd>
                    </>
                  )}
                  <dt>{t('my.closes')}</dt>
                  <dd>{formatDateTime(assignment.closesAt, locale, assignment.timeZone)}</dd>
                  <dt>{t('my.attempts')}</dt>
                  <dd>
                    {assignment.attemptsAllowed === null
                      ? t('my.attemptsUnlimited', { used: assignment.attemptsUsed })
                      : t('my.attemptsUsed', { used: assignment.attemptsUsed, allowed: assignment.attemptsAllowed })}
                  </dd>
                  {assignment.timeLimitMinutes !== null && (
                    <>
                      <dt>{t('my.timeLimit')}</dt>
                      <dd>{t('my.minutes', { minutes: assignment.timeLimitMinutes })}</dd>
                    </>
                  )}
                  {assignment.grade !== null && (
                    <>
                      <dt>{t('my.grade')}</dt>
                      <dd className="assignment-grade">{t('summary.percent', { percent: toPercent(assignment.grade) })}</dd>
                    </>
                  )}
                </dl>
                <div className="assignment-actions">
                  {assignment.openAttemptId ? (
                    <a className="button primary" href={`/${locale}/attempts/${assignment.openAttemptId}`} aria-describedby={headingId}>
                      {t('my.continue')}
                    </a>
                  ) : (
                    assignment.canStart && (
                      <form action={startAssignmentAction}>
                        <input type="hidden" name="assignmentId" value={assignment.id} />
                        <input type="hidden" name="locale" value={locale} />
                        <button type="submit" className="button primary" aria-describedby={headingId}>
                          {assignment.attemptsUsed === 0 ? t('my.start') : t('my.startAgain')}
                        </button>
                      </form>
                    )
                  )}
                  {assignment.lastAttemptId && !assignment.openAttemptId && (
                    <a className="button secondary" href={`/${locale}/attempts/${assignment.lastAttemptId}/summary`} aria-describedby={headingId}>
                      {t('my.viewLast')}
                    </a>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="my-footer">
        <a href={`/${locale}/join`}>{t('my.joinAnother')}</a> · <a href={`/${locale}`}>{t('my.practice')}</a>
      </p>
    </div>
  );
}
