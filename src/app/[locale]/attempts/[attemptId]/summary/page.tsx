import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { startAttemptAction } from '@/server/actions/attempts';
import { getViewer } from '@/server/auth/viewer';
import { getSummaryData } from '@/server/quiz/pages';
import { formatScore } from '@/ui/quiz/scenario-review';

type SummaryParams = { params: Promise<{ locale: string; attemptId: string }> };

export async function generateMetadata({ params }: SummaryParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('summary.title') } : {};
}

export default async function SummaryPage({ params }: SummaryParams) {
  const { locale, attemptId } = await params;
  if (!isLocale(locale)) notFound();
  const data = await getSummaryData(await getViewer(), attemptId, locale);
  if (!data) notFound();
  const t = getTranslator(locale);
  const base = `/${locale}/attempts/${attemptId}`;
  const total = data.items.length;
  const isFinished = data.attempt.status === 'submitted';
  const percent = total === 0 ? 0 : Math.round((data.total / total) * 100);

  return (
    <div className="summary">
      <p className="set-title">{data.setTitle}</p>
      <h1>{t('summary.title')}</h1>
      {isFinished ? (
        <div className="score-card" role="status">
          <p className="score-big">{t('summary.percent', { percent })}</p>
          <p>{t('summary.score', { score: formatScore(data.total), total })}</p>
        </div>
      ) : (
        <p className="notice">
          {t('summary.inProgress', { answered: data.attempt.answers.length, total })} <a href={base}>{t('summary.continue')}</a>
        </p>
      )}
      <h2>{t('summary.reviewHeading')}</h2>
      <ol className="summary-list">
        {data.items.map((item) => {
          const state = item.score === null ? 'unanswered' : item.score >= 1 ? 'correct' : item.score > 0 ? 'partial' : 'wrong';
          return (
            <li key={item.step} className={`summary-item ${state}`}>
              <span className="summary-mark" aria-hidden="true">
                {state === 'correct' ? '✓' : state === 'partial' ? '◐' : state === 'wrong' ? '✗' : '–'}
              </span>
              <a href={`${base}/${item.step}`}>{item.title}</a>
              <span className="summary-score">{item.score === null ? t('summary.notAnswered') : t('summary.itemScore', { score: formatScore(item.score) })}</span>
            </li>
          );
        })}
      </ol>
      <div className="summary-actions">
        {isFinished && data.missedCount > 0 && (
          <form action={startAttemptAction}>
            <input type="hidden" name="setId" value={data.attempt.setId} />
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="retryOf" value={attemptId} />
            <button type="submit" className="button primary">
              {t('summary.retryMissed', { count: data.missedCount })}
            </button>
          </form>
        )}
        {isFinished && data.missedCount === 0 && <p className="notice success">{t('summary.allCorrect')}</p>}
        {isFinished && (
          <form action={startAttemptAction}>
            <input type="hidden" name="setId" value={data.attempt.setId} />
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="button secondary">
              {t('summary.again')}
            </button>
          </form>
        )}
        <a className="button secondary" href={`/${locale}`}>
          {t('summary.backHome')}
        </a>
      </div>
    </div>
  );
}
