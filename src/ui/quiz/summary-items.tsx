import { scoreState, toPercent } from '@/domain/scoring/score-display';
import type { Translate } from '@/i18n/translate';

export type SummaryItem = {
  step: number;
  /** Empty until the scenario is answered and its feedback may be shown: a title can give the answer away. */
  title: string;
  isAnswered: boolean;
  /** 0..1; null when unanswered or not yet revealed. */
  score: number | null;
};

const MARKS = { correct: '✓', partial: '◐', wrong: '✗', saved: '•', unanswered: '–' } as const;

/** Every scenario of an attempt with its mark and percentage, each linking to its step. */
export function SummaryItems({ items, stepHref, t }: { items: SummaryItem[]; stepHref: (step: number) => string; t: Translate }) {
  return (
    <ol className="summary-list">
      {items.map((item) => {
        const state = !item.isAnswered ? 'unanswered' : item.score === null ? 'saved' : scoreState(item.score);
        return (
          <li key={item.step} className={`summary-item ${state}`}>
            <span className="summary-mark" aria-hidden="true">
              {MARKS[state]}
            </span>
            <a href={stepHref(item.step)}>{item.title || t('quiz.scenarioHeading', { current: item.step })}</a>
            <span className="summary-score">
              {!item.isAnswered ? t('summary.notAnswered') : item.score === null ? t('summary.answered') : t('summary.percent', { percent: toPercent(item.score) })}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
