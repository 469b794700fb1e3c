import type { Recognised } from '@/domain/quiz/end-screen';
import type { ScriptId } from '@/domain/content/taxonomy';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { FocusTarget } from '@/domain/analytics/my-progress';
import { ProgressLink } from '@/ui/progress/progress-link';
import { ShareResult } from './share-result';
import { StartSetForm } from './start-set-form';
import '@/ui/styles/progress.css';

export type EndScreenView = {
  percent: number;
  recognised: Recognised;
  next?: { setId: string; title: string; reason: 'trains-missed' | 'not-played'; scripts: ScriptId[]; openAttemptId?: string };
  /** The card to share, with its page's full address and its image's path. */
  share?: { url: string; imagePath: string; setTitle: string };
  /** A focus set of what the run missed, to practise right away. */
  remedial?: { setId: string; focus: FocusTarget; openAttemptId?: string };
};

type StartAction = (form: FormData) => Promise<void>;

function cheerKey(percent: number): string {
  if (percent >= 100) return 'end.cheer.perfect';
  if (percent >= 70) return 'end.cheer.high';
  if (percent >= 40) return 'end.cheer.mid';
  return 'end.cheer.low';
}

/**
 * The few lines after a finished attempt: what the student can now recognise, one set to practise
 * next, and a card to share. Scripts and red flags are named from the catalogues.
 */
export function EndScreen({ view, locale, t, startAction }: { view: EndScreenView; locale: Locale; t: Translate; startAction: StartAction }) {
  const { recognised, next, share, remedial } = view;
  const hasRecognised = recognised.scripts.length + recognised.redFlags.length > 0;
  return (
    <section className="end-screen" aria-labelledby="end-heading">
      <h2 id="end-heading">{t(cheerKey(view.percent))}</h2>
      {hasRecognised ? (
        <div className="end-recognised">
          <h3>{t('end.recognisedHeading')}</h3>
          {recognised.scripts.length > 0 && (
            <>
              <p className="end-label">{t('end.scriptsLabel')}</p>
              <ul className="chips">
                {recognised.scripts.map((script) => (
                  <li key={script}>{t(`script.${script}`)}</li>
                ))}
              </ul>
            </>
          )}
          {recognised.redFlags.length > 0 && (
            <>
              <p className="end-label">{t('end.flagsLabel')}</p>
              <ul className="chips flags">
                {recognised.redFlags.map((flag) => (
                  <li key={flag}>{t(`redFlag.${flag}`)}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      ) : (
        <p>{t('end.nothingYet')}</p>
      )}
      {remedial && (
        <div className="end-remedial">
          <h3>{t('myProgress.end.remedialHeading')}</h3>
          <p>{t('myProgress.end.remedialText', { topic: t(`${remedial.focus.dimension}.${remedial.focus.tag}`) })}</p>
          {remedial.openAttemptId ? (
            <a className="button primary" href={`/${locale}/attempts/${remedial.openAttemptId}`}>
              {t('myProgress.next.continue')}
            </a>
          ) : (
            <StartSetForm action={startAction} setId={remedial.setId} locale={locale} button={{ label: t('myProgress.next.practiseNow'), className: 'button primary' }} />
          )}
        </div>
      )}
      {next && (
        <div className="end-next">
          <h3>{t('end.nextHeading')}</h3>
          <p className="end-next-title">{next.title}</p>
          <p>
            {next.reason === 'trains-missed'
              ? t('end.nextTrains', { scripts: next.scripts.map((script) => t(`script.${script}`)).join(t('end.listSeparator')) })
              : t('end.nextNew')}
          </p>
          {next.openAttemptId ? (
            <a className="button secondary" href={`/${locale}/attempts/${next.openAttemptId}`}>
              {t('end.nextContinue')}
            </a>
          ) : (
            <StartSetForm action={startAction} setId={next.setId} locale={locale} button={{ label: t('end.nextStart'), className: 'button secondary' }} />
          )}
        </div>
      )}
      {share && (
        <div className="end-share">
          <h3>{t('end.shareHeading')}</h3>
          {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route; next/image adds nothing here */}
          <img className="result-card-image" src={share.imagePath} alt={t('card.imageAlt', { set: share.setTitle, percent: view.percent })} width={1200} height={630} />
          <p className="end-hint">{t('end.shareHint')}</p>
          <ShareResult
            url={share.url}
            title={t('app.name')}
            message={t('share.message', { percent: view.percent, set: share.setTitle })}
            text={{ share: t('share.button'), copied: t('share.copied'), copyHint: t('share.copyHint') }}
          />
          <a href={share.url}>{t('end.openCard')}</a>
        </div>
      )}
      <ProgressLink locale={locale} label={t('myProgress.end.link')} />
    </section>
  );
}
