import { NextResponse, type NextRequest } from 'next/server';
import { LOCALE_COOKIE, PATHNAME_HEADER, isLocale } from '@/i18n/config';
import { negotiateLocale } from '@/i18n/negotiate';
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
    requestHeaders.set(PATHNAME_HEADER, request.nextUrl.pathname);
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
  const locale = negotiateLocale({ remembered: request.cookies.get(LOCALE_COOKIE)?.value, acceptLanguage: request.headers.get('accept-language') ?? undefined });
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${request.nextUrl.pathname === '/' ? '' : request.nextUrl.pathname}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ['/((?!_next/|api/|media/|icons/|favicon.ico|icon.svg|apple-icon.png|manifest.webmanifest|robots.txt).*)'],
};
