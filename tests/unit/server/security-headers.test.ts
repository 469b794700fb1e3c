import { describe, expect, it } from 'vitest';
import { carriesSecretInUrl, contentSecurityPolicy, newNonce, pageSecurityHeaders } from '@/server/http/security-headers';

describe('the content security policy', () => {
  it('lets scripts run only with the nonce, and never inline or evaluated in production', () => {
    const policy = contentSecurityPolicy('abc123', { isDevelopment: false, isHttps: false });
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src'))!;
    expect(scriptSrc).toContain(`'nonce-abc123'`);
    expect(scriptSrc).toContain(`'strict-dynamic'`);
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval/);
    for (const directive of [`frame-ancestors 'none'`, `object-src 'none'`, `base-uri 'none'`]) expect(policy).toContain(directive);
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('makes a new unguessable nonce for every request', () => {
    const nonces = new Set(Array.from({ length: 50 }, newNonce));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('adds HSTS only over HTTPS, and hides secret addresses from the referrers other sites see and from search engines', () => {
    const plain = pageSecurityHeaders('/en', 'n', { isDevelopment: false, isHttps: false });
    expect(plain).not.toHaveProperty('Strict-Transport-Security');
    expect(plain).not.toHaveProperty('Referrer-Policy');
    const secure = pageSecurityHeaders('/zh-CN/join/p/tok123', 'n', { isDevelopment: false, isHttps: true });
    expect(secure['Strict-Transport-Security']).toMatch(/^max-age=\d+/);
    expect(secure).toMatchObject({ 'Referrer-Policy': 'same-origin', 'X-Robots-Tag': 'noindex, nofollow' });
    expect(secure['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  it.each([
    ['/zh-CN/join/p/abc', true],
    ['/en/invite/abc', true],
    ['/en/setup/abc', true],
    ['/en/join', false],
    ['/en/join/ABC234', false],
    ['/en', false],
  ])('%s carries a secret: %s', (path, expected) => {
    expect(carriesSecretInUrl(path)).toBe(expected);
  });
});
