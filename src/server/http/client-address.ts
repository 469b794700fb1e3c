import 'server-only';

/** The header scripts/serve.mjs sets from the socket (and trusted proxies); nothing else is trusted. */
export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/**
 * Who sent the request, for per-address limits. Clients cannot forge it: the server replaces any
 * such header it receives. Without it (`next dev`), every request shares one "unknown" bucket.
 */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim().toLowerCase() || 'unknown';
}
