/*
 * Kept free of server-only and Next imports so it is unit-tested directly.
 */

type HeaderReader = { get(name: string): string | null };

/**
 * False when a state-changing request demonstrably comes from another site's page; the rule
 * Next.js applies to server actions, plus Fetch Metadata. A browser names the page's origin in
 * `Origin` (it must then be the host the request was sent to, as a proxy in front reports it in
 * X-Forwarded-Host, else Host), or, where it leaves `Origin` out of a same-origin request as
 * recent Chromium does, says `Sec-Fetch-Site: same-origin`. A request with neither comes from no
 * browser page at all (a script, an old browser on this site): another site cannot make a browser
 * send one, so it is not a forgery. The answers route also takes only JSON, which no other site's
 * form can send, and the device cookie is SameSite=Lax.
 */
export function isSameOriginRequest(requestHeaders: HeaderReader): boolean {
  const origin = requestHeaders.get('origin');
  const fetchSite = requestHeaders.get('sec-fetch-site');
  if (origin === null) return fetchSite === null || fetchSite === 'same-origin';
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = requestHeaders.get('x-forwarded-host')?.split(',')[0]?.trim() || requestHeaders.get('host');
  return !!host && originHost.toLowerCase() === host.toLowerCase();
}
