import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { answerCurrentScenario, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();

const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_whole, name: string) => String(values[name]));

/** Which choices of the answering form are ticked, by their place on the page: the same in both languages. */
async function ticked(page: Page): Promise<boolean[]> {
  return page.locator('form.answer-form input[type="radio"], form.answer-form input[type="checkbox"]').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).checked));
}

async function startFiveMinuteCheck(page: Page, locale: 'en' | 'zh-CN') {
  await page.goto(`${baseUrl}/${locale}`);
  await page.locator('form:has(input[name="setId"][value="five-minute-check"])').getByRole('button', { name: (locale === 'en' ? en : zh)['home.start'] }).click();
  await page.waitForURL(/\/attempts\/[^/]+\/1$/);
}

describe('a practice run remembered by this browser', () => {
  it('keeps choices not yet sent through a reload and a language switch, and forgets them once sent', async () => {
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, locale: 'en' });
    const page = await context.newPage();
    await startFiveMinuteCheck(page, 'en');
    const decision = page.locator('form.answer-form input[type="radio"]');
    await decision.nth(1).check();
    const chosen = await ticked(page);
    expect(chosen.filter(Boolean)).toHaveLength(1);

    await page.reload();
    await expect.poll(() => ticked(page)).toEqual(chosen);
    const path = new URL(page.url()).pathname;
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${baseUrl}${path.replace('/en/', '/zh-CN/')}`);
    await expect.poll(() => ticked(page)).toEqual(chosen);

    // The follow-ups: marked lines and ticked answers come back in English too.
    await page.getByRole('button', { name: zh['quiz.submitDecision'] }).click();
    await page.locator('form.answer-form .stage-heading', { hasText: zh['quiz.followUpStage'] }).waitFor();
    expect((await ticked(page)).some(Boolean)).toBe(false);
    await page.locator('.mark-box').first().check();
    const firstOption = page.locator('form.answer-form fieldset input').first();
    if ((await firstOption.count()) > 0) await firstOption.check();
    const marked = await ticked(page);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
    await expect.poll(() => ticked(page)).toEqual(marked);

    // Sent: the stored answer is what the review shows, and the draft is gone from the tab.
    await page.getByRole('button', { name: en['quiz.submit'] }).click();
    await page.locator('article.review').waitFor();
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('scamsense:draft:')))).toEqual([]);
    await context.close();
  });

  it('offers the unfinished run first, warns before starting over, and shows the best result once finished', async () => {
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await startFiveMinuteCheck(page, 'zh-CN');
    const firstRun = page.url();
    await answerCurrentScenario(page);

    await page.goto(`${baseUrl}/zh-CN`);
    const resume = page.getByRole('region', { name: zh['home.resume.heading'] });
    expect(await resume.textContent()).toContain(fill(zh['home.resume.progress'], { set: '5 分钟快测', answered: 1, total: 5 }));
    await resume.getByRole('link', { name: zh['home.resume.continue'] }).click();
    await page.waitForURL(firstRun.replace(/\/1$/, '/2'));

    await page.goto(`${baseUrl}/zh-CN`);
    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '5 分钟快测' }) });
    expect(await card.getByRole('link', { name: fill(zh['home.continue'], { answered: 1, total: 5 }) }).count()).toBe(1);
    const confirm = card.getByRole('button', { name: zh['home.startOverConfirm'] });
    expect(await confirm.isVisible()).toBe(false);
    await card.getByText(zh['home.startOver'], { exact: true }).click();
    expect(await card.getByText(fill(zh['home.startOverWarning'], { answered: 1, total: 5 })).isVisible()).toBe(true);
    await confirm.click();
    await page.waitForURL(/\/attempts\/[^/]+\/1$/);
    expect(page.url()).not.toBe(firstRun);
    // The unfinished run is gone, as the warning said.
    const gone = await page.request.get(firstRun);
    expect(gone.status()).toBe(404);

    for (let step = 1; step <= 5; step += 1) {
      await answerCurrentScenario(page);
      await page.getByRole('link', { name: step < 5 ? zh['quiz.next'] : zh['quiz.finish'] }).first().click();
      if (step < 5) await page.waitForURL(new RegExp(`/${step + 1}$`));
    }
    await page.waitForURL(/\/summary$/);
    const percent = Number((await page.locator('.score-big').textContent())!.replace('%', ''));
    const end = page.locator('section.end-screen');
    expect(await end.getByRole('button', { name: zh['share.button'] }).count()).toBe(1);
    const cardImage = end.getByRole('img');
    await expect.poll(() => cardImage.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
    // The end screen arrives with a short animation, unless the system asks for reduced motion.
    const animation = () => end.evaluate((element) => getComputedStyle(element).animationName);
    expect(await animation()).toBe('end-screen-in');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');

    await page.goto(`${baseUrl}/zh-CN`);
    expect(await card.locator('.set-best').textContent()).toBe(fill(zh['home.best'], { percent }));
    expect(await page.getByRole('region', { name: zh['home.resume.heading'] }).count()).toBe(0);
    expect(await card.getByRole('button', { name: zh['home.start'] }).count()).toBe(1);
    await context.close();
  });
});
