import type { Locale } from '@/domain/shared/locales';
import { StartSetForm } from '@/ui/quiz/start-set-form';

type StartAction = (form: FormData) => Promise<void>;

export type NextPracticeCard = {
  setId: string;
  /** The set's name, as a heading. */
  title: string;
  /** Why this set: in the learner's words. */
  reason: string;
  /** The device's unfinished run of the set: continued rather than started again. */
  openAttemptId?: string;
  button: string;
  continueLabel: string;
};

/**
 * The one thing to practise next, with a button that starts it at once (a form posting to the
 * practice start action), or continues the unfinished run of it.
 */
export function NextPractice({ card, heading, locale, startAction }: { card: NextPracticeCard; heading: string; locale: Locale; startAction: StartAction }) {
  return (
    <section className="next-practice" aria-labelledby="next-practice-heading">
      <h2 id="next-practice-heading">{heading}</h2>
      <p className="next-practice-title">{card.title}</p>
      <p>{card.reason}</p>
      {card.openAttemptId ? (
        <a className="button primary" href={`/${locale}/attempts/${card.openAttemptId}`}>
          {card.continueLabel}
        </a>
      ) : (
        <StartSetForm action={startAction} setId={card.setId} locale={locale} button={{ label: card.button, className: 'button primary' }} />
      )}
    </section>
  );
}
