import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { STUDENT_WEAK_SPOT_DIMENSIONS } from '@/domain/analytics/student-progress';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage, getStaffViewer } from '@/server/auth/staff';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { findClassStudent, getStudentProgress } from '@/server/db/student-progress';
import { GradeTrendChart } from '@/ui/trainer-progress/grade-trend-chart';
import { StudentAttempts } from '@/ui/trainer-progress/student-attempts';
import { StudentWeakSpots } from '@/ui/trainer-progress/student-weak-spots';
import { gradeTrendText, shortDate, studentAttemptsText, studentWeakSpotText } from '@/ui/trainer-progress/texts';

type StudentParams = { params: Promise<{ locale: string; classId: string; studentId: string }> };

export async function generateMetadata({ params }: StudentParams): Promise<Metadata> {
  const { locale, classId, studentId } = await params;
  if (!isLocale(locale)) return {};
  const staff = await getStaffViewer();
  const student = staff ? await findClassStudent(staff, classId, studentId) : undefined;
  return { title: student?.ok ? getTranslator(locale)('studentProgress.title', { name: student.value.displayName }) : getTranslator(locale)('trainer.title') };
}

/** One student across the class's assignments, for the class's trainer: grades over time, weak spots, every attempt. */
export default async function StudentProgressPage({ params }: StudentParams) {
  const { locale, classId, studentId } = await params;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/students/${studentId}`, 'trainer', 'admin');
  const progress = await getStudentProgress(staff, classId, studentId, scenarioFacts);
  if (!progress.ok) notFound();
  const t = getTranslator(locale);
  const { student, assignments, totals, weakSpots, classroomName } = progress.value;
  const setTitle = (setId: string) => quizSetTitle(setId, locale);
  const numberOf = (assignmentId: string) => assignments.findIndex((assignment) => assignment.assignmentId === assignmentId) + 1;
  const day = shortDate(locale, false);
  const hasSubmissions = totals.metScam + totals.metGenuine > 0;

  return (
    <section className="student-page">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={base}>{classroomName}</a> › <a href={`${base}/progress`}>{t('classProgress.title')}</a>
      </p>
      <h1>{student.displayName}</h1>
      <p className="student-id">
        {student.studentNumber && <span className="student-number">{student.studentNumber}</span>}
        {student.isRemoved && <span className="status-badge status-removed">{t('studentProgress.removed')}</span>}
      </p>
      {hasSubmissions && (
        <p className="student-totals">
          <span className={totals.fellForIt > 0 ? 'fell' : undefined}>{t('studentProgress.totalsFell', { count: totals.fellForIt, total: totals.metScam })}</span>
          <span className={totals.falseAlarms > 0 ? 'alarm' : undefined}>{t('studentProgress.totalsAlarms', { count: totals.falseAlarms, total: totals.metGenuine })}</span>
        </p>
      )}

      {assignments.length === 0 ? (
        <p className="notice">{t('studentProgress.noAssignments')}</p>
      ) : (
        <>
          <h2>{t('studentProgress.gradesHeading')}</h2>
          <GradeTrendChart
            points={assignments.map((assignment, index) => ({
              key: assignment.assignmentId,
              label: String(index + 1),
              title: setTitle(assignment.setId),
              opens: day(assignment.opensAt, assignment.timeZone),
              grade: assignment.grade,
              attempts: assignment.attempts.length,
            }))}
            text={gradeTrendText(t, student.displayName, assignments.length)}
          />

          <h2>{t('studentProgress.weakHeading')}</h2>
          <p className="hint">{t('studentProgress.basis')}</p>
          {!hasSubmissions ? (
            <p className="notice">{t('studentProgress.noSubmissions')}</p>
          ) : weakSpots.length === 0 ? (
            <p className="notice success">{t('studentProgress.noMisses')}</p>
          ) : (
            STUDENT_WEAK_SPOT_DIMENSIONS.map((dimension) => {
              const spots = weakSpots.filter((spot) => spot.dimension === dimension);
              return (
                spots.length > 0 && (
                  <section key={dimension} className="weak-spot-group">
                    <h3>{t(`results.dimension.${dimension}`)}</h3>
                    <StudentWeakSpots spots={spots} text={studentWeakSpotText(t)} />
                  </section>
                )
              );
            })
          )}

          <h2>{t('studentProgress.attemptsHeading')}</h2>
          <StudentAttempts assignments={assignments} reviewHref={(attemptId) => `/${locale}/trainer/attempts/${attemptId}`} text={studentAttemptsText(t, locale, setTitle, numberOf)} />
        </>
      )}
    </section>
  );
}
