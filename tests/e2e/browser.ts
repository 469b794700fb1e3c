import { randomInt } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import { launchChromium } from '../../scripts/chromium.mjs';

/**
 * A headless Chromium: the system one when there is one, else the one npm installed. The test
 * server trusts one proxy hop (tests/setup/e2e-global.ts), and each browser context plays a
 * different client behind it, as the students and staff of a real class are: the per-address
 * sign-in limit then applies per person, not to the whole test run.
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => {
    // Random, not counted: every test file loads this module afresh, and a counter would hand the
    // same addresses (and their sign-in budgets) to every file.
    const address = `198.18.${randomInt(0, 256)}.${randomInt(1, 255)}`;
    return newContext({ ...options, extraHTTPHeaders: { 'X-Forwarded-For': address, ...options.extraHTTPHeaders } });
  };
  return browser;
}

/** Picks the first choice of every question of the stage on screen and, for spot questions, one line. */
export async function fillFirstChoices(page: Page): Promise<void> {
  const form = page.locator('form.answer-form');
  for (const group of await form.getByRole('group').all()) {
    const choices = group.locator('input');
    if ((await choices.count()) > 0) await choices.first().check();
  }
  const toggles = form.locator('.mark-box');
  if ((await toggles.count()) > 0) await toggles.last().check();
}

/**
 * Answers every stage of the scenario on screen with the first choices: the decision, then the
 * follow-ups when the scenario has any. Returns when no answering form is left.
 */
export async function submitFirstChoices(page: Page): Promise<void> {
  for (let stage = 0; stage < 2; stage += 1) {
    const form = page.locator('form.answer-form');
    await form.waitFor();
    const heading = await form.locator('.stage-heading').textContent();
    await fillFirstChoices(page);
    await form.locator('button[type="submit"]').click();
    // The stage is stored once its form is gone or shows the next stage.
    await page.waitForFunction((previous) => document.querySelector('form.answer-form .stage-heading')?.textContent !== previous, heading);
    if ((await page.locator('form.answer-form').count()) === 0) return;
  }
}

/** Answers the current scenario with the first choices and waits for its review. */
export async function answerCurrentScenario(page: Page): Promise<void> {
  await submitFirstChoices(page);
  await page.locator('article.review').waitFor();
}

/** One browser for the whole test file, closed when the file ends. */
export function useSharedBrowser(): { get: () => Browser } {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { get: () => browser! };
}

/** Signs a staff account in on the English sign-in page and waits until it has left it. */
export async function signInAsStaff(page: Page, baseUrl: string, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/en/sign-in`);
  await page.waitForLoadState('networkidle');
  await page.getByLabel(en['signIn.email']).fill(account.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(account.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
  await page.waitForURL((url) => !url.pathname.endsWith('/sign-in'));
}
