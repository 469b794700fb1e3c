// Walks the practice flow in Chromium and saves screenshots of every page kind, in both
// languages, at phone and desktop widths: node scripts/screenshots.mjs [baseUrl] [outDir] [setId]
import { mkdirSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const [baseUrl = 'http://localhost:3000', outDir = 'screenshots', setId] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });

async function answerVisibleQuestions(page) {
  for (const fieldset of await page.locator('form.answer-form fieldset').all()) {
    const inputs = fieldset.locator('input');
    if ((await inputs.count()) > 0) await inputs.first().check();
  }
  const marks = page.locator('.mark-box');
  if ((await marks.count()) > 0) await marks.nth(Math.min(3, (await marks.count()) - 1)).check();
}

const browser = await launchChromium();
for (const locale of ['zh-CN', 'en']) {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, locale });
    const page = await context.newPage();
    const shot = (name) => page.screenshot({ path: `${outDir}/${locale}-${width}-${name}.png`, fullPage: true });
    await page.goto(`${baseUrl}/${locale}`);
    await shot('home');
    const card = setId ? page.locator(`li:has(#set-${setId})`) : page.locator('.set-card').first();
    await card.locator('button[type=submit]').last().click();
    await page.waitForURL(/\/attempts\/[^/]+\/1$/);
    await page.locator('form.answer-form').waitFor();
    let step = 1;
    while (true) {
      // Each scenario is answered in stages: the decision, then (for most) the follow-ups.
      for (let stage = 1; (await page.locator('form.answer-form').count()) > 0; stage += 1) {
        const heading = await page.locator('form.answer-form .stage-heading').textContent();
        if (step <= 3) await shot(`step-${step}-stage-${stage}`);
        await answerVisibleQuestions(page);
        await page.locator('form.answer-form button[type=submit]').click();
        // eslint-disable-next-line no-undef -- this callback runs in the page, where document exists
        await page.waitForFunction((previous) => document.querySelector('form.answer-form .stage-heading')?.textContent !== previous, heading);
      }
      await page.locator('article.review').waitFor();
      if (step <= 3) await shot(`step-${step}-review`);
      const next = page.locator('.step-nav a').first(); // the review repeats it below its details
      const isLast = (await next.getAttribute('href')).endsWith('/summary');
      await next.click();
      if (isLast) break;
      step += 1;
      await page.waitForURL(new RegExp(`/${step}$`));
      await page.locator('form.answer-form').waitFor();
    }
    await page.waitForURL(/\/summary$/);
    await shot('summary');
    await context.close();
  }
}
await browser.close();
console.log(`Screenshots saved in ${outDir}/`);
