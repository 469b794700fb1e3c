import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, isLocale, type Locale } from '@/i18n/config';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Locale negotiation only: the URL, then the remembered cookie, then Accept-Language. */
export function proxy(request: NextRequest) {
  const [, first] = request.nextUrl.pathname.split('/');
  if (isLocale(first)) {
    // not-found pages get no params; they read the locale from this header.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-pathname', request.nextUrl.pathname);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    if (request.cookies.get(LOCALE_COOKIE)?.value !== first) {
      response.cookies.set(LOCALE_COOKIE, first, { path: '/', maxAge: ONE_YEAR_SECONDS, sameSite: 'lax' });
    }
    return response;
  }
  const url = request.nextUrl.clone();
  url.pathname = `/${preferredLocale(request)}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`;
  return NextResponse.redirect(url);
}

function preferredLocale(request: NextRequest): Locale {
  const remembered = request.cookies.get(LOCALE_COOKIE)?.value;
  if (isLocale(remembered)) return remembered;
  const accepted = (request.headers.get('accept-language') ?? '')
    .split(',')
    .map((part) => part.split(';')[0].trim().toLowerCase());
  for (const tag of accepted) {
    if (tag.startsWith('zh')) return 'zh-CN';
    const match = LOCALES.find((locale) => locale.toLowerCase() === tag || tag.startsWith(`${locale.toLowerCase()}-`));
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}

export const config = {
  matcher: ['/((?!_next/|api/|media/|favicon.ico|icon.svg|robots.txt).*)'],
};
