import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { requestOrigin } from '@/domain/classes/join-links';
import { isLocale, type Locale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { submitAttemptAction } from '@/server/actions/assignments';
import { startAttemptAction } from '@/server/actions/attempts';
import { getDevice } from '@/server/auth/device';
import { isHttpsRequest } from '@/server/http/https';
import { getSummaryData, type SummaryData } from '@/server/quiz/pages';
import { resultCardPaths } from '@/server/quiz/result-card';
import { attemptPercent } from '@/domain/scoring/score-display';
import { formatDateTime } from '@/domain/shared/time-zones';
import { EndScreen, type EndScreenView } from '@/ui/quiz/end-screen';
import { ScoreRule } from '@/ui/quiz/score-rule';
import { SummaryItems } from '@/ui/quiz/summary-items';
import { StartSetForm } from '@/ui/quiz/start-set-form';

type SummaryParams = { params: Promise<{ locale: string; attemptId: string }> };

export async function generateMetadata({ params }: SummaryParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('summary.title') } : {};
}

export default async function SummaryPage({ params }: SummaryParams) {
  const { locale, attemptId } = await params;
  if (!isLocale(locale)) notFound();
  const data = await getSummaryData(await getDevice(), attemptId, locale);
  if (!data) notFound();
  const t = getTranslator(locale);
  const base = `/${locale}/attempts/${attemptId}`;
  const count = data.items.length;
  const isPractice = data.assignment === null;
  const endScreen = data.endScreen && (await endScreenView(data.endScreen, data.setTitle, locale));

  return (
    <div className="summary">
      <p className="set-title">{data.setTitle}</p>
      <h1>{t(headingKey(isPractice, data.isSubmitted, data.total !== null))}</h1>
      {!data.isSubmitted && (
        <div className="notice">
          <p>
            {t('summary.inProgress', { answered: data.answeredCount, total: count })} <a href={base}>{t('summary.continue')}</a>
          </p>
          {!isPractice && (
            <form action={submitAttemptAction} className="finish-now">
              <input type="hidden" name="attemptId" value={attemptId} />
              <input type="hidden" name="locale" value={locale} />
              <p>{t('summary.finishNowHint')}</p>
              <button type="submit" className="button secondary">
                {t('summary.finishNow')}
              </button>
            </form>
          )}
        </div>
      )}
      {data.isSubmitted && data.total !== null && (
        <div className="score-card">
          <div role="status">
            <p>{t('summary.scoreLabel')}</p>
            <p className="score-big">{t('summary.percent', { percent: attemptPercent(data.total, count) })}</p>
          </div>
          <ScoreRule t={t} />
        </div>
      )}
      {data.isSubmitted && !data.reveal && data.assignment && (
        <p className="notice success" role="status">
          {data.assignment.feedback === 'after-close'
            ? t('summary.feedbackAfterClose', { time: formatDateTime(data.assignment.releaseAt, locale, data.assignment.timeZone) })
            : data.assignment.hasAttemptsLeft
              ? t('summary.keyAfterLastAttempt', { time: formatDateTime(data.assignment.releaseAt, locale, data.assignment.timeZone) })
              : t('summary.feedbackAfterAttempt')}
        </p>
      )}
      {endScreen && <EndScreen view={endScreen} locale={locale} t={t} startAction={startAttemptAction} />}
      <h2>{t('summary.reviewHeading')}</h2>
      <SummaryItems items={data.items} stepHref={(step) => `${base}/${step}`} t={t} />
      <div className="summary-actions">
        {isPractice && data.isSubmitted && data.missedCount > 0 && (
          <StartSetForm action={startAttemptAction} setId={data.setId} locale={locale} retryOf={attemptId} button={{ label: t('summary.retryMissed', { count: data.missedCount }), className: 'button primary' }} />
        )}
        {data.isSubmitted && data.reveal && data.missedCount === 0 && <p className="notice success">{t('summary.allCorrect')}</p>}
        {isPractice && data.isSubmitted && (
          <StartSetForm action={startAttemptAction} setId={data.setId} locale={locale} button={{ label: t('summary.again'), className: 'button secondary' }} />
        )}
        {isPractice ? (
          <a className="button secondary" href={`/${locale}`}>
            {t('summary.backHome')}
          </a>
        ) : (
          <a className="button primary" href={`/${locale}/my`}>
            {t('summary.backToAssignments')}
          </a>
        )}
      </div>
    </div>
  );
}

/** Says what the page is: a practice run or an assignment, finished or not, with its score or only handed in. */
function headingKey(isPractice: boolean, isSubmitted: boolean, showsScore: boolean): string {
  if (isPractice) return isSubmitted ? 'summary.heading.practice' : 'summary.heading.practiceInProgress';
  if (!isSubmitted) return 'summary.heading.assignmentInProgress';
  return showsScore ? 'summary.heading.assignment' : 'summary.submittedTitle';
}

/** The end screen with the full address of the card to share, as this server is reached. */
async function endScreenView(data: NonNullable<SummaryData['endScreen']>, setTitle: string, locale: Locale): Promise<EndScreenView> {
  const { card, ...view } = data;
  if (!card) return view;
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), isHttpsRequest(requestHeaders));
  const paths = resultCardPaths(locale, card.setId, card.percent);
  return { ...view, share: { url: `${origin}${paths.page}`, imagePath: paths.image, setTitle } };
}
