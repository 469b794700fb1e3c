import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();

describe('language', () => {
  it('defaults to Chinese, follows the browser language, and remembers a switch', async () => {
    const redirectFor = async (acceptLanguage: string) => (await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': acceptLanguage } })).headers.get('location');
    expect(await redirectFor('')).toMatch(/\/zh-CN$/);
    expect(await redirectFor('en-GB,en;q=0.9')).toMatch(/\/en$/);

    const context = await shared.get().newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await page.getByRole('navigation', { name: '语言' }).getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`${baseUrl}/en`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Practise spotting online-shopping scams');
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(`${baseUrl}/en`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });

  it('keeps the student on the same page when switching language mid-quiz', async () => {
    const context = await shared.get().newContext({ locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('button', { name: 'Start' }).first().click();
    await page.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
    const path = new URL(page.url()).pathname;
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseUrl}${path.replace('/en/', '/zh-CN/')}`);
    expect(await page.getByRole('button', { name: '提交判断' }).count()).toBe(1);
    await context.close();
  });
});
