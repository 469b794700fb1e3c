import { exhibitLines } from '@/domain/content/exhibits';
import type { LocalizedScenario } from '@/domain/content/scenario';
import type { ContentQuestion } from '@/domain/content/schemas';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import { toExhibitView } from '@/domain/quiz/views';
import type { QuestionScore } from '@/domain/scoring/score-scenario';
import type { Translate } from '@/i18n/translate';
import { Exhibit } from '@/ui/exhibits/exhibit';
import type { ExhibitLabels } from '@/ui/exhibits/types';
import { ResultBadge } from './result-badge';

type ScenarioReviewProps = {
  scenario: LocalizedScenario;
  responses: Record<string, QuestionResponse>;
  questionScores: QuestionScore[];
  score: number;
  labels: ExhibitLabels;
  t: Translate;
};

/** The feedback for an answered scenario: result, highlighted key lines, explanations, advice. */
export function ScenarioReview({ scenario, responses, questionScores, score, labels, t }: ScenarioReviewProps) {
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

  return (
    <article className="review" aria-labelledby="review-title">
      <header className="review-head">
        <h2 id="review-title">{scenario.title}</h2>
        <span className={`verdict-badge ${scenario.verdict}`}>{t(`verdict.${scenario.verdict}`)}</span>
      </header>
      <ResultBadge score={score} t={t} />
      <div className="scenario-body">
        {scenario.blocks.map((block, index) =>
          block.kind === 'prose' ? (
            <div key={index} className="prose" dangerouslySetInnerHTML={{ __html: block.html }} />
          ) : (
            <Exhibit key={index} exhibit={toExhibitView(block.exhibit)} mode={{ kind: 'review', keyKind, flags, selected }} labels={labels} caption={t('exhibit.caption')} />
          ),
        )}
      </div>
      <section className="questions-review" aria-label={t('review.questions')}>
        {scenario.questions.map((question, index) => (
          <QuestionReview
            key={question.id}
            question={question}
            response={responses[question.id]}
            score={questionScores[index]?.score ?? 0}
            flaggedIds={Object.keys(flags)}
            t={t}
          />
        ))}
      </section>
      <section className="lesson">
        <h3>{t('review.why')}</h3>
        <div className="prose" dangerouslySetInnerHTML={{ __html: scenario.explanationHtml }} />
        <h3>{t('review.doInstead')}</h3>
        <div className="prose advice" dangerouslySetInnerHTML={{ __html: scenario.adviceHtml }} />
      </section>
    </article>
  );
}

type QuestionReviewProps = {
  question: ContentQuestion;
  response: QuestionResponse | undefined;
  score: number;
  flaggedIds: string[];
  t: Translate;
};

function QuestionReview({ question, response, score, flaggedIds, t }: QuestionReviewProps) {
  const heading = (
    <h3 className="question-prompt">
      {question.prompt} <span className="question-score">{t('review.points', { score: formatScore(score) })}</span>
    </h3>
  );
  if (question.type === 'spot') {
    const lines = response?.type === 'spot' ? response.lines : [];
    const hits = lines.filter((id) => flaggedIds.includes(id)).length;
    return (
      <div className="question-review">
        {heading}
        <p>{t('review.spotSummary', { hits, total: flaggedIds.length, falseAlarms: lines.length - hits })}</p>
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
            <OptionReview key={verdict} text={t(`verdict.${verdict}`)} explanation={question.explanations[verdict]} isPicked={choice === verdict} isCorrect={question.answer === verdict} t={t} />
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
          <OptionReview key={option.id} text={option.text} explanation={option.explanation} isPicked={picked.has(option.id)} isCorrect={keys.has(option.id)} t={t} />
        ))}
      </ul>
    </div>
  );
}

type OptionReviewProps = { text: string; explanation: string; isPicked: boolean; isCorrect: boolean; t: Translate };

function OptionReview({ text, explanation, isPicked, isCorrect, t }: OptionReviewProps) {
  return (
    <li className={`option ${isCorrect ? 'correct' : ''} ${isPicked ? 'picked' : ''}`}>
      <div className="option-line">
        <span className="option-mark" aria-hidden="true">
          {isCorrect ? '✓' : isPicked ? '✗' : '·'}
        </span>
        <span className="option-text">{text}</span>
        {isPicked && <span className="tag">{t('review.yourChoice')}</span>}
        {isCorrect && <span className="tag correct">{t('review.correctAnswer')}</span>}
      </div>
      <p className="option-explanation">{explanation}</p>
    </li>
  );
}

/** Scores are stored 0..1; people read them as points with at most one decimal. */
export function formatScore(score: number): string {
  return String(Math.round(score * 10) / 10);
}
