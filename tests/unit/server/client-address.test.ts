import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxyHops } from '../../../scripts/client-address.mjs';

describe('the client address the server trusts', () => {
  it('is the socket address when no proxy is trusted, whatever the client claims', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', 0)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, 0)).toBe('203.0.113.9');
    expect(clientAddress(undefined, undefined, 0)).toBe('unknown');
  });

  it('behind N trusted proxies, is the address the outermost trusted proxy saw', () => {
    // Client 198.51.100.7 -> proxy (adds the client) -> app: the socket is the proxy.
    expect(clientAddress('10.0.0.2', '198.51.100.7', 1)).toBe('198.51.100.7');
    // A forged entry in front of the real one changes nothing.
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7', 1)).toBe('198.51.100.7');
    // Two proxies: CDN adds the client, the load balancer adds the CDN.
    expect(clientAddress('10.0.0.3', '6.6.6.6, 198.51.100.7, 10.0.0.2', 2)).toBe('198.51.100.7');
    // Fewer entries than hops: the first one there is.
    expect(clientAddress('10.0.0.2', undefined, 2)).toBe('10.0.0.2');
  });

  it('reads TRUSTED_PROXY_HOPS strictly', () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops('')).toBe(0);
    expect(trustedProxyHops('2')).toBe(2);
    expect(() => trustedProxyHops('yes')).toThrow(/TRUSTED_PROXY_HOPS/);
  });
});
