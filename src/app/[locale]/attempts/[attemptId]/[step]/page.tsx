import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { submitAnswerAction } from '@/server/actions/attempts';
import { getViewer } from '@/server/auth/viewer';
import { getStepData } from '@/server/quiz/pages';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import { AnswerForm } from '@/ui/quiz/answer-form';
import { buildAnswerFormText } from '@/ui/quiz/answer-form-text';
import { ProgressBar } from '@/ui/quiz/progress-bar';
import { ScenarioReview } from '@/ui/quiz/scenario-review';

type StepParams = { params: Promise<{ locale: string; attemptId: string; step: string }> };

export async function generateMetadata({ params }: StepParams): Promise<Metadata> {
  const { locale, step } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('quiz.scenarioHeading', { current: Number(step) }) } : {};
}

export default async function StepPage({ params }: StepParams) {
  const { locale, attemptId, step } = await params;
  if (!isLocale(locale) || !/^\d{1,3}$/.test(step)) notFound();
  const data = await getStepData(await getViewer(), attemptId, Number(step), locale);
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
              locale={locale}
              attemptId={attemptId}
              position={data.position}
              scenarioId={data.scenarioId}
              blocks={data.play.blocks}
              questions={data.play.questions}
              labels={labels}
              text={buildAnswerFormText(t)}
              submitAnswer={submitAnswerAction}
            />
          )}
        </>
      )}
      {data.kind === 'review' && (
        <>
          <ScenarioReview scenario={data.scenario} responses={data.answer.responses} questionScores={data.answer.questionScores} score={data.answer.score} labels={labels} t={t} />
          <nav className="step-nav">
            <a className="button primary" href={nextHref} autoFocus>
              {data.isLast ? t('quiz.finish') : t('quiz.next')}
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
