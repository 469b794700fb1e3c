import { scoreState, toPercent } from '@/domain/scoring/score-display';
import type { Translate } from '@/i18n/translate';

const MARKS = { correct: '✓', partial: '◐', wrong: '✗' } as const;

/** "Correct · 100 %", "Partly right · 50 %" or "Not quite · 0 %": the scenario's result. */
export function ResultBadge({ id, score, t }: { id?: string; score: number; t: Translate }) {
  const state = scoreState(score);
  return (
    <p id={id} className={`result-badge ${state}`}>
      <span aria-hidden="true">{MARKS[state]}</span> {t(`review.result.${state}`)} · {t('summary.percent', { percent: toPercent(score) })}
    </p>
  );
}
