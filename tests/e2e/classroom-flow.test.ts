import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { createAdminWithScript } from './accounts';
import { submitFirstChoices, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

const ADMIN = { email: 'ada.admin@example.com', password: 'admin passphrase 1', name: 'Ada Admin' };
const TRAINER = { email: 'tina.trainer@example.com', password: 'trainer passphrase 1', name: 'Tina Trainer' };

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

async function signIn(page: Page, account: { email: string; password: string }) {
  // The sign-in page may arrive by a client-side navigation (after accepting an invitation): let
  // its script finish loading before typing, as a person would see the page first.
  await page.waitForLoadState('networkidle');
  await page.getByLabel(en['signIn.email']).fill(account.email);
  await page.getByLabel(en['signIn.password'], { exact: true }).fill(account.password);
  await page.getByRole('button', { name: en['signIn.submit'] }).click();
}

/** Answers the current scenario with the first choices and goes on; returns whether the answers were revealed. */
async function answerAndGoOn(page: Page): Promise<{ revealed: boolean }> {
  await submitFirstChoices(page);
  const next = page.locator('.step-nav a').first();
  await next.waitFor();
  const revealed = (await page.locator('article.review').count()) > 0;
  await next.click();
  return { revealed };
}

async function studentTakesAssignment(context: BrowserContext, joinCode: string, name: string, studentNumber: string) {
  const page = await context.newPage();
  // A typed code in lower case with a space, as people type it from a projector.
  await page.goto(`${baseUrl}/zh-CN/join`);
  await page.getByLabel(zh['join.code']).fill(`${joinCode.slice(0, 3).toLowerCase()} ${joinCode.slice(3)}`);
  await page.getByLabel(zh['join.name']).fill(name);
  await page.getByLabel(zh['join.number']).fill(studentNumber);
  await page.getByRole('button', { name: zh['join.submit'], exact: true }).click();
  await page.waitForURL(`${baseUrl}/zh-CN/my`);
  const card = page.locator('.assignment-card');
  expect(await card.locator('.status-badge').textContent()).toBe(zh['assignment.status.not_started']);
  await card.getByRole('button', { name: zh['my.start'] }).click();
  await page.waitForURL(/\/zh-CN\/attempts\/[^/]+\/1$/);

  const total = Number((await page.locator('.progress-text').textContent())!.split('/')[1].trim());
  const reveals: boolean[] = [];
  for (let step = 1; step <= total; step += 1) reveals.push((await answerAndGoOn(page)).revealed);
  // Feedback "after the attempt": nothing is revealed until the last answer submits the attempt.
  expect(reveals.slice(0, -1).every((revealed) => !revealed)).toBe(true);
  expect(reveals.at(-1)).toBe(true);
  await page.waitForURL(/\/summary$/);
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(zh['summary.heading.assignment']);
  await page.goto(`${baseUrl}/zh-CN/my`);
  expect(await page.locator('.assignment-card .status-badge').textContent()).toBe(zh['assignment.status.submitted']);
  return page;
}

describe('a class from scratch: invitation, class, assignment, two students, results', () => {
  it('lets a trainer set up a class and an assignment that two students on their phones submit', async () => {
    const browser = shared.get();

    // The admin invites the trainer.
    const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
    const admin = await adminContext.newPage();
    await admin.goto(`${baseUrl}/en/sign-in`);
    await signIn(admin, ADMIN);
    await admin.waitForURL(`${baseUrl}/en/trainer`);
    await admin.getByRole('navigation').getByRole('link', { name: en['nav.admin'] }).click();
    await admin.waitForURL(`${baseUrl}/en/admin`);
    await admin.getByLabel(en['admin.invite.email']).fill(TRAINER.email);
    await admin.getByRole('button', { name: en['admin.invite.submit'] }).click();
    const invitationLink = await admin.getByLabel(en['admin.invite.linkLabel']).inputValue();
    expect(invitationLink).toMatch(/\/en\/invite\/[\w-]+$/);
    await adminContext.close();

    // The trainer accepts, signs in and lands on their (empty) class list.
    const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
    const trainer = await trainerContext.newPage();
    await trainer.goto(invitationLink);
    await trainer.getByLabel(en['account.name']).fill(TRAINER.name);
    await trainer.getByLabel(en['account.password'], { exact: true }).fill(TRAINER.password);
    await trainer.getByLabel(en['account.confirmPassword']).fill(TRAINER.password);
    await trainer.getByRole('button', { name: en['account.submit'] }).click();
    await trainer.waitForURL(/\/en\/sign-in/);
    await signIn(trainer, TRAINER);
    await trainer.waitForURL(`${baseUrl}/en/trainer`);

    // A class, then an assignment with feedback after the attempt.
    await trainer.getByLabel(en['trainer.create.name']).fill('Class 3B');
    await trainer.getByRole('button', { name: en['trainer.create.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/]+$/);
    const joinCode = (await trainer.locator('.join-code-big').textContent())!.trim();
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    await trainer.getByRole('link', { name: en['classAssignments.new'] }).click();
    await trainer.getByLabel(en['assignmentForm.set']).selectOption('five-minute-check');
    await trainer.getByRole('button', { name: en['assignmentForm.submit'] }).click();
    // Back on the class page: the new assignment is named and the join code is still on screen.
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/?]+\?assigned=/);
    await trainer.getByRole('status').filter({ hasText: en['class.assigned'].split('“')[0] }).waitFor();
    expect((await trainer.locator('.join-code-big').textContent())!.trim()).toBe(joinCode);
    expect(await trainer.locator('.join-code-big').isVisible()).toBe(true);
    await trainer.getByRole('link', { name: en['class.assignedOpen'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/assignments\/[^/]+$/);
    const reportUrl = trainer.url();
    expect(await trainer.getByRole('heading', { level: 2 }).first().textContent()).toBe(en['report.submissions'].replace('{submitted}', '0').replace('{total}', '0'));

    // Two students on two phones, each with their own browser.
    const phones = await Promise.all([0, 1].map(() => browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN', isMobile: true })));
    await studentTakesAssignment(phones[0], joinCode, '李雷', '2026001');
    await studentTakesAssignment(phones[1], joinCode, '韩梅梅', '2026002');

    // The trainer sees both submissions with a grade each.
    await trainer.goto(reportUrl);
    expect(await trainer.getByRole('heading', { level: 2 }).first().textContent()).toBe(en['report.submissions'].replace('{submitted}', '2').replace('{total}', '2'));
    const rows = trainer.locator('.report-row');
    expect(await rows.count()).toBe(2);
    for (const name of ['李雷', '韩梅梅']) {
      const row = rows.filter({ hasText: name });
      expect(await row.locator('.status-badge').textContent()).toBe(en['assignment.status.submitted']);
      expect(await row.locator('.report-grade').textContent()).toMatch(/^\d{1,3}%$/);
    }
    // The class page counts them too.
    await trainer.goto(reportUrl.replace(/\/trainer\/assignments\/.*/, '/trainer'));
    await trainer.getByRole('link', { name: 'Class 3B' }).click();
    expect(await trainer.locator('.class-assignment-count').textContent()).toBe(en['classAssignments.submitted'].replace('{submitted}', '2').replace('{total}', '2'));

    await Promise.all([trainerContext.close(), ...phones.map((phone) => phone.close())]);
  });
});
