/*
 * Security headers for every page. Kept free of Next imports so the policy can be unit-tested;
 * src/proxy.ts applies it per request. Static headers for every route (pages, API, media) are in
 * next.config.ts.
 */

/** A fresh, unguessable nonce per request: scripts without it do not run. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The Content-Security-Policy of a page. Scripts run only with this request's nonce; scripts they
 * load are trusted through 'strict-dynamic' (Next.js loads its chunks that way). Styles may be
 * inline (React style attributes); nothing may frame the app, and no plugin or <base> may change
 * where things load from.
 */
export function contentSecurityPolicy(nonce: string, options: { isDevelopment: boolean; isHttps: boolean }): string {
  const scriptSrc = [`'self'`, `'nonce-${nonce}'`, `'strict-dynamic'`, ...(options.isDevelopment ? [`'unsafe-eval'`] : [])];
  const directives = [
    `default-src 'self'`,
    `script-src ${scriptSrc.join(' ')}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${options.isDevelopment ? ' ws: wss:' : ''}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
    ...(options.isHttps ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Pages whose address carries a secret (a personal join link, an invitation, the setup link). */
export function carriesSecretInUrl(pathname: string): boolean {
  return /^\/[^/]+\/(join\/p|invite|setup)\/[^/]+/.test(pathname);
}

const TWO_YEARS_SECONDS = 63_072_000;

/** Response headers that depend on the request: the policy, HSTS over HTTPS, and no referrer to other sites and no indexing for secret addresses. */
export function pageSecurityHeaders(pathname: string, nonce: string, options: { isDevelopment: boolean; isHttps: boolean }): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': contentSecurityPolicy(nonce, options) };
  if (options.isHttps) headers['Strict-Transport-Security'] = `max-age=${TWO_YEARS_SECONDS}; includeSubDomains`;
  if (carriesSecretInUrl(pathname)) {
    // The token must not leak to another site through the Referer header, nor end up in a search
    // index. "same-origin" rather than "no-referrer": with no referrer at all, browsers send
    // `Origin: null` on the page's own POSTs (accepting the invitation, then signing in), which
    // the app's origin checks rightly refuse.
    headers['Referrer-Policy'] = 'same-origin';
    headers['X-Robots-Tag'] = 'noindex, nofollow';
  }
  return headers;
}

/** Headers for every response of the app, pages, API and media alike. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
];
