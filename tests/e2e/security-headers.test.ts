import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from './browser';
import { submitFirstChoices } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();

describe('security headers of the running app', () => {
  it('sends a nonce-based policy and the static headers on pages, a fresh nonce each time', async () => {
    const first = await fetch(`${baseUrl}/en`);
    const second = await fetch(`${baseUrl}/en`);
    const policy = first.headers.get('content-security-policy')!;
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).not.toMatch(/unsafe-inline[^;]*;?.*script|script-src[^;]*unsafe-inline/);
    expect(policy).toContain(`frame-ancestors 'none'`);
    expect(second.headers.get('content-security-policy')).not.toBe(policy);
    const nonce = /'nonce-([^']+)'/.exec(policy)![1];
    const html = await first.text();
    // Every script of the page carries this request's nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    expect(first.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('permissions-policy')).toContain('camera=()');
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS when a proxy says the request came over HTTPS', async () => {
    const response = await fetch(`${baseUrl}/en`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
  });

  it('gives pages with a secret in the address no referrer to other sites and no indexing', async () => {
    for (const path of ['/en/join/p/not-a-real-token', '/zh-CN/invite/not-a-real-token', '/en/setup/not-a-real-token']) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.headers.get('referrer-policy'), path).toBe('same-origin');
      expect(response.headers.get('x-robots-tag'), path).toContain('noindex');
    }
  });

  it('sends the static headers on API routes too', async () => {
    const response = await fetch(`${baseUrl}/api/auth/ok`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('reports no policy violation while a student practises and answers, in both languages', async () => {
    for (const locale of ['zh-CN', 'en']) {
      const context = await shared.get().newContext({ locale });
      const page = await context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
      });
      await page.goto(`${baseUrl}/${locale}`);
      await page.locator('.set-card button[type=submit]').first().click();
      await page.waitForURL(/\/attempts\/[^/]+\/1$/);
      await submitFirstChoices(page);
      await page.locator('article.review').waitFor();
      await page.locator('.step-nav a').first().click();
      await page.waitForURL(/\/2$/);
      await page.goto(`${baseUrl}/${locale}/join`);
      await page.goto(`${baseUrl}/${locale}/sign-in`);
      await page.goto(`${baseUrl}/${locale}/no-such-page`);
      expect(violations).toEqual([]);
      await context.close();
    }
  });
});
