/*
 * Kept free of server-only and Next imports: src/proxy.ts uses it too, and it is unit-tested.
 */

/** What is needed of a request's headers: `Headers`, or what `headers()` returns in a page or action. */
type HeaderReader = { get(name: string): string | null };

/**
 * True when the request arrived over HTTPS: its URL is https, or a proxy in front said so with
 * `X-Forwarded-Proto: https` (the first entry, the client's side, when several proxies appended
 * theirs; Next.js sets it itself when it serves HTTPS). The one rule for Secure cookies, HSTS and
 * the scheme of the links the app shows. Pages and actions have no URL: the header is their
 * answer.
 */
export function isHttpsRequest(requestHeaders: HeaderReader, url?: string | URL): boolean {
  if (url !== undefined && new URL(url).protocol === 'https:') return true;
  return requestHeaders.get('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase() === 'https';
}
