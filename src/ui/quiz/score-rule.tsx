import type { Translate } from '@/i18n/translate';
import { reviewKey, type ReviewAudience } from '@/ui/quiz/review-voice';
import '@/ui/styles/progress.css';

/**
 * "How is this scored?", one tap away wherever a percentage is shown: the summary, and the
 * trainer's grade column. One rule, worded for whoever reads it (the student, or their trainer).
 */
export function ScoreRule({ t, audience = 'student' }: { t: Translate; audience?: ReviewAudience }) {
  return (
    <details className="score-rule">
      <summary>{t('score.howScored')}</summary>
      <p>{t(reviewKey(audience, 'scoreExplained'))}</p>
    </details>
  );
}
