import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { submitAttemptAction } from '@/server/actions/assignments';
import { getDevice } from '@/server/auth/device';
import { getStepData } from '@/server/quiz/pages';
import { Countdown } from '@/ui/assignments/countdown';
import { formatDateTime } from '@/domain/shared/time-zones';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import { AnswerForm } from '@/ui/quiz/answer-form';
import { buildAnswerFormText } from '@/ui/quiz/answer-form-text';
import { ProgressBar } from '@/ui/quiz/progress-bar';
import { ScenarioReview } from '@/ui/quiz/scenario-review';

/** Without a time limit the countdown shows once the close time is this near; days away, "my assignments" shows the date. */
const COUNTDOWN_FROM_MS = 3 * 60 * 60 * 1000;

type StepParams = { params: Promise<{ locale: string; attemptId: string; step: string }> };

export async function generateMetadata({ params }: StepParams): Promise<Metadata> {
  const { locale, step } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('quiz.scenarioHeading', { current: Number(step) }) } : {};
}

export default async function StepPage({ params }: StepParams) {
  const { locale, attemptId, step } = await params;
  if (!isLocale(locale) || !/^\d{1,3}$/.test(step)) notFound();
  const data = await getStepData(await getDevice(), attemptId, Number(step), locale);
  if (data.kind === 'not-found') notFound();
  const t = getTranslator(locale);
  const labels = buildExhibitLabels(t);
  const base = `/${locale}/attempts/${attemptId}`;
  const nextHref = data.position + 1 < data.total ? `${base}/${data.position + 2}` : `${base}/summary`;

  return (
    <div className="quiz-step">
      <div className="quiz-head">
        <p className="set-title">{data.setTitle}</p>
        <ProgressBar current={data.position + 1} total={data.total} label={t('quiz.progressLabel')} />
        {/* eslint-disable-next-line react-hooks/purity -- a Server Component renders once per request: now is the request's time */}
        {data.deadlineAt && (data.isTimeLimited || data.deadlineAt.getTime() - Date.now() < COUNTDOWN_FROM_MS) && (
          <>
            <Countdown deadline={data.deadlineAt.toISOString()} submitFormId="submit-attempt" text={{ label: t('assignment.timeLeft'), warning: t('assignment.timeWarning'), timeUp: t('assignment.timeUp') }} />
            <form id="submit-attempt" action={submitAttemptAction} hidden>
              <input type="hidden" name="attemptId" value={attemptId} />
              <input type="hidden" name="locale" value={locale} />
            </form>
          </>
        )}
      </div>
      {data.kind === 'question' && (
        <>
          <h1 className="scenario-heading">{t('quiz.scenarioHeading', { current: data.position + 1 })}</h1>
          {data.isClosed ? (
            <p className="notice">
              {t('quiz.closed')} <a href={`${base}/summary`}>{t('quiz.toSummary')}</a>
            </p>
          ) : (
            <AnswerForm
              key={data.play.stage}
              locale={locale}
              attemptId={attemptId}
              position={data.position}
              stage={data.play.stage}
              blocks={data.play.blocks}
              questions={data.play.questions}
              committedDecision={
                data.committedDecision && (data.committedDecision.kind === 'verdict' ? t(`verdict.${data.committedDecision.verdict}`) : data.committedDecision.text)
              }
              labels={labels}
              text={buildAnswerFormText(t)}
            />
          )}
        </>
      )}
      {data.kind === 'review' && (
        <>
          <ScenarioReview
            scenario={data.scenario}
            responses={data.answer.responses}
            questionScores={data.answer.questionScores}
            score={data.answer.score}
            labels={labels}
            t={t}
            focusResult
            next={
              <nav className="step-nav">
                <a className="button primary" href={nextHref}>
                  {data.isLast ? t('quiz.finish') : t('quiz.next')}
                </a>
              </nav>
            }
          />
        </>
      )}
      {data.kind === 'saved' && (
        <>
          <h1 className="scenario-heading">{t('quiz.scenarioHeading', { current: data.position + 1 })}</h1>
          <p className="notice success" role="status">
            {t('quiz.saved')}{' '}
            {data.feedback === 'after-close'
              ? t('quiz.feedbackAfterClose', { time: formatDateTime(data.releaseAt, locale, data.timeZone) })
              : data.isSubmitted && data.hasAttemptsLeft
                ? t('summary.keyAfterLastAttempt', { time: formatDateTime(data.releaseAt, locale, data.timeZone) })
                : t('quiz.feedbackAfterAttempt')}
          </p>
          <nav className="step-nav">
            <a className="button primary" href={nextHref} autoFocus>
              {data.isLast ? t('quiz.finishAssignment') : t('quiz.next')}
            </a>
          </nav>
        </>
      )}
      {data.kind === 'unavailable' && (
        <>
          <p className="notice">{t('quiz.unavailable')}</p>
          <nav className="step-nav">
            <a className="button primary" href={nextHref}>
              {data.position + 1 < data.total ? t('quiz.next') : t('quiz.finish')}
            </a>
          </nav>
        </>
      )}
    </div>
  );
}
