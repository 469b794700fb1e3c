import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import { createAdminWithScript } from './accounts';
import { answerCurrentScenario, signInAsStaff, useSharedBrowser } from './browser';

/*
 * The content studio in a browser: an admin creates a scenario from a template, types an error,
 * sees it at its line, jumps there and fixes it, looks at the phone-size preview (as answered
 * too), saves and publishes it; then puts it in a new practice set and publishes the set. A
 * student answers it; the admin restores and publishes the template's text, and the student's
 * review still shows the text they answered, while a new student gets the restored one.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

const ADMIN = { email: 'sam.studio@example.com', password: 'studio passphrase 1', name: 'Sam Studio' };

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

const signIn = (page: Page) => signInAsStaff(page, baseUrl, ADMIN);

const SET_TITLE = 'Studio parcel check';
/** The advice the published revision 2 gives, and the template's that the restore brings back. */
const ANSWERED_ADVICE = 'Call YiTao only on the number inside the official app, never one from a message.';
const TEMPLATE_ADVICE = 'Do not tap the link or reply.';

/** A new student on a phone starts the practice set from the home page and answers its scenario; returns the review's address. */
async function practiseTheSet(): Promise<{ page: Page; reviewUrl: string; close: () => Promise<void> }> {
  const context = await shared.get().newContext({ viewport: { width: 360, height: 740 }, locale: 'en' });
  const page = await context.newPage();
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: SET_TITLE }) });
  // The home page is cached for anonymous visitors for a few seconds: the new set shows after that.
  await expect
    .poll(async () => {
      await page.goto(`${baseUrl}/en`);
      return card.count();
    }, { timeout: 20_000 })
    .toBe(1);
  await card.getByRole('button', { name: en['home.start'] }).click();
  await page.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
  expect(await page.locator('.progress-text').textContent()).toBe('1 / 1');
  await answerCurrentScenario(page);
  return { page, reviewUrl: page.url(), close: () => context.close() };
}

