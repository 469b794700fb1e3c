import type { Locale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';

/** What an unknown address shows: that the page does not exist, and the way back to the home page. */
export function NotFoundView({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <div className="notice-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <a className="button primary" href={`/${locale}`}>
        {t('notFound.home')}
      </a>
    </div>
  );
}
