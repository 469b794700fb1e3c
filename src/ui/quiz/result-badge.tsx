import type { Translate } from '@/i18n/translate';

/** "Correct", "Partly right" or "Not quite", announced when the review appears. */
export function ResultBadge({ score, t }: { score: number; t: Translate }) {
  const state = score >= 1 ? 'correct' : score > 0 ? 'partial' : 'wrong';
  return (
    <p className={`result-badge ${state}`} role="status">
      <span aria-hidden="true">{state === 'correct' ? '✓' : state === 'partial' ? '◐' : '✗'}</span> {t(`review.result.${state}`, { percent: Math.round(score * 100) })}
    </p>
  );
}
