import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readContentLibrary } from '@/server/content/read-files';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { launchBrowser } from './browser';

const baseUrl = inject('baseUrl');
const library = readContentLibrary('.');
const allScenarioIds = [...library.scenarios.keys()];
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A practice set played in written order that holds scams and genuine messages, decided both ways. */
function mixedSet() {
  const sets = readdirSync('content/sets').map((file) => file.replace(/\.md$/, ''));
  const candidates = sets
    .map((id) => library.sets.get(id)!)
    .filter((set) => set?.isPractice && !set.draw)
    .filter((set) => {
      const scenarios = set.scenarioIds.slice(0, 6).map((id) => library.scenarios.get(id)!.byLocale.en);
      return new Set(scenarios.map((scenario) => scenario.verdict)).size === 2 && new Set(scenarios.map((scenario) => scenario.questions[0].type)).size === 2;
    });
  expect(candidates.length).toBeGreaterThan(0);
  return candidates[0];
}

/** Every text of the scenario that would give the answer away, as authored: title, explanations, markers. */
function secretsOf(scenario: LocalizedScenario): string[] {
  const secrets = [scenario.title, scenario.explanation, scenario.advice];
  for (const question of scenario.questions) {
    if (question.type === 'single' || question.type === 'multiple') secrets.push(...question.options.map((option) => option.explanation));
    if (question.type === 'verdict') secrets.push(question.explanations.scam, question.explanations.legitimate);
  }
  // Long explanations are wrapped by YAML block scalars; a distinctive prefix is enough to detect a leak.
  return secrets.map((secret) => secret.slice(0, 40));
}

/** The ids a payload must not carry: every scenario id, and this scenario's question and option ids as values. */
function idPatternsOf(scenario: LocalizedScenario): RegExp[] {
  const optionIds = scenario.questions.flatMap((question) => ('options' in question ? question.options.map((option) => option.id) : []));
  const questionIds = scenario.questions.map((question) => question.id);
  return [...optionIds, ...questionIds].map((id) => new RegExp(`(value=|"choices?":\\[?|"id":)\\\\?"${id}\\\\?"`));
}

async function fetchAs(context: BrowserContext, url: string, headers: Record<string, string> = {}): Promise<string> {
  const cookies = (await context.cookies(baseUrl)).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  const response = await fetch(url, { headers: { cookie: cookies, ...headers } });
  expect(response.status).toBe(200);
  return response.text();
}

/** Reads the HTML and the RSC payload of the page as the browser gets them and checks that nothing gives the answer away. */
async function expectNothingToInfer(context: BrowserContext, url: string, scenario: LocalizedScenario, label: string) {
  const html = await fetchAs(context, url);
  const rsc = await fetchAs(context, url, { RSC: '1' });
  expect(rsc.length, label).toBeGreaterThan(1000);
  for (const payload of [html, rsc]) {
    for (const secret of secretsOf(scenario)) expect(payload, `${label}: ${secret}`).not.toContain(secret);
    for (const id of allScenarioIds) expect(payload, `${label}: scenario id ${id}`).not.toContain(id);
    for (const pattern of idPatternsOf(scenario)) expect(payload, `${label}: ${pattern}`).not.toMatch(pattern);
    expect(payload, label).not.toMatch(/\{!|\{\+|"flags"|"trust"|"answer"|"explanations?"|"verdict":|"redFlags"|"trustSignals"|"scenarioId"/);
  }
  return html;
}

/** Records every request the page sends while answering, to check them for ids too. */
function recordRequests(page: Page): string[] {
  const bodies: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') bodies.push(request.postData() ?? '');
  });
  return bodies;
}

async function submitStage(page: Page) {
  const form = page.locator('form.answer-form');
  const heading = await form.locator('.stage-heading').textContent();
  for (const group of await form.getByRole('group').all()) {
    const choices = group.locator('input');
    if ((await choices.count()) > 0) await choices.first().check();
  }
  const toggles = form.locator('.mark-box');
  if ((await toggles.count()) > 0) await toggles.first().check();
  await form.locator('button[type="submit"]').click();
  await page.waitForFunction((previous) => document.querySelector('form.answer-form .stage-heading')?.textContent !== previous, heading);
}

