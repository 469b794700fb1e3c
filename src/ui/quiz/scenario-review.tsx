import type { ReactNode } from 'react';
import { exhibitLines } from '@/domain/content/exhibits';
import type { LocalizedScenario } from '@/domain/content/scenario';
import type { ContentQuestion } from '@/domain/content/schemas';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import { toExhibitView } from '@/domain/quiz/views';
import { scoreState } from '@/domain/scoring/score-display';
import type { QuestionScore } from '@/domain/scoring/score-scenario';
import type { Translate } from '@/i18n/translate';
import { Exhibit } from '@/ui/exhibits/exhibit';
import type { ExhibitLabels } from '@/ui/exhibits/types';
import { FocusOnArrival } from './focus-on-arrival';
import { ResultBadge } from './result-badge';
import { reviewKey, type ReviewAudience } from './review-voice';

type ScenarioReviewProps = {
  scenario: LocalizedScenario;
  responses: Record<string, QuestionResponse>;
  questionScores: QuestionScore[];
  score: number;
  labels: ExhibitLabels;
  t: Translate;
  /** The way on (next scenario, results), shown right after the short feedback and again after the details. */
  next?: ReactNode;
  /** Move focus and scroll to the result when it appears: on the student's own step, not on a trainer's report. */
  focusResult?: boolean;
  /** Start with the details open: a trainer reviewing an attempt wants everything at once. */
  detailsOpen?: boolean;
  /** Who reads it: the student ("your choice", the default) or their trainer ("the student chose this"). */
  audience?: ReviewAudience;
};

/**
 * The feedback for an answered scenario, short first: the result, what the student decided and why
 * that was right or wrong, and what to do. Every option's explanation and the exhibit with its key
 * lines are one tap away, so on a phone the way on is never thousands of pixels down.
 */
export function ScenarioReview({ scenario, responses, questionScores, score, labels, t, next, focusResult = false, detailsOpen = false, audience = 'student' }: ScenarioReviewProps) {
  const say: Say = (key, params) => t(reviewKey(audience, key), params);
  // The key of "mark the lines that decided it": red flags of a scam, trust signals of a genuine message.
  const keyKind = scenario.verdict === 'scam' ? 'red-flag' : 'trust';
  const flags: Record<string, readonly string[]> = Object.fromEntries(
    scenario.exhibits.flatMap((exhibit) =>
      exhibitLines(exhibit)
        .map((line) => [line.id, keyKind === 'red-flag' ? line.flags : line.trust] as const)
        .filter(([, tags]) => tags.length > 0),
    ),
  );
  const spot = scenario.questions.find((question) => question.type === 'spot');
  const spotResponse = spot ? responses[spot.id] : undefined;
  const selected = spotResponse?.type === 'spot' ? new Set(spotResponse.lines) : undefined;
  const decision = decisionFeedback(scenario.questions[0], responses[scenario.questions[0].id], t);

  const result = (
    <>
      <ResultBadge id="review-outcome" score={score} t={t} />
      <header className="review-head">
        <h2 id="review-title">{scenario.title}</h2>
        <span className={`verdict-badge ${scenario.verdict}`}>{t(`verdict.${scenario.verdict}`)}</span>
      </header>
    </>
  );

  return (
    <article className="review" aria-labelledby="review-title">
      {focusResult ? <FocusOnArrival className="review-result" labelledBy="review-outcome review-title">{result}</FocusOnArrival> : <div className="review-result">{result}</div>}
      <section className="review-short">
        {decision ? (
          <p className="review-decision">
            <strong>
              {say('decision')}: {decision.choice}
            </strong>{' '}
            {decision.explanation}
          </p>
        ) : (
          <p className="review-decision">{say('decisionUnanswered')}</p>
        )}
        <h3>{say('doInstead')}</h3>
        <div className="prose advice" dangerouslySetInnerHTML={{ __html: scenario.adviceHtml }} />
      </section>
      {next}
      <details className="review-details" open={detailsOpen}>
        <summary>{t('review.details')}</summary>
        <div className="review-details-body">
          <section className="lesson">
            <h3>{t('review.why')}</h3>
            <div className="prose" dangerouslySetInnerHTML={{ __html: scenario.explanationHtml }} />
          </section>
          <div className="scenario-body">
            {scenario.blocks.map((block, index) =>
              block.kind === 'prose' ? (
                <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
              ) : (
                <Exhibit key={index} exhibit={toExhibitView(block.exhibit)} mode={{ kind: 'review', keyKind, flags, selected }} labels={labels} caption={say('caption')} />
              ),
            )}
          </div>
          <section className="questions-review" aria-label={say('questions')}>
            {scenario.questions.map((question, index) => (
              <QuestionReview key={question.id} question={question} response={responses[question.id]} score={questionScores[index]?.score ?? 0} flaggedIds={Object.keys(flags)} t={t} say={say} />
            ))}
          </section>
          {next}
        </div>
      </details>
    </article>
  );
}

