import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { startAttemptAction } from '@/server/actions/attempts';
import { getDevice } from '@/server/auth/device';
import { listSetCards } from '@/server/quiz/pages';

const KNOWN_ERRORS = ['assignment-only', 'too-many-starts', 'invalid-set', 'unknown-set', 'unknown-attempt'];

export default async function HomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { error } = await searchParams;
  const t = getTranslator(locale);
  const cards = await listSetCards(await getDevice(), locale);
  return (
    <div className="home">
      <section className="hero">
        <h1>{t('home.title')}</h1>
        <p>{t('home.intro')}</p>
        <p className="hero-join">
          {t('home.joinClassHint')} <a className="button secondary" href={`/${locale}/join`}>{t('home.joinClass')}</a>
        </p>
      </section>
      {error && KNOWN_ERRORS.includes(error) && (
        <p className="notice error" role="alert">
          {t(`home.error.${error}`)}
        </p>
      )}
      {cards.length === 0 ? (
        <p className="notice">{t('home.empty')}</p>
      ) : (
        <ul className="set-list">
          {cards.map((card) => (
            <li key={card.id} className="set-card">
              <h2 id={`set-${card.id}`}>{card.title}</h2>
              <p className="set-description">{card.description}</p>
              <p className="set-length">{t('home.scenarioCount', { count: card.length })}</p>
              <div className="set-actions">
                {card.openAttempt && (
                  <a className="button primary" href={`/${locale}/attempts/${card.openAttempt.id}`} aria-describedby={`set-${card.id}`}>
                    {t('home.continue', { answered: card.openAttempt.answered, total: card.openAttempt.total })}
                  </a>
                )}
                <form action={startAttemptAction}>
                  <input type="hidden" name="setId" value={card.id} />
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit" className={`button ${card.openAttempt ? 'secondary' : 'primary'}`} aria-describedby={`set-${card.id}`}>
                    {card.openAttempt ? t('home.startOver') : t('home.start')}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
