export { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from '@/domain/shared/locales';

/** Cookie that remembers the language a visitor last chose. */
export const LOCALE_COOKIE = 'NEXT_LOCALE';