describe('the browser learns nothing before the decision is committed', () => {
  for (const locale of ['en', 'zh-CN'] as const) {
    it(`(${locale}) no id, title, marker or key in the HTML, RSC payload or requests of either stage, for scams and genuine messages`, async () => {
      const set = mixedSet();
      const context = await browser.newContext({ locale });
      const page = await context.newPage();
      const requests = recordRequests(page);
      await page.goto(`${baseUrl}/${locale}`);
      await page.locator(`li:has(#set-${set.id}) button[type=submit]`).last().click();
      await page.waitForURL(/\/attempts\/[^/]+\/1$/);
      const attemptUrl = page.url().replace(/\/1$/, '');

      const seen = new Set<string>();
      for (let step = 1; step <= Math.min(6, set.scenarioIds.length); step += 1) {
        const scenario = library.scenarios.get(set.scenarioIds[step - 1])!.byLocale[locale];
        const stepUrl = `${attemptUrl}/${step}`;
        if (page.url() !== stepUrl) await page.goto(stepUrl);
        seen.add(`${scenario.verdict}/${scenario.questions[0].type}`);

        const decisionHtml = await expectNothingToInfer(context, stepUrl, scenario, `${scenario.id} decision`);
        // Only the decision is asked: the follow-ups (whose wording could tell the verdict) are not in the page yet.
        for (const followUp of scenario.questions.slice(1)) expect(decisionHtml).not.toContain(followUp.prompt.slice(0, 30));
        await submitStage(page);

        if (scenario.questions.length > 1) {
          await expectNothingToInfer(context, stepUrl, scenario, `${scenario.id} follow-up`);
          await submitStage(page);
        }
        await page.locator('article.review').waitFor();
        // After the last stage the review shows what was held back.
        const reviewed = await fetchAs(context, stepUrl);
        expect(secretsOf(scenario).filter((secret) => reviewed.includes(secret.replace(/"/g, '&quot;').replace(/'/g, '&#x27;'))).length).toBeGreaterThan(0);
      }
      expect([...seen].some((entry) => entry.startsWith('scam/'))).toBe(true);
      expect([...seen].some((entry) => entry.startsWith('legitimate/'))).toBe(true);

      // Every answer request carried handles and line positions only.
      const answers = requests.filter((body) => body.includes('clientAnswerId'));
      expect(answers.length).toBeGreaterThanOrEqual(6);
      for (const body of answers) {
        for (const id of allScenarioIds) expect(body).not.toContain(id);
        expect(body).not.toMatch(/"scenarioId"|"q\d"/);
      }
      await context.close();
    });
  }

  it('uses option handles that differ between attempts, so a handle never names the right answer', async () => {
    const set = mixedSet();
    const orders: string[] = [];
    for (let run = 0; run < 4; run += 1) {
      const context = await browser.newContext({ locale: 'en' });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/en`);
      await page.locator(`li:has(#set-${set.id}) button[type=submit]`).last().click();
      await page.waitForURL(/\/attempts\/[^/]+\/1$/);
      const step = set.scenarioIds.findIndex((id) => library.scenarios.get(id)!.byLocale.en.questions[0].type === 'single') + 1;
      await page.goto(page.url().replace(/\/1$/, `/${step}`));
      const labels = await page.locator('form.answer-form fieldset label').allTextContents();
      orders.push(labels.join('|'));
      expect(await page.locator('form.answer-form input[type=radio]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(labels.map((_, index) => `c${index + 1}`));
      await context.close();
    }
    expect(new Set(orders).size).toBeGreaterThan(1);
  });
});

describe('assignment-only sets', () => {
  it('are not offered for practice on the home page (the server refusal is an integration test)', async () => {
    const examSet = [...library.sets.values()].find((set) => !set.isPractice)!;
    const context = await browser.newContext({ locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en`);
    expect(await page.locator(`#set-${examSet.id}`).count()).toBe(0);
    expect(readFileSync(`content/sets/${examSet.id}.md`, 'utf8')).toContain('practice: false');
    await context.close();
  });
});
