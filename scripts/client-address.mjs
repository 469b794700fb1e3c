// Who sent a request, in a way a client cannot forge: the socket's address, unless the operator
// says how many reverse proxies stand in front of the app (TRUSTED_PROXY_HOPS). Each trusted proxy
// appends the address it saw to X-Forwarded-For, so the client is that many entries from the end.

/** Parses TRUSTED_PROXY_HOPS: a whole number of proxies, 0 (no proxy) when unset. */
export function trustedProxyHops(value) {
  if (value === undefined || value === '') return 0;
  if (!/^\d{1,2}$/.test(value)) throw new Error(`TRUSTED_PROXY_HOPS must be the number of reverse proxies in front of the app (0, 1, 2...), not "${value}".`);
  return Number(value);
}

/**
 * The client address of a request that arrived from `socketAddress` carrying `forwardedFor`
 * (the X-Forwarded-For header, or undefined), behind `hops` trusted proxies.
 */
export function clientAddress(socketAddress, forwardedFor, hops) {
  const socket = normalise(socketAddress ?? 'unknown');
  if (hops === 0) return socket;
  const chain = [...String(forwardedFor ?? '').split(',').map((entry) => entry.trim()).filter(Boolean).map(normalise), socket];
  return chain[Math.max(0, chain.length - 1 - hops)];
}

function normalise(address) {
  const lower = address.toLowerCase();
  return lower.startsWith('::ffff:') ? lower.slice('::ffff:'.length) : lower;
}
