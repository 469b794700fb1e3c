import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import { createAdminWithScript } from './accounts';
import { signInAsStaff, submitFirstChoices, useSharedBrowser } from './browser';

/*
 * The trainer's follow-up in a browser: a student takes an assignment, the trainer opens its
 * results, presses "Assign as follow-up" on a weak spot, creates the assignment the form opens
 * with, and finds it on the class page; the student then sees it among their assignments.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

const ADMIN = { email: 'fay.followup@example.com', password: 'follow-up passphrase 1', name: 'Fay Follow' };

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

const signIn = (page: Page) => signInAsStaff(page, baseUrl, ADMIN);

describe('assigning a weak spot as a follow-up', () => {
  it('goes from the results page to a created follow-up on the class page in two clicks', { timeout: 180_000 }, async () => {
    const browser = shared.get();
    const trainerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en' });
    const trainer = await trainerContext.newPage();
    await signIn(trainer);
    await trainer.goto(`${baseUrl}/en/trainer`);
    await trainer.getByLabel(en['trainer.create.name']).fill('Class 9F');
    await trainer.getByRole('button', { name: en['trainer.create.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/]+$/);
    const classUrl = new URL(trainer.url()).pathname;
    const joinCode = (await trainer.locator('.join-code-big').textContent())!.trim();
    await trainer.goto(`${baseUrl}${classUrl}/assignments/new`);
    await trainer.getByLabel(en['assignmentForm.set']).selectOption('five-minute-check');
    await trainer.getByRole('radio', { name: en['assignment.feedback.after-each-answer'] }).check();
    await trainer.getByRole('button', { name: en['assignmentForm.submit'] }).click();
    await trainer.waitForURL(/\?assigned=/);
    await trainer.getByRole('link', { name: en['class.assignedOpen'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/assignments\/[^/]+$/);
    const reportUrl = trainer.url();

    // A student on a phone takes it with the first choices everywhere.
    const studentContext = await browser.newContext({ viewport: { width: 360, height: 780 }, locale: 'en' });
    const student = await studentContext.newPage();
    await student.goto(`${baseUrl}/en/join`);
    await student.getByLabel(en['join.code']).fill(joinCode);
    await student.getByLabel(en['join.name']).fill('Lee');
    await student.getByRole('button', { name: en['join.submit'], exact: true }).click();
    await student.waitForURL(`${baseUrl}/en/my`);
    await student.locator('.assignment-card').getByRole('button', { name: en['my.start'] }).click();
    await student.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
    const total = Number((await student.locator('.progress-text').textContent())!.split('/')[1].trim());
    for (let step = 1; step <= total; step += 1) {
      await submitFirstChoices(student);
      const next = student.locator('.step-nav a').first();
      await next.waitFor();
      await next.click();
    }
    await student.waitForURL(/\/summary$/);

    // Results → "Assign as follow-up" → the form with the focus set chosen and its scenarios listed.
    await trainer.goto(reportUrl);
    await trainer.getByRole('link', { name: en['report.results'] }).click();
    await trainer.waitForURL(/\/results$/);
    const followUp = trainer.getByRole('link', { name: new RegExp(`^${en['results.followUp']}: `) }).first();
    const topic = (await followUp.getAttribute('aria-label'))!.slice(`${en['results.followUp']}: `.length);
    await followUp.click();
    await trainer.waitForURL(/\/assignments\/new\?set=focus%3A/);
    const focusId = decodeURIComponent(new URL(trainer.url()).searchParams.get('set')!);
    expect(await trainer.getByLabel(en['assignmentForm.set']).inputValue()).toBe(focusId);
    const title = en['focus.title'].replace('{topic}', topic);
    await trainer.getByRole('heading', { name: en['focus.preview.heading'].replace('{topic}', topic) }).waitFor();
    expect(await trainer.locator('.focus-pool li').count()).toBeGreaterThanOrEqual(2);
    expect(await trainer.getByRole('radio', { name: en['assignment.feedback.after-each-answer'] }).isChecked()).toBe(true);

    await trainer.getByRole('button', { name: en['assignmentForm.submit'] }).click();
    await trainer.waitForURL(new RegExp(`${classUrl}\\?assigned=`));
    expect(await trainer.locator('main').textContent()).toContain(title);

    // The student finds it with their other assignment, ready to start.
    await student.goto(`${baseUrl}/en/my`);
    const cards = student.locator('.assignment-card');
    await expect.poll(() => cards.count()).toBe(2);
    expect(await cards.filter({ hasText: title }).getByRole('button', { name: en['my.start'] }).count()).toBe(1);

    await studentContext.close();
    await trainerContext.close();
  });
});
