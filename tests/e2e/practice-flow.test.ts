import { describe, expect, inject, it } from 'vitest';
import { answerCurrentScenario, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const shared = useSharedBrowser();

describe('practice flow in Chinese on a phone-sized screen', () => {
  it('completes a set, survives a reload mid-way, and shows the score page', async () => {
    const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await expect.poll(() => page.url()).toBe(`${baseUrl}/zh-CN`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('练一练：识破网购骗局');

    const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '新店主必修' }) });
    await card.getByRole('button', { name: '开始练习' }).click();
    await page.waitForURL(/\/zh-CN\/attempts\/[^/]+\/1$/);
    const total = Number((await page.locator('.progress-text').textContent())!.split('/')[1].trim());
    expect(total).toBeGreaterThanOrEqual(8);

    await answerCurrentScenario(page);
    // The student lands on the result: focused, named by it, and at the top of the phone's screen.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-labelledby'))).toBe('review-outcome review-title');
    expect(await page.locator('.review-result').textContent()).toMatch(/回答正确|部分正确|回答错误/);
    expect(await page.getByRole('heading', { name: '正确的做法' }).count()).toBe(1);
    await page.getByRole('link', { name: '下一个场景' }).click();
    await page.waitForURL(/\/2$/);
    await answerCurrentScenario(page);
    await page.getByRole('link', { name: '下一个场景' }).click();
    await page.waitForURL(/\/3$/);

    // Reload mid-way: the same attempt, the same place, nothing lost.
    await page.reload();
    await expect.poll(() => page.locator('.progress-text').textContent()).toBe(`3 / ${total}`);
    await page.goto(`${baseUrl}/zh-CN`);
    await card.getByRole('link', { name: `继续（2/${total}）` }).click();
    await page.waitForURL(/\/3$/);

    for (let step = 3; step <= total; step += 1) {
      await answerCurrentScenario(page);
      await page.getByRole('link', { name: step === total ? '查看成绩' : '下一个场景' }).click();
    }
    await page.waitForURL(/\/summary$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('练习成绩');
    expect(await page.getByRole('status').textContent()).toMatch(/^你的得分\d{1,3}%$/);
    expect(await page.locator('.summary-item').count()).toBe(total);
    expect(await page.getByText('未作答').count()).toBe(0);
    await context.close();
  });
});
