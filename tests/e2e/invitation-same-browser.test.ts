import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import { createAdminWithScript } from './accounts';
import { useSharedBrowser } from './browser';

/*
 * An invitation is often opened in a browser that already carries a session: the admin trying
 * the link they just made, or a shared staff-room computer. Accepting it signs that session out,
 * so the welcome page asks the invitee to sign in and they end up signed in as themselves.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

const ADMIN = { email: 'ida.inviter@example.com', password: 'inviter passphrase 1', name: 'Ida Inviter' };

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

async function signIn(page: Page, account: { email: string; password: string }): Promise<void> {
  // The sign-in page may arrive by a client-side navigation (after accepting an invitation): let
  // its script finish loading before typing, as a person would see the page first.
  await page.waitForLoadState('networkidle');
  await page.getByLabel(en['signIn.email']).fill(account.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(account.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
}

/** The admin, signed in on `page`, makes an invitation link for `email`. */
async function invite(page: Page, email: string): Promise<string> {
  await page.goto(`${baseUrl}/en/admin`);
  await page.getByLabel(en['admin.invite.email']).fill(email);
  await page.getByRole('button', { name: en['admin.invite.submit'] }).click();
  return page.getByLabel(en['admin.invite.linkLabel']).inputValue();
}

/** Accepts the invitation on `page` and waits for the welcome on the sign-in page. */
async function accept(page: Page, link: string, account: { name: string; password: string }): Promise<void> {
  await page.goto(link);
  await page.getByLabel(en['account.name']).fill(account.name);
  await page.getByLabel(en['account.password'], { exact: true }).fill(account.password);
  await page.getByLabel(en['account.confirmPassword']).fill(account.password);
  await page.getByRole('button', { name: en['account.submit'] }).click();
  await page.getByRole('status').filter({ hasText: en['signIn.welcome'] }).waitFor();
}

/** The paths the page opens from now on. */
function trail(page: Page): { since: () => string[] } {
  const paths: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) paths.push(new URL(frame.url()).pathname);
  });
  return { since: () => [...paths] };
}

async function expectSignedInAs(page: Page, name: string): Promise<void> {
  await page.waitForURL(`${baseUrl}/en/trainer`);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(en['trainer.title']);
  expect(await page.locator('.nav-name [aria-hidden="true"]').textContent()).toBe(name);
}

describe('accepting an invitation in a browser where someone is signed in', () => {
  it('asks the invitee to sign in and signs them in as themselves, not as the admin who was signed in', async () => {
    const trainer = { email: 'sam.same-browser@example.com', password: 'trainer passphrase 2', name: 'Sam Same-Browser' };
    const context = await shared.get().newContext({ locale: 'en' });
    const page = await context.newPage();
    // Two sign-ins only: every browser test shares one address and its sign-in limit.
    await page.goto(`${baseUrl}/en/sign-in`);
    await signIn(page, ADMIN);
    await page.waitForURL(`${baseUrl}/en/trainer`);
    const link = await invite(page, trainer.email);

    // The admin tries the link in their own browser; the page says what accepting will do.
    await page.goto(link);
    expect(await page.getByText(en['invite.signedInHere'].replaceAll('{name}', ADMIN.name)).isVisible()).toBe(true);
    // The new trainer takes it from there: the welcome asks them to sign in, and they are themselves.
    await accept(page, link, trainer);
    expect(await page.getByLabel(en['signIn.email']).isVisible()).toBe(true);
    const pages = trail(page);
    await signIn(page, trainer);
    await expectSignedInAs(page, trainer.name);
    expect(pages.since()).not.toContain('/en/sign-in');
    // Nothing of the admin's session is left in this browser.
    await page.goto(`${baseUrl}/en/admin`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).not.toBe(en['admin.title']);
    await context.close();
  });
});
