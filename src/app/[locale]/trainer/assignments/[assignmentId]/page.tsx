import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { toPercent } from '@/domain/scoring/score-display';
import { formatDateTime, utcToZonedLocal } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { saveOverrideAction } from '@/server/actions/assignments';
import { getStaffForPage } from '@/server/auth/staff';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { getAssignmentReport } from '@/server/db/assignments';
import { OverrideForm } from '@/ui/assignments/override-form';
import { StatusBadge } from '@/ui/assignments/status-badge';
import { ScoreRule } from '@/ui/quiz/score-rule';

type ReportParams = { params: Promise<{ locale: string; assignmentId: string }>; searchParams: Promise<{ saved?: string; updated?: string }> };

export async function generateMetadata({ params }: ReportParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('report.title') } : {};
}

export default async function AssignmentReportPage({ params, searchParams }: ReportParams) {
  const { locale, assignmentId } = await params;
  if (!isLocale(locale)) notFound();
  const { saved, updated } = await searchParams;
  const staff = await getStaffForPage(locale, `/${locale}/trainer/assignments/${assignmentId}`, 'trainer', 'admin');
  const report = await getAssignmentReport(staff, assignmentId);
  if (!report.ok) notFound();
  const t = getTranslator(locale);
  const { rules, timeZone, students } = report.value;
  const setTitle = quizSetTitle(report.value.setId, locale);
  const when = (instant: Date) => formatDateTime(instant, locale, timeZone);
  const submitted = students.filter((student) => !student.isRemoved && (student.status === 'submitted' || student.status === 'closed')).length;
  const active = students.filter((student) => !student.isRemoved).length;
  const overrideText = {
    closesAt: t('override.closesAt'),
    closesAtHint: t('override.closesAtHint'),
    extraMinutes: t('override.extraMinutes'),
    extraAttempts: t('override.extraAttempts'),
    submit: t('override.submit'),
    submitting: t('override.submitting'),
  };

  return (
    <section className="report">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={`/${locale}/trainer/classes/${report.value.classroomId}`}>{report.value.classroomName}</a>
      </p>
      <div className="section-head">
        <h1>{setTitle}</h1>
        <a className="button secondary" href={`/${locale}/trainer/assignments/${assignmentId}/edit`}>
          {t('report.edit')}
        </a>
      </div>
      {updated && (
        <p className="notice success" role="status">
          {t('report.updated')}
        </p>
      )}
      <dl className="rules-summary">
        <dt>{t('report.window')}</dt>
        <dd>{t('report.windowValue', { opens: when(rules.opensAt), closes: when(rules.closesAt) })}</dd>
        <dt>{t('assignmentForm.attemptsAllowed')}</dt>
        <dd>{rules.attemptsAllowed === null ? t('assignmentForm.unlimited') : rules.attemptsAllowed}</dd>
        <dt>{t('assignmentForm.grading')}</dt>
        <dd>{t(`assignment.grading.${rules.grading}`)}</dd>
        <dt>{t('report.timeLimit')}</dt>
        <dd>{rules.timeLimitMinutes === null ? t('report.noTimeLimit') : t('my.minutes', { minutes: rules.timeLimitMinutes })}</dd>
        <dt>{t('assignmentForm.feedback')}</dt>
        <dd>{t(`assignment.feedback.${rules.feedback}`)}</dd>
        <dt>{t('assignmentForm.shuffle')}</dt>
        <dd>{[rules.shuffleScenarios && t('assignmentForm.shuffleScenarios'), rules.shuffleOptions && t('assignmentForm.shuffleOptions')].filter(Boolean).join(t('my.listSeparator')) || t('report.noShuffle')}</dd>
      </dl>
      <div className="section-head">
        <h2>{t('report.submissions', { submitted, total: active })}</h2>
        <span className="button-row">
          <a className="button primary" href={`/${locale}/trainer/assignments/${assignmentId}/results`}>
            {t('report.results')}
          </a>
          <a className="button secondary" href={`/api/assignments/${assignmentId}/results?locale=${locale}`} download>
            {t('report.download')}
          </a>
        </span>
      </div>
      {saved && (
        <p className="notice success" role="status">
          {t('report.overrideSaved', { name: students.find((student) => student.studentId === saved)?.displayName ?? '' })}
        </p>
      )}
      {students.length > 0 && <ScoreRule t={t} audience="trainer" />}
      {students.length === 0 ? (
        <p className="notice">{t('report.noStudents')}</p>
      ) : (
        <ul className="report-list">
          {students.map((student) => (
            <li key={student.studentId} id={`student-${student.studentId}`} className={`report-row${student.isRemoved ? ' removed' : ''}`}>
              <div className="report-student">
                <strong>
                  <a href={`/${locale}/trainer/classes/${report.value.classroomId}/students/${student.studentId}`}>{student.displayName}</a>
                </strong>
                {student.studentNumber && <span className="student-number">{student.studentNumber}</span>}
                {student.isRemoved && <span className="status-badge status-removed">{t('report.removed')}</span>}
              </div>
              <StatusBadge status={student.status} label={t(`assignment.status.${student.status}`)} />
              <span className="report-attempts">{t('report.attempts', { used: student.attemptsUsed })}</span>
              <span className="report-grade">{student.grade === null ? t('report.noGrade') : t('summary.percent', { percent: toPercent(student.grade) })}</span>
              <span className="report-when">{student.lastSubmittedAt ? when(student.lastSubmittedAt) : ''}</span>
              {student.attempts.length > 0 && (
                <p className="report-attempt-links">
                  {student.attempts.map((attempt, index) => (
                    <a key={attempt.id} href={`/${locale}/trainer/attempts/${attempt.id}`}>
                      {attempt.grade === null
                        ? t('report.attemptOpen', { number: index + 1 })
                        : t('report.attemptGraded', { number: index + 1, percent: toPercent(attempt.grade) })}
                    </a>
                  ))}
                </p>
              )}
              {student.override && (
                <p className="report-override">
                  {[
                    student.override.closesAt && t('report.overrideCloses', { time: when(student.override.closesAt) }),
                    student.override.extraMinutes > 0 && t('report.overrideMinutes', { minutes: student.override.extraMinutes }),
                    student.override.extraAttempts > 0 && t('report.overrideAttempts', { count: student.override.extraAttempts }),
                  ]
                    .filter(Boolean)
                    .join(t('my.listSeparator'))}
                </p>
              )}
              {!student.isRemoved && (
                <details className="report-adjust">
                  <summary>{t('report.adjust', { name: student.displayName })}</summary>
                  <OverrideForm
                    locale={locale}
                    assignmentId={assignmentId}
                    studentId={student.studentId}
                    timeZone={timeZone}
                    current={{
                      closesAt: student.override?.closesAt ? utcToZonedLocal(student.override.closesAt, timeZone) : '',
                      extraMinutes: student.override?.extraMinutes ?? 0,
                      extraAttempts: student.override?.extraAttempts ?? 0,
                    }}
                    showTimeLimit={rules.timeLimitMinutes !== null}
                    showAttempts={rules.attemptsAllowed !== null}
                    text={overrideText}
                    action={saveOverrideAction}
                  />
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
