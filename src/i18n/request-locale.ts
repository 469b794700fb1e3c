import 'server-only';
import { cookies, headers } from 'next/headers';
import { LOCALE_COOKIE, PATHNAME_HEADER, type Locale } from './config';
import { negotiateLocale } from './negotiate';

/**
 * The language of a page that gets no locale param: the not-found pages. Addresses under a locale
 * carry it (the proxy passes the path on); others (`/api/…`, files) use the remembered choice or
 * the browser's language.
 */
export async function requestLocale(): Promise<Locale> {
  const [requestHeaders, cookieStore] = await Promise.all([headers(), cookies()]);
  return negotiateLocale({
    path: requestHeaders.get(PATHNAME_HEADER) ?? undefined,
    remembered: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: requestHeaders.get('accept-language') ?? undefined,
  });
}
