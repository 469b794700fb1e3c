/*
 * Kept free of server-only and Next imports so it is unit-tested directly.
 */

type HeaderReader = { get(name: string): string | null };

/**
 * True when a state-changing request comes from a page of this app: browsers send `Origin` with
 * every fetch POST, and another site's page cannot forge it. The same rule Next.js applies to
 * server actions: the origin's host must be the host the request was sent to (as a proxy in front
 * reports it in X-Forwarded-Host, else Host).
 */
export function isSameOriginRequest(requestHeaders: HeaderReader): boolean {
  const origin = requestHeaders.get('origin');
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  const host = requestHeaders.get('x-forwarded-host')?.split(',')[0]?.trim() || requestHeaders.get('host');
  return !!host && originHost.toLowerCase() === host.toLowerCase();
}
