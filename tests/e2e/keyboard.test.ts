import { describe, expect, inject, it } from 'vitest';
import { useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();

describe('keyboard only', () => {
  it('starts a set, answers a scenario and moves on without a mouse, with a visible focus ring', async () => {
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, locale: 'en' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/en`);
    const start = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '5-minute check' }) }).getByRole('button', { name: 'Start' });
    await start.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/attempts\/[^/]+\/1$/);

    // Tab through the exhibit's links to the decision's first choice.
    let focused = '';
    for (let presses = 0; presses < 60 && focused !== 'radio'; presses += 1) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type ?? '');
    }
    expect(focused).toBe('radio');
    const outline = await page.evaluate(() => getComputedStyle((document.activeElement as HTMLElement).closest('label')!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Submit my decision' }).focus();
    await page.keyboard.press('Enter');

    // The follow-ups, when the scenario has them: mark a line and answer with the keyboard.
    await page.locator('article.review, form.answer-form .stage-heading:text("Step 2")').first().waitFor();
    if ((await page.locator('form.answer-form').count()) > 0) {
      const marks = page.locator('.mark-box');
      if ((await marks.count()) > 0) {
        await marks.first().focus();
        await page.keyboard.press('Space');
        expect(await marks.first().isChecked()).toBe(true);
      }
      for (const group of await page.getByRole('group').all()) {
        const radios = group.getByRole('radio');
        if ((await radios.count()) > 0 && !(await group.locator('input:checked').count())) {
          await radios.first().focus();
          await page.keyboard.press('Space');
        }
        const boxes = group.getByRole('checkbox');
        if ((await boxes.count()) > 0) {
          await boxes.first().focus();
          await page.keyboard.press('Space');
        }
      }
      await page.getByRole('button', { name: 'Check my answer' }).focus();
      await page.keyboard.press('Enter');
    }
    await page.locator('article.review').waitFor();
    const next = page.getByRole('link', { name: 'Next scenario' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/2$/);
    await context.close();
  });
});
