import { describe, expect, inject, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { fillFirstChoices, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();
const PHONE = { width: 360, height: 740 };
/** Practice sets searched, in order, until a link has been checked in every stage. */
const SETS = ['buyer-basics', 'student-money-traps', 'deliveries-and-friends', 'impersonators-and-malware'];

/**
 * Whether the element is entirely on the phone's screen and no ancestor that hides overflow (the
 * phone frame, a bubble) cuts any of it off; its text does not overflow it either.
 */
async function isFullyShown(element: Locator): Promise<{ shown: boolean; detail: string }> {
  return element.evaluate((node, viewport) => {
    const rect = node.getBoundingClientRect();
    const problems: string[] = [];
    if (rect.width === 0 || rect.height === 0) problems.push('not rendered');
    if (rect.left < 0 || rect.right > viewport.width) problems.push(`spans x ${rect.left}..${rect.right}`);
    if (node.scrollWidth > node.clientWidth + 1) problems.push(`text overflows (${node.scrollWidth} > ${node.clientWidth})`);
    for (let parent = node.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = parent.getBoundingClientRect();
      if (rect.left < box.left - 1 || rect.right > box.right + 1 || rect.top < box.top - 1 || rect.bottom > box.bottom + 1) problems.push(`clipped by ${parent.className || parent.tagName}`);
    }
    return { shown: problems.length === 0, detail: problems.join('; ') };
  }, PHONE);
}

/** Taps the first link in the area and checks its address panel: open, complete, domain emphasised, on screen. */
async function checkReveal(page: Page, area: Locator, where: string): Promise<void> {
  const link = area.locator('.fake-link').first();
  await link.scrollIntoViewIfNeeded();
  await link.tap();
  expect(await link.getAttribute('aria-expanded'), where).toBe('true');
  const panel = page.locator(`[id="${await link.getAttribute('aria-controls')}"]`);
  expect(await panel.locator('.address-full').textContent(), where).toMatch(/^https?:\/\/\S+$/);
  expect(await panel.locator('.address-full strong').textContent(), where).toMatch(/\.[a-z]+$/);
  const { shown, detail } = await isFullyShown(panel);
  expect(shown, `${where}: the address panel is ${detail}`).toBe(true);
}

async function stageHeading(page: Page): Promise<string | null> {
  return page.locator('form.answer-form .stage-heading').textContent();
}

async function submitStage(page: Page, heading: string | null): Promise<void> {
  await page.locator('form.answer-form button[type="submit"]').tap();
  await page.waitForFunction((previous) => document.querySelector('form.answer-form .stage-heading')?.textContent !== previous, heading);
}

describe('on a 360 px phone', () => {
  for (const locale of ['zh-CN', 'en']) {
    it(`a link can be checked in every stage without marking its line, and the result is what the student lands on [${locale}]`, { timeout: 300_000 }, async () => {
      const context = await shared.get().newContext({ viewport: PHONE, locale, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      const checked = { decision: false, marking: false, review: false };
      let resultsChecked = 0;
      for (const setId of SETS) {
        if (checked.decision && checked.marking && checked.review) break;
        await page.goto(`${baseUrl}/${locale}`);
        await page.locator(`form:has(input[name="setId"][value="${setId}"]) button[type="submit"]`).first().click();
        await page.waitForURL(/\/attempts\/[^/]+\/1$/);
        const total = Number((await page.locator('.progress-text').textContent())!.split('/')[1].trim());
        for (let step = 1; step <= total && !(checked.decision && checked.marking && checked.review); step += 1) {
          const form = page.locator('form.answer-form');
          if (!checked.decision && (await form.locator('.fake-link').count()) > 0) {
            await checkReveal(page, form, `${setId} ${step}, decision`);
            checked.decision = true;
          }
          await fillFirstChoices(page);
          await submitStage(page, await stageHeading(page));

          const linesWithLinks = form.locator('.line-select').filter({ has: page.locator('.fake-link') });
          if ((await form.count()) > 0 && (await linesWithLinks.count()) > 0) {
            const line = linesWithLinks.first();
            const box = line.locator('.mark-box');
            const wasMarked = await box.isChecked();
            await checkReveal(page, line, `${setId} ${step}, line marking`);
            expect(await box.isChecked(), 'revealing an address does not mark its line').toBe(wasMarked);
            await line.locator('.line-content').tap({ position: { x: 4, y: 4 } });
            expect(await box.isChecked(), 'tapping the line itself marks it').toBe(!wasMarked);
            checked.marking = true;
          }
          if ((await form.count()) > 0) {
            await fillFirstChoices(page);
            await submitStage(page, await stageHeading(page));
          }

          // After answering, the result is focused and at the top of the phone's screen.
          const result = page.locator('.review-result');
          await result.waitFor();
          await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('review-result'))).toBe(true);
          await expect
            .poll(async () => result.evaluate((node, height) => {
              const rect = node.getBoundingClientRect();
              return rect.top >= 0 && rect.bottom <= height;
            }, PHONE.height))
            .toBe(true);
          resultsChecked += 1;

          const details = page.locator('details.review-details');
          if (!checked.review && (await details.locator('.fake-link').count()) > 0) {
            await details.locator('summary').tap();
            await checkReveal(page, details, `${setId} ${step}, review`);
            checked.review = true;
          }
          await page.locator('.step-nav a').first().click();
          await page.waitForURL(step < total ? new RegExp(`/${step + 1}$`) : /\/summary$/);
        }
      }
      expect(checked, 'a link was found and checked in each stage').toEqual({ decision: true, marking: true, review: true });
      expect(resultsChecked).toBeGreaterThan(0);
      await context.close();
    });
  }
});