describe('the content studio', () => {
  it('takes a new scenario from a template to published, into a published set a student answers, and keeps that review after a restore', { timeout: 300_000 }, async () => {
    const context = await shared.get().newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
    const page = await context.newPage();
    await signIn(page);
    await page.goto(`${baseUrl}/en/admin`);
    await page.getByRole('link', { name: en['admin.contentLink'] }).click();
    await page.getByRole('link', { name: en['studio.library.new'] }).click();
    await page.getByLabel(en['studio.new.id']).fill('studio-e2e-parcel');
    await page.getByRole('radio', { name: en['channel.email'] }).check();
    await page.getByRole('button', { name: en['studio.new.submit'] }).click();
    await page.waitForURL(`${baseUrl}/en/admin/content/studio-e2e-parcel`);

    const english = page.locator('#studio-pane-en');
    await expect.poll(() => english.locator('.studio-issue-count').textContent()).toBe(en['studio.issues.none']);
    // A typo in the verdict: reported at line 6, column 10, in the list and the gutter.
    await english.locator('.cm-line', { hasText: 'verdict: scam' }).click();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    const problem = english.getByRole('button', { name: /Line 6, column 10/ });
    await problem.waitFor();
    expect(await problem.textContent()).toContain('"verdict" must be one of: scam, legitimate');
    expect(await english.locator('.cm-lint-marker-error').count()).toBe(1);
    expect(await page.getByRole('button', { name: en['studio.publish.button'] }).isDisabled()).toBe(true);

    await problem.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await expect.poll(() => english.locator('.studio-issue').count()).toBe(0);
    // New advice, so the published revision reads differently from the template.
    // The editor draws only the lines in view: find the line with the editor's search (Ctrl+F).
    await page.keyboard.press('Control+f');
    await english.locator('.cm-search input[name="search"]').waitFor();
    await page.keyboard.type('advice:');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type(`advice: ${ANSWERED_ADVICE}`);

    // The preview: a 360 px phone with the e-mail exhibit, then the review with the key.
    const phone = page.getByRole('region', { name: en['studio.preview.frame'] });
    expect((await phone.boundingBox())!.width).toBeLessThanOrEqual(360);
    await phone.locator('figure.phone-email').waitFor();
    await page.getByRole('checkbox', { name: en['studio.preview.asAnswered'] }).check();
    await phone.getByText(en['review.correctAnswer']).first().waitFor();

    await page.getByRole('button', { name: en['studio.save.button'] }).click();
    await page.getByText(en['studio.save.saved'].replace('{number}', '2')).waitFor();
    await page.getByRole('button', { name: en['studio.publish.button'] }).click();
    await page.getByText(en['studio.publish.done'].replace('{number}', '2')).waitFor();
    // The check of the last edit settles too: nothing is left "checking".
    await page.getByText(en['studio.editor.checking']).waitFor({ state: 'hidden' });
    expect(await english.locator('.studio-issue-count').textContent()).toBe(en['studio.issues.none']);

    await page.goto(`${baseUrl}/en/admin/content?q=studio-e2e`);
    expect(await page.locator('.studio-library-list .badge').first().textContent()).toBe(en['studio.status.published']);

    // A new practice set: named in both languages and saved while still empty.
    await page.getByRole('link', { name: en['studio.sets.title'] }).click();
    await page.getByRole('link', { name: en['studio.sets.new.title'] }).click();
    await page.getByLabel(en['studio.new.id']).fill('studio-e2e-set');
    await page.getByRole('button', { name: en['studio.new.submit'] }).click();
    await page.waitForURL(`${baseUrl}/en/admin/content/sets/studio-e2e-set`);
    // The first check's result shows once the page runs in the browser: only then does typing count.
    const setProblems = page.locator('.studio-set-check .studio-issue-count');
    await expect.poll(() => setProblems.textContent()).toMatch(/errors/);
    for (const [locale, title, description] of [
      ['zh-CN', '工作室快递检查', '一个从模板写出的场景。'],
      ['en', SET_TITLE, 'One scenario written from a template.'],
    ] as const) {
      const group = page.getByRole('group', { name: en[`studio.locale.${locale}`] });
      await group.getByLabel(en['studio.sets.details.title']).fill(title);
      await group.getByLabel(en['studio.sets.details.description']).fill(description);
    }
    await page.getByRole('button', { name: en['studio.save.button'] }).click();
    await page.getByText(en['studio.save.saved'].replace('{number}', '2')).waitFor();

    // "Add to set…" on the scenario opens the set with the scenario appended; save and publish it.
    await page.goto(`${baseUrl}/en/admin/content/studio-e2e-parcel`);
    await page.getByText(en['studio.addToSet.heading']).click();
    await page.getByRole('link', { name: SET_TITLE }).click();
    await page.waitForURL(`${baseUrl}/en/admin/content/sets/studio-e2e-set?add=studio-e2e-parcel`);
    const entries = page.locator('.studio-set-entry');
    await expect.poll(() => entries.count()).toBe(1);
    // A one-scenario set gets the no-reading baseline warning, which does not block publishing.
    await expect.poll(() => setProblems.textContent()).toContain(en['studio.issues.count'].replace('{errors}', '0').split('{warnings}')[0]);
    expect(await entries.first().textContent()).toContain(en['channel.email']);
    await page.getByRole('button', { name: en['studio.save.button'] }).click();
    await page.getByText(en['studio.save.saved'].replace('{number}', '3')).waitFor();
    const publishSet = page.getByRole('button', { name: en['studio.publish.button'] });
    await expect.poll(() => publishSet.isEnabled()).toBe(true);
    await publishSet.click();
    await page.getByText(en['studio.publish.done'].replace('{number}', '3')).waitFor();

    // A student answers the scenario as published in revision 2.
    const student = await practiseTheSet();
    expect(await student.page.locator('article.review .advice').textContent()).toContain(ANSWERED_ADVICE);

    // The admin restores revision 1 (the template's text) as revision 3 and publishes it.
    await page.goto(`${baseUrl}/en/admin/content/studio-e2e-parcel/history`);
    await page.getByRole('button', { name: en['studio.history.restore'] }).click();
    await page.waitForURL(`${baseUrl}/en/admin/content/studio-e2e-parcel?restored=3`);
    const publishScenario = page.getByRole('button', { name: en['studio.publish.button'] });
    await expect.poll(() => publishScenario.isEnabled()).toBe(true);
    await publishScenario.click();
    await page.getByText(en['studio.publish.done'].replace('{number}', '3')).waitFor();
    await page.getByText(en['studio.editor.checking']).waitFor({ state: 'hidden' });

    // The student's review still shows what they answered; a new student gets the restored text.
    await student.page.goto(student.reviewUrl);
    const review = student.page.locator('article.review');
    await review.waitFor();
    expect(await review.getByText(ANSWERED_ADVICE).isVisible()).toBe(true);
    expect(await review.getByText(TEMPLATE_ADVICE).count()).toBe(0);
    await student.close();
    const newcomer = await practiseTheSet();
    expect(await newcomer.page.locator('article.review .advice').textContent()).toContain(TEMPLATE_ADVICE);
    await newcomer.close();
    await context.close();
  });
});