/** What the student chose in the decision question, and that choice's own explanation. */
function decisionFeedback(question: ContentQuestion, response: QuestionResponse | undefined, t: Translate): { choice: string; explanation: string } | undefined {
  if (question.type === 'verdict' && response?.type === 'verdict') return { choice: t(`verdict.${response.choice}`), explanation: question.explanations[response.choice] };
  if (question.type === 'single' && response?.type === 'single') {
    const option = question.options.find((candidate) => candidate.id === response.choice);
    return option && { choice: option.text, explanation: option.explanation };
  }
  return undefined;
}

type Say = (key: Parameters<typeof reviewKey>[1], params?: Parameters<Translate>[1]) => string;

type QuestionReviewProps = {
  question: ContentQuestion;
  response: QuestionResponse | undefined;
  score: number;
  flaggedIds: string[];
  t: Translate;
  say: Say;
};

function QuestionReview({ question, response, score, flaggedIds, t, say }: QuestionReviewProps) {
  const state = scoreState(score);
  const heading = (
    <h3 className="question-prompt">
      {question.prompt} <span className={`question-state ${state}`}>{t(`review.questionState.${state}`)}</span>
    </h3>
  );
  if (question.type === 'spot') {
    const lines = response?.type === 'spot' ? response.lines : [];
    const hits = lines.filter((id) => flaggedIds.includes(id)).length;
    return (
      <div className="question-review">
        {heading}
        <p>{say('spotSummary', { hits, total: flaggedIds.length, falseAlarms: lines.length - hits })}</p>
      </div>
    );
  }
  if (question.type === 'verdict') {
    const choice = response?.type === 'verdict' ? response.choice : undefined;
    return (
      <div className="question-review">
        {heading}
        <ul className="option-review">
          {(['scam', 'legitimate'] as const).map((verdict) => (
            <OptionReview key={verdict} text={t(`verdict.${verdict}`)} explanation={question.explanations[verdict]} isPicked={choice === verdict} isCorrect={question.answer === verdict} t={t} say={say} />
          ))}
        </ul>
      </div>
    );
  }
  const picked = new Set(response?.type === 'multiple' ? response.choices : response?.type === 'single' ? [response.choice] : []);
  const keys = new Set(question.type === 'multiple' ? question.answer : [question.answer]);
  return (
    <div className="question-review">
      {heading}
      <ul className="option-review">
        {question.options.map((option) => (
          <OptionReview key={option.id} text={option.text} explanation={option.explanation} isPicked={picked.has(option.id)} isCorrect={keys.has(option.id)} t={t} say={say} />
        ))}
      </ul>
    </div>
  );
}

type OptionReviewProps = { text: string; explanation: string; isPicked: boolean; isCorrect: boolean; t: Translate; say: Say };

function OptionReview({ text, explanation, isPicked, isCorrect, t, say }: OptionReviewProps) {
  return (
    <li className={`option ${isCorrect ? 'correct' : ''} ${isPicked ? 'picked' : ''}`}>
      <span className="option-mark" aria-hidden="true">
        {isCorrect ? '✓' : isPicked ? '✗' : '·'}
      </span>
      <span className="option-line">
        <span className="option-text">{text}</span>
        {isPicked && <span className="tag">{say('choice')}</span>}
        {isCorrect && <span className="tag correct">{t('review.correctAnswer')}</span>}
      </span>
      <p className="option-explanation">{explanation}</p>
    </li>
  );
}
