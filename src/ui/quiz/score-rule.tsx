import type { Translate } from '@/i18n/translate';
import '@/ui/styles/progress.css';

/**
 * "How is this scored?", one tap away wherever a percentage is shown: the summary, and the
 * trainer's grade column. One message, so the rule is worded the same everywhere.
 */
export function ScoreRule({ t }: { t: Translate }) {
  return (
    <details className="score-rule">
      <summary>{t('score.howScored')}</summary>
      <p>{t('score.explained')}</p>
    </details>
  );
}
