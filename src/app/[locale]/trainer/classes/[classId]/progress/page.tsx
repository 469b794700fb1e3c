import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CLASS_PROGRESS_DIMENSIONS, classProgressRows, type ClassProgressDimension } from '@/domain/analytics/class-progress';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { getClassProgress } from '@/server/db/class-progress';
import { ClassProgressTable } from '@/ui/trainer-progress/class-progress-table';
import { classProgressText, shortDate } from '@/ui/trainer-progress/texts';

type ProgressParams = { params: Promise<{ locale: string; classId: string }>; searchParams: Promise<{ by?: string | string[] }> };

export async function generateMetadata({ params }: ProgressParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('classProgress.title') } : {};
}

/** The class over time: per scam script (or red flag), the share who fell for it in each assignment, oldest first. */
export default async function ClassProgressPage({ params, searchParams }: ProgressParams) {
  const { locale, classId } = await params;
  const { by } = await searchParams;
  if (!isLocale(locale)) notFound();
  const base = `/${locale}/trainer/classes/${classId}`;
  const staff = await getStaffForPage(locale, `${base}/progress`, 'trainer', 'admin');
  const progress = await getClassProgress(staff, classId, scenarioFacts);
  if (!progress.ok) notFound();
  const t = getTranslator(locale);
  const dimension: ClassProgressDimension = by === 'redFlag' ? 'redFlag' : 'script';
  const { assignments, counts, classroomName } = progress.value;
  const day = shortDate(locale, false);
  const columns = assignments.map((assignment, index) => ({ id: assignment.id, label: String(index + 1), title: quizSetTitle(assignment.setId, locale), opens: day(assignment.opensAt, assignment.timeZone) }));
  const rows = classProgressRows(
    assignments.map((assignment) => assignment.id),
    counts,
    dimension,
  );

  return (
    <section className="class-progress">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={base}>{classroomName}</a>
      </p>
      <h1>{t('classProgress.title')}</h1>
      <p className="lead">{t('classProgress.intro')}</p>
      <nav className="progress-switch" aria-label={t('classProgress.title')}>
        {CLASS_PROGRESS_DIMENSIONS.map((option) => (
          <a key={option} href={option === 'script' ? `${base}/progress` : `${base}/progress?by=${option}`} aria-current={option === dimension ? 'page' : undefined}>
            {t(option === 'script' ? 'classProgress.byScript' : 'classProgress.byRedFlag')}
          </a>
        ))}
      </nav>
      {assignments.length === 0 ? (
        <p className="notice">{t('classProgress.noAssignments')}</p>
      ) : rows.length === 0 ? (
        <p className="notice">{t('classProgress.noData')}</p>
      ) : (
        <>
          <ClassProgressTable columns={columns} rows={rows} text={classProgressText(t, dimension)} />
          <p className="hint">{t('classProgress.notTrainedHelp')}</p>
        </>
      )}
    </section>
  );
}
