import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WEAK_SPOT_DIMENSIONS, type WeakSpot } from '@/domain/analytics/weak-spots';
import { focusSetId } from '@/domain/content/focus-sets';
import { toPercent } from '@/domain/scoring/score-display';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { findQuizSet, quizSetTitle } from '@/server/content/quiz-sets';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { getAssignmentResults } from '@/server/db/results';
import { GradeHistogram, gradeHistogramText } from '@/ui/results/grade-histogram';
import { StudentsNeedingHelp } from '@/ui/results/students-needing-help';
import { WeakSpotList } from '@/ui/results/weak-spot-list';

type ResultsParams = { params: Promise<{ locale: string; assignmentId: string }> };

export async function generateMetadata({ params }: ResultsParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('results.title') } : {};
}

export default async function AssignmentResultsPage({ params }: ResultsParams) {
  const { locale, assignmentId } = await params;
  if (!isLocale(locale)) notFound();
  const reportPath = `/${locale}/trainer/assignments/${assignmentId}`;
  const staff = await getStaffForPage(locale, `${reportPath}/results`, 'trainer', 'admin');
  const results = await getAssignmentResults(staff, assignmentId, scenarioFacts);
  if (!results.ok) notFound();
  const t = getTranslator(locale);
  const { overview, weakSpots, moneyLost, needingHelp, setId, classroomId, classroomName } = results.value;
  const setTitle = quizSetTitle(setId, locale);
  const yuan = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percentOrDash = (grade: number | null) => (grade === null ? '–' : t('summary.percent', { percent: toPercent(grade) }));
  const label = (spot: WeakSpot) => t(`${spot.dimension === 'redFlag' ? 'redFlag' : spot.dimension}.${spot.tag}`);
  const hasSubmissions = overview.counts.submitted > 0;
  // A weak spot's follow-up: the class's new-assignment form with the spot's focus set chosen.
  const followUpHref = (spot: WeakSpot) => {
    const set = findQuizSet(focusSetId(spot));
    return set && `/${locale}/trainer/classes/${classroomId}/assignments/new?set=${encodeURIComponent(set.id)}`;
  };

  return (
    <section className="results">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer`}>{t('trainer.classes')}</a> › <a href={`/${locale}/trainer/classes/${classroomId}`}>{classroomName}</a> › <a href={reportPath}>{setTitle}</a>
      </p>
      <h1>{t('results.title')}</h1>
      <p className="results-print no-print">
        <a href={`${reportPath}/results/print`}>{t('print.link')}</a>
        {hasSubmissions && (
          <>
            {' · '}
            <a href={`${reportPath}/items`}>{t('items.shortLink')}</a>
          </>
        )}
      </p>
      {!hasSubmissions ? (
        <p className="notice">{t('results.noSubmissions')}</p>
      ) : (
        <p className={`money-headline${moneyLost > 0 ? '' : ' none'}`}>{moneyLost > 0 ? t('results.moneyHeadline', { amount: yuan.format(moneyLost) }) : t('results.moneyNone')}</p>
      )}

      <h2>{t('results.overview')}</h2>
      <dl className="results-counts">
        {(['submitted', 'inProgress', 'notStarted', 'overdue'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`results.count.${key}`)}</dt>
            <dd>{overview.counts[key]}</dd>
          </div>
        ))}
        <div>
          <dt>{t('results.mean')}</dt>
          <dd>{percentOrDash(overview.meanGrade)}</dd>
        </div>
        <div>
          <dt>{t('results.median')}</dt>
          <dd>{percentOrDash(overview.medianGrade)}</dd>
        </div>
        <div>
          <dt>{t('results.medianTime')}</dt>
          <dd>{overview.medianDurationMs === null ? '–' : t('results.minutes', { minutes: Math.max(1, Math.round(overview.medianDurationMs / 60_000)) })}</dd>
        </div>
        <div>
          <dt>{t('results.attemptsUsed')}</dt>
          <dd>{overview.attemptsUsed}</dd>
        </div>
      </dl>
      {hasSubmissions && (
        <GradeHistogram
          bins={overview.histogram}
          text={gradeHistogramText(t, overview.counts.submitted)}
        />
      )}

      {hasSubmissions && (
        <>
          <h2>{t('results.needingHelp')}</h2>
          <p className="hint">{t('results.needingHelpIntro')}</p>
          {needingHelp.length === 0 ? (
            <p className="notice success">{t('results.nobodyNeedsHelp')}</p>
          ) : (
            <StudentsNeedingHelp
              students={needingHelp}
              hrefOf={(studentId) => `/${locale}/trainer/classes/${classroomId}/students/${studentId}`}
              text={{
                grade: percentOrDash,
                misses: (fell, alarms) => t('results.studentMisses', { fell, alarms }),
                script: (id) => t(`script.${id}`),
                more: (count) => t('results.moreStudents', { count }),
                listSeparator: t('my.listSeparator'),
              }}
            />
          )}
        </>
      )}

      <h2>{t('results.weakSpots')}</h2>
      <p className="hint">{t('results.weakSpotsIntro')}</p>
      <p className="hint">{t('results.basis')}</p>
      {weakSpots.length === 0 ? (
        <p className="notice">{t('results.noWeakSpots')}</p>
      ) : (
        WEAK_SPOT_DIMENSIONS.map((dimension) => (
          <section key={dimension} className="weak-spot-group">
            <h3>{t(`results.dimension.${dimension}`)}</h3>
            <WeakSpotList
              spots={weakSpots.filter((spot) => spot.dimension === dimension)}
              followUpHref={followUpHref}
              text={{
                label,
                fell: (count, total, percent) => t('results.fell', { count, total, percent }),
                falseAlarm: (count, total, percent) => t('results.falseAlarm', { count, total, percent }),
                moneyLost: (amount) => t('results.moneyLost', { amount }),
                trainedBy: (count) => t('results.trainedBy', { count }),
                formatMoney: (amount) => yuan.format(amount),
                followUp: t('results.followUp'),
                followUpFor: (topic) => t('results.followUpFor', { topic }),
              }}
            />
          </section>
        ))
      )}
      {hasSubmissions && (
        <p className="results-more">
          <a href={`${reportPath}/items`}>{t('items.link')}</a>
        </p>
      )}
    </section>
  );
}
