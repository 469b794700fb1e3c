import type { SetCardView } from '@/domain/quiz/practice-progress';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import { StartSetForm } from '@/ui/quiz/start-set-form';
import '@/ui/styles/progress.css';


type StartAction = (form: FormData) => Promise<void>;

/**
 * One practice set on the home page, with this device's progress on it. An unfinished run is
 * continued by default; starting over is a second step that says the unfinished run is deleted,
 * and only then sends the run's id, which the server requires before it deletes anything.
 */
export function SetCard({ card, locale, t, startAction }: { card: SetCardView; locale: Locale; t: Translate; startAction: StartAction }) {
  const headingId = `set-${card.id}`;
  const open = card.openAttempt;
  return (
    <li className="set-card">
      <h2 id={headingId}>{card.title}</h2>
      <p className="set-description">{card.description}</p>
      <p className="set-length">{t('home.scenarioCount', { count: card.length })}</p>
      {card.bestPercent !== undefined && <p className="set-best">{t('home.best', { percent: card.bestPercent })}</p>}
      <div className="set-actions">
        {open ? (
          <>
            <a className="button primary" href={`/${locale}/attempts/${open.id}`} aria-describedby={headingId}>
              {t('home.continue', { answered: open.answered, total: open.total })}
            </a>
            <details className="start-over">
              <summary className="button secondary" aria-describedby={headingId}>
                {t('home.startOver')}
              </summary>
              <StartSetForm
                action={startAction}
                setId={card.id}
                locale={locale}
                replaces={open.id}
                className="confirm-step"
                button={{ label: t('home.startOverConfirm'), className: 'button confirm-danger', describedBy: headingId }}
              >
                <p>{t('home.startOverWarning', { answered: open.answered, total: open.total })}</p>
              </StartSetForm>
            </details>
          </>
        ) : (
          <StartSetForm action={startAction} setId={card.id} locale={locale} button={{ label: t('home.start'), className: 'button primary', describedBy: headingId }} />
        )}
      </div>
    </li>
  );
}

/** The device's latest unfinished run, first on the page: one tap back to where it stopped. */
export function ResumePractice({ resume, locale, t }: { resume: { id: string; setTitle: string; answered: number; total: number }; locale: Locale; t: Translate }) {
  return (
    <section className="resume" aria-labelledby="resume-heading">
      <div>
        <h2 id="resume-heading">{t('home.resume.heading')}</h2>
        <p>{t('home.resume.progress', { set: resume.setTitle, answered: resume.answered, total: resume.total })}</p>
      </div>
      <a className="button primary" href={`/${locale}/attempts/${resume.id}`}>
        {t('home.resume.continue')}
      </a>
    </section>
  );
}
