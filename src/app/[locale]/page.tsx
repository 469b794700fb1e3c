import { notFound } from 'next/navigation';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { startAttemptAction } from '@/server/actions/attempts';
import { getDevice } from '@/server/auth/device';
import { getHomeData } from '@/server/quiz/pages';
import { ResumePractice, SetCard } from '@/ui/home/set-card';
import { ProgressLink } from '@/ui/progress/progress-link';

const KNOWN_ERRORS = ['assignment-only', 'too-many-starts', 'invalid-set', 'unknown-set', 'unknown-attempt', 'unfinished'];

export default async function HomePage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; set?: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const { error, set } = await searchParams;
  const t = getTranslator(locale);
  const { cards, focusCards, resume } = await getHomeData(await getDevice(), locale);
  // "Start" while a run of that set is unfinished comes back here: name the set the choice is about.
  const unfinishedSet = error === 'unfinished' ? [...focusCards, ...cards].find((card) => card.id === set) : undefined;
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
          {unfinishedSet ? t('home.error.unfinishedSet', { set: unfinishedSet.title }) : t(`home.error.${error}`)}
        </p>
      )}
      {resume && <ResumePractice resume={resume} locale={locale} t={t} />}
      {cards.some((card) => card.bestPercent !== undefined) && <ProgressLink locale={locale} label={t('myProgress.link')} hint={t('myProgress.linkHint')} />}
      {focusCards.length > 0 && (
        <section aria-labelledby="focus-heading">
          <h2 id="focus-heading">{t('focus.unfinished')}</h2>
          <ul className="set-list">
            {focusCards.map((card) => (
              <SetCard key={card.id} card={card} locale={locale} t={t} startAction={startAttemptAction} />
            ))}
          </ul>
        </section>
      )}
      {cards.length === 0 ? (
        <p className="notice">{t('home.empty')}</p>
      ) : (
        <ul className="set-list">
          {cards.map((card) => (
            <SetCard key={card.id} card={card} locale={locale} t={t} startAction={startAttemptAction} />
          ))}
        </ul>
      )}
    </div>
  );
}
