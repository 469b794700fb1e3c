import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import { createAdminWithScript } from './accounts';
import { signInAsStaff, useSharedBrowser } from './browser';

/*
 * The content studio in a browser: an admin creates a scenario from a template, types an error,
 * sees it at its line, jumps there and fixes it, looks at the phone-size preview (as answered
 * too), saves and publishes it.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

const ADMIN = { email: 'sam.studio@example.com', password: 'studio passphrase 1', name: 'Sam Studio' };

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

const signIn = (page: Page) => signInAsStaff(page, baseUrl, ADMIN);

describe('the content studio', () => {
  it('takes a new scenario from a template through a fixed error and the preview to published', { timeout: 180_000 }, async () => {
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
    await page.keyboard.press('Control+End');
    await page.keyboard.type('Xiao Lin reads it twice.');

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
    await context.close();
  });
});
