import { headers } from 'next/headers';
import { DEFAULT_LOCALE, isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';

export default async function NotFound() {
  // not-found receives no params; the proxy has already put the locale first in the path.
  const path = (await headers()).get('x-pathname') ?? '';
  const first = path.split('/')[1];
  const locale = isLocale(first) ? first : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  return (
    <div className="notice-page">
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <a className="button primary" href={`/${locale}`}>
        {t('summary.backHome')}
      </a>
    </div>
  );
}
