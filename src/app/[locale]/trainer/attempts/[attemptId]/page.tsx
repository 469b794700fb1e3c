import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { attemptPercent, scoreState, toPercent } from '@/domain/scoring/score-display';
import { formatDateTime } from '@/domain/shared/time-zones';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffForPage } from '@/server/auth/staff';
import { scenarioAsAnswered } from '@/server/content/answered-scenario';
import { getContentLibrary } from '@/server/content/library';
import { quizSetTitle } from '@/server/content/quiz-sets';
import { loadAttemptForStaffSubmittingExpired } from '@/server/db/attempts';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import { ScenarioReview } from '@/ui/quiz/scenario-review';
import { ScoreRule } from '@/ui/quiz/score-rule';

type TrainerAttemptParams = { params: Promise<{ locale: string; attemptId: string }>; searchParams: Promise<{ step?: string }> };

export async function generateMetadata({ params }: TrainerAttemptParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { title: getTranslator(locale)('trainerAttempt.title') } : {};
}

/** One student's attempt as their trainer sees it: every scenario's result, and one answer in full. */
export default async function TrainerAttemptPage({ params, searchParams }: TrainerAttemptParams) {
  const { locale, attemptId } = await params;
  if (!isLocale(locale)) notFound();
  const { step } = await searchParams;
  const staff = await getStaffForPage(locale, `/${locale}/trainer/attempts/${attemptId}`, 'trainer', 'admin');
  const attempt = await loadAttemptForStaffSubmittingExpired(staff, attemptId);
  if (!attempt?.assignment) notFound();
  const t = getTranslator(locale);
  const library = getContentLibrary();
  const setTitle = quizSetTitle(attempt.setId, locale);
  const total = attempt.answers.reduce((sum, answer) => sum + answer.score, 0);
  const shownPosition = Number(step) - 1;
  const shown = attempt.answers.find((answer) => answer.position === shownPosition);
  // The scenario as the student saw it, even when a newer revision was published since.
  const shownScenario = shown && (await scenarioAsAnswered(library, shown.scenarioId, shown.scenarioVersion))?.byLocale[locale];
  const base = `/${locale}/trainer/attempts/${attemptId}`;

  return (
    <section className="trainer-attempt">
      <p className="breadcrumbs">
        <a href={`/${locale}/trainer/assignments/${attempt.assignment.id}`}>{setTitle}</a> › <a href={`/${locale}/trainer/classes/${attempt.classroomId}/students/${attempt.studentId}`}>{attempt.studentName}</a>
      </p>
      <h1>{t('trainerAttempt.heading', { name: attempt.studentName })}</h1>
      <p className="lead">
        {attempt.status === 'submitted' && attempt.submittedAt
          ? t('trainerAttempt.submitted', { time: formatDateTime(attempt.submittedAt, locale, attempt.assignment.timeZone), percent: attemptPercent(total, attempt.items.length) })
          : t('trainerAttempt.inProgress', { answered: attempt.answers.filter((answer) => answer.isComplete).length, total: attempt.items.length })}
      </p>
      <ScoreRule t={t} audience="trainer" />
      <ol className="summary-list">
        {attempt.items.map((scenarioId, position) => {
          const answer = attempt.answers.find((candidate) => candidate.position === position);
          const state = answer ? scoreState(answer.score) : 'unanswered';
          const title = library.scenarios.get(scenarioId)?.byLocale[locale].title ?? scenarioId;
          return (
            <li key={position} className={`summary-item ${state}`} aria-current={position === shownPosition ? 'true' : undefined}>
              <span className="summary-mark" aria-hidden="true">
                {{ correct: '✓', partial: '◐', wrong: '✗', unanswered: '–' }[state]}
              </span>
              {answer ? <a href={`${base}?step=${position + 1}`}>{title}</a> : <span>{title}</span>}
              <span className="summary-score">{answer ? t('summary.percent', { percent: toPercent(answer.score) }) : t('summary.notAnswered')}</span>
            </li>
          );
        })}
      </ol>
      {shown && shownScenario ? (
        <ScenarioReview scenario={shownScenario} responses={shown.responses} questionScores={shown.questionScores} score={shown.score} labels={buildExhibitLabels(t, 'trainer')} t={t} audience="trainer" detailsOpen />
      ) : (
        attempt.answers.length > 0 && <p className="notice">{t('trainerAttempt.pick')}</p>
      )}
    </section>
  );
}
