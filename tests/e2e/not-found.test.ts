import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { createAdminWithScript } from './accounts';
import { useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();
const TEXT = { 'zh-CN': zh, en } as const;
type Locale = keyof typeof TEXT;

/** What a person (or a screen reader) gets from the not-found page: language, header, heading and the way home. */
async function describePage(page: Page) {
  return page.evaluate(() => ({
    lang: document.documentElement.getAttribute('lang'),
    hasHeader: document.querySelector('header.site-header a.brand') !== null,
    heading: document.querySelector('main h1')?.textContent,
    homeLinks: [...document.querySelectorAll('main a')].map((link) => `${link.textContent} -> ${link.getAttribute('href')}`),
  }));
}

function expectedPage(locale: Locale) {
  return { lang: locale, hasHeader: true, heading: TEXT[locale]['notFound.title'], homeLinks: [`${TEXT[locale]['notFound.home']} -> /${locale}`] };
}

describe('unknown addresses', () => {
  // Scripts off: the page as the server sent it, before any script could fill in an empty shell.
  let serverHtml: BrowserContext;
  beforeAll(async () => {
    serverHtml = await shared.get().newContext({ javaScriptEnabled: false });
  });
  afterAll(() => serverHtml.close());

  async function fetchHtml(path: string, headers: Record<string, string> = {}) {
    await serverHtml.clearCookies();
    const page = await serverHtml.newPage();
    await page.setExtraHTTPHeaders(headers);
    const response = await page.goto(`${baseUrl}${path}`);
    const result = { status: response?.status(), page: await describePage(page) };
    await page.close();
    return result;
  }

  it.each<[string, Locale, Record<string, string>?]>([
    ['/zh-CN/no-such-page', 'zh-CN'],
    ['/en/no-such-page', 'en'],
    ['/en/trainer/classes/x/no-such-page', 'en'],
    ['/zh-CN/attempts/x/summary/extra', 'zh-CN'],
    ['/zh-CN/foo.php', 'zh-CN'],
    ['/en/wp-login.php', 'en'],
    ['/en/a.b/c', 'en'],
    ['/zh-CN/%E4%BD%A0%E5%A5%BD', 'zh-CN'],
    // Addresses the language redirect leaves alone answer in the visitor's language.
    ['/_next/no-such-file', 'zh-CN', { 'accept-language': 'fr-FR, de' }],
    ['/_next/no-such-file', 'en', { 'accept-language': 'en-GB,en;q=0.9' }],
    ['/_next/no-such-file', 'en', { cookie: 'NEXT_LOCALE=en', 'accept-language': 'zh-CN' }],
  ])('%s is a 404 with the translated page, its language, the header and the way home, rendered on the server [%s]', async (path, locale, headers) => {
    const { status, page } = await fetchHtml(path, headers);
    expect(status).toBe(404);
    expect(page).toEqual(expectedPage(locale));
  });

  it('sends an address without a language to the same address in the visitor language, which is then a 404', async () => {
    for (const [path, acceptLanguage, target] of [
      ['/xyz', 'zh-CN,zh;q=0.9', '/zh-CN/xyz'],
      ['/foo.php', 'en-US', '/en/foo.php'],
    ]) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', headers: { 'accept-language': acceptLanguage } });
      expect(response.status, path).toBe(307);
      expect(new URL(response.headers.get('location')!, baseUrl).pathname, path).toBe(target);
      expect((await fetch(`${baseUrl}${target}`)).status, target).toBe(404);
    }
  });

  it('answers an unknown API address with a JSON 404, for programs', async () => {
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['POST', '/api/assignments/x/nope'],
    ]) {
      const response = await fetch(`${baseUrl}${path}`, { method, redirect: 'manual' });
      expect(response.status, path).toBe(404);
      expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
      expect(await response.json(), path).toEqual({ error: 'not_found', message: `No API endpoint at ${path}.` });
    }
  });

  it('shows the translated page for addresses whose record does not exist (an attempt, a class)', async () => {
    const admin = { email: 'nora.notfound@example.com', password: 'not found passphrase 7', name: 'Nora Admin' };
    createAdminWithScript(databaseUrl, admin);
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const visit = async (path: string, locale: Locale) => {
      const response = await page.goto(`${baseUrl}${path}`);
      await page.locator('main h1').waitFor();
      expect(response?.status(), path).toBe(404);
      expect(await describePage(page), path).toEqual(expectedPage(locale));
    };
    await visit('/zh-CN/attempts/no-such-attempt/summary', 'zh-CN');
    await visit('/en/attempts/no-such-attempt/2', 'en');
    await signIn(page, admin);
    await visit('/en/trainer/classes/no-such-class', 'en');
    await visit('/zh-CN/trainer/assignments/no-such-assignment', 'zh-CN');
    await context.close();
  });
});

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/en/sign-in`);
  await page.getByLabel(en['signIn.email']).fill(account.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(account.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
  await page.waitForURL(`${baseUrl}/en/trainer`);
}
