import { NextResponse, type NextRequest } from 'next/server';
import { DEFAULT_LOCALE, LOCALE_COOKIE, LOCALES, isLocale, type Locale } from '@/i18n/config';
import { refuseBrokenActionBody } from '@/server/http/action-body-guard';
import { isHttpsRequest } from '@/server/http/https';
import { newNonce, pageSecurityHeaders } from '@/server/http/security-headers';

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/**
 * Locale negotiation (the URL, then the remembered cookie, then Accept-Language) and each page's
 * security headers, with a fresh script nonce per request.
 */
export async function proxy(request: NextRequest) {
  // A server-action body React could not decode gets a plain 400 or 413, not a crash.
  const refused = await refuseBrokenActionBody(request);
  if (refused) return refused;
  const [, first] = request.nextUrl.pathname.split('/');
  if (isLocale(first)) {
    const nonce = newNonce();
    const security = pageSecurityHeaders(request.nextUrl.pathname, nonce, {
      isDevelopment: process.env.NODE_ENV === 'development',
      isHttps: isHttpsRequest(request.headers, request.nextUrl),
    });
    // not-found pages get no params; they read the locale from this header.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set('x-pathname', request.nextUrl.pathname);
    // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
    requestHeaders.set('x-nonce', nonce);
    requestHeaders.set('Content-Security-Policy', security['Content-Security-Policy']);
    const response = NextResponse.next({ request: { headers: requestHeaders } });
    for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
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
