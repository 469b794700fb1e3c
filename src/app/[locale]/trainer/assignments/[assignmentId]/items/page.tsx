import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet, quizSetTitle } from '@/server/content/quiz-sets';
import { loadItemAnalysisSubmittingExpired } from '@/server/db/item-analysis';
import { ItemAnalysisGuide, ScenarioItemCard } from '@/ui/results/item-analysis';

type ItemsParams = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: ItemsParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('items.title') } : {};
}

export default async function ItemAnalysisPage({ params }: ItemsParams) {
  const { locale, assignmentId } = await params;
  if (!isLocale(locale)) notFound();
  const reportPath = `/${locale}/trainer/assignments/${assignmentId}`;
  const staff = await getStaffForPage(locale, `${reportPath}/items`, 'trainer', 'admin');
  const library = getContentLibrary();
  const analysis = await loadItemAnalysisSubmittingExpired(staff, assignmentId, {
    scenario: (id) => library.scenarios.get(id)?.byLocale[locale],
    scenarioIdsOf: (setId) => findQuizSet(setId, locale, library)?.scenarioIds ?? [],
  });
  if (!analysis.ok) notFound();
  const t = getTranslator(locale);
  const { scenarios, students, setId, classroomId, classroomName } = analysis.value;
  const flagged = scenarios.filter((item) => item.verdict === 'fix').length;

  return (
    <section className="results items">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={`/${locale}/trainer/classes/${classroomId}`}>{classroomName}</a> ›{' '}
        <a href={reportPath}>{quizSetTitle(setId, locale)}</a> › <a href={`${reportPath}/results`}>{t('results.title')}</a>
      </p>
      <h1>{t('items.title')}</h1>
      {students === 0 ? (
        <p className="notice">{t('items.noSubmissions')}</p>
      ) : (
        <>
          <p className="hint">{t('items.intro', { count: students })}</p>
          <p className={`notice${flagged > 0 ? ' warning' : ' success'}`}>{flagged > 0 ? t('items.flaggedCount', { count: flagged, total: scenarios.length }) : t('items.noneFlagged', { total: scenarios.length })}</p>
          <ItemAnalysisGuide t={t} />
          {scenarios.map((item) => (
            <ScenarioItemCard key={item.scenarioId} item={item} locale={locale} t={t} />
          ))}
        </>
      )}
    </section>
  );
}
