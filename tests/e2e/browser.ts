import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** The system Chromium, headless, with the flags this network needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
}

/** Picks the first choice of every question and, for spot questions, one line, then submits. */
export async function submitFirstChoices(page: Page, submitLabel: string): Promise<void> {
  const form = page.locator('form.answer-form');
  await form.waitFor();
  for (const group of await form.getByRole('group').all()) {
    const choices = group.locator('input');
    if ((await choices.count()) > 0) await choices.first().check();
  }
  const toggles = form.locator('.line-toggle');
  if ((await toggles.count()) > 0) await toggles.last().click();
  await page.getByRole('button', { name: submitLabel }).click();
}

/** Answers the current scenario with the first choices and waits for its review. */
export async function answerCurrentScenario(page: Page, submitLabel: string): Promise<void> {
  await submitFirstChoices(page, submitLabel);
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
