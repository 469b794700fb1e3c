export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@/domain/shared/locales';

/** Cookie that remembers the language a visitor last chose. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';

/** Request header in which the proxy passes the path on to pages that get no params (not-found pages). */
export const PATHNAME_HEADER = 'x-pathname';
