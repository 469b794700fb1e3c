import Database from 'better-sqlite3';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import en from '@/i18n/messages/en.json';
import { createAdminWithScript } from './accounts';
import { submitFirstChoices, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();
const STAFF = { email: 'timer.admin@example.com', password: 'timer passphrase 1', name: 'Tim Admin' };

beforeAll(() => createAdminWithScript(databaseUrl, STAFF));

/** Moves an attempt's end to `seconds` from now, as if the student had started long ago. */
function endAttemptIn(attemptId: string, seconds: number): void {
  const database = new Database(databaseUrl.slice('file:'.length));
  try {
    // Prisma stores SQLite DateTime values as milliseconds since the epoch.
    database.prepare('UPDATE "Attempt" SET "deadlineAt" = ? WHERE "id" = ?').run(Date.now() + seconds * 1000, attemptId);
  } finally {
    database.close();
  }
}

describe('a timed attempt in the browser', () => {
  it('counts down and, at zero, submits what was answered', async () => {
    const browser = shared.get();
    const trainerContext = await browser.newContext({ locale: 'en' });
    const trainer = await trainerContext.newPage();
    await trainer.goto(`${baseUrl}/en/sign-in`);
    await trainer.getByLabel(en['signIn.email']).fill(STAFF.email);
    await trainer.getByLabel(en['signIn.password'], { exact: true }).fill(STAFF.password);
    await trainer.getByRole('button', { name: en['signIn.submit'] }).click();
    await trainer.waitForURL(`${baseUrl}/en/trainer`);
    await trainer.getByLabel(en['trainer.create.name']).fill('Timed class');
    await trainer.getByRole('button', { name: en['trainer.create.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/]+$/);
    const joinCode = (await trainer.locator('.join-code-big').textContent())!.trim();
    await trainer.getByRole('link', { name: en['classAssignments.new'] }).click();
    await trainer.getByLabel(en['assignmentForm.set']).selectOption('five-minute-check');
    await trainer.getByLabel(en['assignmentForm.timeLimit']).fill('10');
    await trainer.getByRole('button', { name: en['assignmentForm.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/?]+\?assigned=/);
    await trainerContext.close();

    const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en', isMobile: true });
    const student = await phone.newPage();
    await student.goto(`${baseUrl}/en/join/${joinCode}`);
    await student.getByLabel(en['join.name']).fill('Tess');
    await student.getByRole('button', { name: en['join.submit'], exact: true }).click();
    await student.waitForURL(`${baseUrl}/en/my`);
    await student.getByRole('button', { name: en['my.start'] }).click();
    await student.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
    await expect.poll(() => student.getByRole('timer').textContent()).toMatch(/^(10:00|9:5\d)$/);

    const attemptId = student.url().split('/attempts/')[1].split('/')[0];

    // One scenario answered, then the time runs out on the "answer saved" page.
    await submitFirstChoices(student);
    await student.getByText(en['quiz.saved']).waitFor();
    endAttemptIn(attemptId, 6);
    await student.reload();
    await student.waitForURL(/\/summary$/, { timeout: 20_000 });
    expect(await student.getByRole('heading', { level: 1 }).textContent()).toBe(en['summary.heading.assignment']);
    // Feedback "after the attempt": now submitted, the answered scenario shows its result.
    expect(await student.locator('.summary-item:not(.unanswered)').count()).toBe(1);
    // One of five scenarios answered: at most a fifth of the marks, stated as a whole percentage.
    expect(await student.getByRole('status').textContent()).toMatch(/^Your score(\d|1\d|20)%$/);
    expect(await student.locator('.summary-item.unanswered').count()).toBe(4);
    await phone.close();
  });
});
