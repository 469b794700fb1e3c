import { describe, expect, inject, it } from 'vitest';
import type { Locator } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { createAdminWithScript } from './accounts';
import { useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();
const ADMIN = { email: 'phoebe.phone@example.com', password: 'phone passphrase 7', name: 'Phoebe Admin' };

/** How many lines a short label's text takes on screen. */
const lineCount = (label: Locator) =>
  label.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });

describe('the class page on a 360 px phone', () => {
  it('keeps the "new device" switch state on one line, on and off, in both languages', async () => {
    createAdminWithScript(databaseUrl, ADMIN);
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, isMobile: true });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en/sign-in`);
    await page.getByLabel(en['signIn.email']).fill(ADMIN.email);
    await page.getByLabel(en['signIn.password'], { exact: true }).fill(ADMIN.password);
    await page.getByRole('button', { name: en['signIn.submit'] }).click();
    await page.waitForURL(`${baseUrl}/en/trainer`);
    await page.getByLabel(en['trainer.create.name']).fill('三年级二班（下午）防诈骗训练营');
    await page.getByRole('button', { name: en['trainer.create.submit'] }).click();
    await page.waitForURL(/\/en\/trainer\/classes\/[^/]+$/);
    const classPath = new URL(page.url()).pathname.replace(/^\/en/, '');
    for (const [locale, text] of [['zh-CN', zh], ['en', en]] as const) {
      await page.goto(`${baseUrl}/${locale}${classPath}`);
      const state = page.locator('.switch-state');
      expect(await state.textContent()).toBe(text['class.recovery.off']);
      expect(await lineCount(state), `${locale} off`).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${locale}: no sideways scrolling`).toBeLessThanOrEqual(360);
    }
    await page.getByRole('switch', { name: en['class.recovery.label'] }).click();
    await page.getByRole('switch', { name: en['class.recovery.label'], checked: true }).waitFor();
    await page.goto(`${baseUrl}/zh-CN${classPath}`);
    expect(await page.locator('.switch-state').textContent()).toBe(zh['class.recovery.on']);
    expect(await lineCount(page.locator('.switch-state')), 'zh-CN on').toBe(1);
    await context.close();
  });
});
