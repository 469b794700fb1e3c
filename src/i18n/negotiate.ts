import { DEFAULT_LOCALE, LOCALES, isLocale, type Locale } from './config';

/** What a request says about the language it wants. */
export type LocaleHints = {
  /** The address's path; its first segment wins when it names a locale. */
  path?: string;
  /** The language the visitor last chose (the locale cookie). */
  remembered?: string;
  /** The browser's Accept-Language header. */
  acceptLanguage?: string;
};

/**
 * The language to answer in: the locale in the address, then the one the visitor last chose, then
 * the first supported one the browser asks for (any Chinese gets zh-CN), else the default.
 */
export function negotiateLocale({ path, remembered, acceptLanguage }: LocaleHints): Locale {
  const first = path?.split('/')[1];
  if (isLocale(first)) return first;
  if (isLocale(remembered)) return remembered;
  const accepted = (acceptLanguage ?? '').split(',').map((part) => part.split(';')[0].trim().toLowerCase());
  for (const tag of accepted) {
    if (tag.startsWith('zh')) return 'zh-CN';
    const match = LOCALES.find((locale) => locale.toLowerCase() === tag || tag.startsWith(`${locale.toLowerCase()}-`));
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
