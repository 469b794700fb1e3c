import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
import { parseSetFile } from '@/domain/content/parse-set';
import { answerCurrentScenario, launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const SET_ID = 'new-shop-owner';
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext({ locale: 'en' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
});

/** Every text of the scenario that would give the answer away, as authored. */
function secretsOf(scenarioId: string): string[] {
  const path = `content/scenarios/${scenarioId}.en.md`;
  const scenario = parseScenarioFile(path, readFileSync(path, 'utf8')).scenario!;
  const secrets = [scenario.title, scenario.explanation, scenario.advice];
  for (const question of scenario.questions) {
    if (question.type === 'single' || question.type === 'multiple') secrets.push(...question.options.map((option) => option.explanation));
    if (question.type === 'verdict') secrets.push(question.explanations.scam, question.explanations.legitimate);
  }
  // Long explanations are wrapped by YAML block scalars; a distinctive prefix is enough to detect a leak.
  return secrets.map((secret) => secret.slice(0, 40));
}

async function fetchAsBrowser(url: string, headers: Record<string, string> = {}): Promise<string> {
  const cookies = (await context.cookies(baseUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const response = await fetch(url, { headers: { cookie: cookies, ...headers } });
  expect(response.status).toBe(200);
  return response.text();
}

describe('the answer key never reaches the browser before the student answers', () => {
  it('is absent from the HTML and the RSC payload of an unanswered question, and present after answering', async () => {
    const set = parseSetFile(`content/sets/${SET_ID}.md`, readFileSync(`content/sets/${SET_ID}.md`, 'utf8')).set!;
    const secrets = secretsOf(set.scenarioIds[0]);

    await page.goto(`${baseUrl}/en`);
    await page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'New shop owner' }) }).getByRole('button', { name: 'Start' }).click();
    await page.waitForURL(/\/attempts\/[^/]+\/1$/);
    const stepUrl = page.url();

    const html = await fetchAsBrowser(stepUrl);
    const rsc = await fetchAsBrowser(stepUrl, { RSC: '1' });
    expect(html).toContain('Check my answer');
    expect(rsc.length).toBeGreaterThan(1000);
    for (const payload of [html, rsc]) {
      for (const secret of secrets) expect(payload).not.toContain(secret);
      expect(payload).not.toMatch(/\{!|"flags"|"answer"|"explanations?"/);
    }

    await answerCurrentScenario(page, 'Check my answer');
    const reviewed = await fetchAsBrowser(stepUrl);
    expect(secrets.filter((secret) => reviewed.includes(secret.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'))).length).toBeGreaterThan(0);
  });
});
