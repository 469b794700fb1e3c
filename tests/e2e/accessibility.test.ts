import AxeBuilder from '@axe-core/playwright';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { CARD_KINDS, exhibitLines } from '@/domain/content/exhibits';
import { readContentLibrary } from '@/server/content/read-files';
import { createAdminWithScript } from './accounts';
import { fillFirstChoices, useSharedBrowser } from './browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const shared = useSharedBrowser();

/** WCAG 2.0, 2.1 and 2.2, levels A and AA. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const BLOCKING = new Set(['serious', 'critical']);
const LOCALES = [
  { locale: 'zh-CN', text: zh },
  { locale: 'en', text: en },
] as const;
type Text = (typeof LOCALES)[number]['text'];

const ADMIN = { email: 'axel.admin@example.com', password: 'admin passphrase 7', name: 'Axel Admin' };
const TRAINER = { email: 'tara.trainer@example.com', password: 'trainer passphrase 7', name: 'Tara Trainer' };
/**
 * Practice sets walked in full. With the assignment's set, the Chinese walk shows every exhibit kind,
 * chat card, banner and caller location the library uses (a test below checks it against the
 * library) and the highlights a walk of the whole library showed (a page's button and a payment
 * app's bar marked, flagged and trusted; links in text messages; e-mail headers and system notes
 * flagged). The styles are the same in English, so it walks one set with most exhibit kinds, at
 * desktop width.
 */
const PRACTICE_SETS = {
  'zh-CN': ['new-shop-owner', 'buyer-second-round', 'impersonators-and-malware', 'deliveries-and-friends', 'student-money-traps'],
  en: ['new-shop-owner'],
};
/** Assignment-only set with a QR code and chats, taken by a student with feedback after each answer. */
const ASSIGNED_SET = 'student-money-traps-assessment';

/**
 * Runs axe with the WCAG A/AA rules on the page as it is and returns one line per serious or
 * critical violation: where, rule id, impact and the elements it found, so the line says what to fix.
 */
async function scan(page: Page, where: string): Promise<string[]> {
  // A refresh after answering puts the page's title back a moment after its content: scan the settled page.
  await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 5_000 }).catch(() => undefined);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => {
      const targets = violation.nodes.map((node) => node.target.join(' '));
      const shown = targets.slice(0, 6).join(' | ') + (targets.length > 6 ? ` | …and ${targets.length - 6} more` : '');
      // The first node's check message carries the measured figures (contrast ratio, colours, size).
      const detail = violation.nodes[0]?.any[0]?.message ?? violation.nodes[0]?.all[0]?.message ?? '';
      return `${where} (${new URL(page.url()).pathname}): ${violation.id} [${violation.impact}] ${shown}${detail ? ` (first: ${detail})` : ''}`;
    });
}

/** Opens a path, waits for the page to settle and scans it. */
async function visitAndScan(page: Page, path: string, where: string): Promise<string[]> {
  await page.goto(`${baseUrl}${path}`);
  await page.waitForLoadState('networkidle');
  return scan(page, where);
}

function expectClean(findings: string[]): void {
  expect(findings, `${findings.length} serious or critical accessibility violations:\n${findings.join('\n')}`).toEqual([]);
}

async function signIn(page: Page, locale: string, text: Text, account: { email: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/${locale}/sign-in`);
  await page.getByLabel(text['signIn.email']).fill(account.email);
  await page.getByLabel(text['signIn.password'], { exact: true }).fill(account.password);
  await page.getByRole('button', { name: text['signIn.submit'] }).click();
  await page.waitForURL(`${baseUrl}/${locale}/trainer`);
}

/**
 * Every element of the page as a style sheet and axe's structural rules see it: its tag, classes
 * and pressed state after those of its ancestors. Two pages with the same paths differ in their
 * text only, so scanning one of them finds what scanning the other would.
 */
async function elementPaths(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const paths = new Set<string>();
    const visit = (element: Element, parent: string) => {
      const pressed = element.getAttribute('aria-pressed');
      const classes = [...element.classList].sort().map((name) => `.${name}`).join('');
      // Open details and shown panels render what closed ones hide: they count as new paths.
      const state = `${pressed ? `[pressed=${pressed}]` : ''}${element.hasAttribute('open') ? '[open]' : ''}${element.hasAttribute('hidden') ? '[hidden]' : ''}`;
      const path = `${parent} > ${element.tagName.toLowerCase()}${classes}${state}`;
      paths.add(path);
      for (const child of element.children) visit(child, path);
    };
    visit(document.body, '');
    return [...paths];
  });
}

/**
 * Scans of quiz pages for one walk: a page is scanned when it shows an element path no scanned
 * page showed (a new exhibit kind, a highlighted line of a new kind, a pressed toggle, a new
 * review tag), so every combination the exhibits can render is checked at least once and a set
 * can be walked in full without scanning the same rendering twenty times.
 */
function newQuizScanner() {
  const scanned = new Set<string>();
  return async (page: Page, where: string): Promise<string[]> => {
    const paths = await elementPaths(page);
    if (paths.every((path) => scanned.has(path))) return [];
    for (const path of paths) scanned.add(path);
    return scan(page, where);
  };
}

/**
 * Answers every scenario of the attempt on screen with the first choices and scans each state a
 * student sees: the decision before choosing, the follow-ups in line-marking mode with a line
 * marked and choices made, the review; then the summary.
 */
async function walkAttempt(page: Page, label: string, scanQuiz: ReturnType<typeof newQuizScanner>): Promise<string[]> {
  const findings: string[] = [];
  await page.waitForURL(/\/attempts\/[^/]+\/1$/);
  const total = Number((await page.locator('.progress-text').textContent())!.split('/')[1].trim());
  for (let step = 1; step <= total; step += 1) {
    for (let stage = 0; stage < 2; stage += 1) {
      const form = page.locator('form.answer-form');
      if ((await form.count()) === 0) break;
      const heading = await form.locator('.stage-heading').textContent();
      findings.push(...(await scanQuiz(page, `${label}, scenario ${step}, ${stage === 0 ? 'decision' : 'follow-ups'} before answering`)));
      await fillFirstChoices(page);
      // An address panel open, as a student checking a link sees it.
      const link = form.locator('.fake-link').first();
      if ((await link.count()) > 0) await link.click();
      findings.push(...(await scanQuiz(page, `${label}, scenario ${step}, ${stage === 0 ? 'decision' : 'follow-ups'} answered, lines marked, an address shown`)));
      await form.locator('button[type="submit"]').click();
      await page.waitForFunction((previous) => document.querySelector('form.answer-form .stage-heading')?.textContent !== previous, heading);
    }
    const next = page.locator('.step-nav a');
    await next.first().waitFor();
    findings.push(...(await scanQuiz(page, `${label}, scenario ${step}, review`)));
    // The details: every option explained and the exhibit with its key lines.
    const details = page.locator('details.review-details');
    if ((await details.count()) > 0) {
      await details.locator('summary').click();
      findings.push(...(await scanQuiz(page, `${label}, scenario ${step}, review details`)));
    }
    await next.first().click();
    await page.waitForURL(step < total ? new RegExp(`/${step + 1}$`) : /\/summary$/);
  }
  await page.waitForLoadState('networkidle');
  findings.push(...(await scan(page, `${label}, summary`)));
  return findings;
}

async function newPhone(browser: Browser, locale: string): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 740 }, locale, isMobile: true });
}

async function newDesktop(browser: Browser, locale: string): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale });
}

beforeAll(() => createAdminWithScript(databaseUrl, ADMIN));

describe('accessibility: no serious or critical WCAG 2.2 A/AA violations', () => {
  // Filled in as the staff set things up; students use them afterwards.
  const setup = { joinCode: '', classUrl: '', reportUrl: '' };

  it('on the public pages and the not-found pages, in both languages', { timeout: 300_000 }, async () => {
    const context = await newPhone(shared.get(), 'zh-CN');
    const page = await context.newPage();
    const findings: string[] = [];
    for (const { locale } of LOCALES) {
      for (const [path, where] of [
        ['', 'home'],
        ['/join', 'join'],
        ['/join/ABC234', 'join with a code'],
        ['/recover', 'recovery'],
        ['/sign-in', 'sign-in'],
        ['/setup/not-a-valid-token', 'setup link that cannot be used'],
        ['/invite/not-a-valid-token', 'invitation link that cannot be used'],
        ['/join/p/not-a-valid-token', 'personal join link that cannot be used'],
      ]) {
        findings.push(...(await visitAndScan(page, `/${locale}${path}`, `${where} [${locale}]`)));
      }
    }

    // Unknown addresses get the app's own translated page, with the language set. Without a locale
    // in the address the proxy picks one (here the English this browser used last), and so does the
    // page for addresses the proxy leaves alone (/_next/…). Unknown /api/… addresses answer JSON.
    const unknown: [string, string][] = [
      ...LOCALES.flatMap(({ locale }): [string, string][] => [
        [`/${locale}/no-such-page`, locale],
        [`/${locale}/trainer/classes/x/no-such-page`, locale],
      ]),
      ['/no-such-page', 'en'],
      ['/_next/no-such-page', 'en'],
    ];
    for (const [path, locale] of unknown) {
      const response = await page.goto(`${baseUrl}${path}`);
      expect(response?.status(), path).toBe(404);
      expect(await page.getAttribute('html', 'lang'), path).toBe(locale);
      expect(await page.getByRole('heading', { level: 1 }).textContent(), path).toBe((locale === 'en' ? en : zh)['notFound.title']);
      findings.push(...(await scan(page, `not found at ${path}`)));
    }

    await context.close();
    expectClean(findings);
  });

  it('on the admin and trainer pages, in both languages', { timeout: 300_000 }, async () => {
    const browser = shared.get();
    const findings: string[] = [];

    // The admin invites the trainer; the page then shows the link once.
    const adminContext = await newDesktop(browser, 'en');
    const admin = await adminContext.newPage();
    await signIn(admin, 'en', en, ADMIN);
    await admin.goto(`${baseUrl}/en/admin`);
    await admin.getByLabel(en['admin.invite.email']).fill(TRAINER.email);
    await admin.getByRole('button', { name: en['admin.invite.submit'] }).click();
    const invitationLink = await admin.getByLabel(en['admin.invite.linkLabel']).inputValue();
    findings.push(...(await scan(admin, 'admin page with a new invitation link [en]')));
    for (const { locale } of LOCALES) findings.push(...(await visitAndScan(admin, `/${locale}/admin`, `admin page [${locale}]`)));
    for (const { locale } of LOCALES) {
      findings.push(...(await visitAndScan(admin, `/${locale}/admin/content/sets`, `quiz sets [${locale}]`)));
      findings.push(...(await visitAndScan(admin, `/${locale}/admin/content/sets/buyer-basics?add=relink-price-error-im`, `quiz set editor [${locale}]`)));
    }
    await adminContext.close();

    // The trainer accepts the invitation and signs in.
    const context = await newDesktop(browser, 'en');
    const trainer = await context.newPage();
    for (const { locale } of LOCALES) {
      findings.push(...(await visitAndScan(trainer, new URL(invitationLink).pathname.replace(/^\/en\//, `/${locale}/`), `invitation [${locale}]`)));
    }
    await trainer.goto(invitationLink);
    await trainer.getByLabel(en['account.name']).fill(TRAINER.name);
    await trainer.getByLabel(en['account.password'], { exact: true }).fill(TRAINER.password);
    await trainer.getByLabel(en['account.confirmPassword']).fill(TRAINER.password);
    await trainer.getByRole('button', { name: en['account.submit'] }).click();
    await trainer.waitForURL(/\/en\/sign-in/);
    findings.push(...(await scan(trainer, 'sign-in after accepting an invitation [en]')));
    await signIn(trainer, 'en', en, TRAINER);
    findings.push(...(await scan(trainer, 'class list, empty [en]')));

    // A class with an assignment and an imported roster.
    await trainer.getByLabel(en['trainer.create.name']).fill('Class 5A');
    await trainer.getByRole('button', { name: en['trainer.create.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/]+$/);
    setup.classUrl = new URL(trainer.url()).pathname.replace(/^\/en/, '');
    setup.joinCode = (await trainer.locator('.join-code-big').textContent())!.trim();
    await trainer.goto(`${baseUrl}/en${setup.classUrl}/assignments/new`);
    await trainer.getByLabel(en['assignmentForm.set']).selectOption(ASSIGNED_SET);
    await trainer.getByLabel(en['assignmentForm.attemptsAllowed']).selectOption('unlimited');
    await trainer.getByRole('radio', { name: en['assignment.feedback.after-each-answer'] }).check();
    await trainer.getByRole('button', { name: en['assignmentForm.submit'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/classes\/[^/?]+\?assigned=/);
    findings.push(...(await scan(trainer, 'class page with an assignment just created [en]')));
    await trainer.getByRole('link', { name: en['class.assignedOpen'] }).click();
    await trainer.waitForURL(/\/en\/trainer\/assignments\/[^/]+$/);
    setup.reportUrl = new URL(trainer.url()).pathname.replace(/^\/en/, '');

    await trainer.goto(`${baseUrl}/en${setup.classUrl}/roster`);
    await trainer.getByLabel(en['roster.file']).setInputFiles({ name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from('name,number\nZhang Wei,2027001\nLi Na,2027002\n') });
    await trainer.getByRole('button', { name: en['roster.check'] }).click();
    await trainer.locator('.roster-upload table').first().waitFor();
    findings.push(...(await scan(trainer, 'roster preview [en]')));
    await trainer.getByRole('button', { name: en['roster.import'].replace('{count}', '2') }).click();
    await trainer.getByRole('link', { name: en['class.roster.printLinks'] }).waitFor();
    findings.push(...(await scan(trainer, 'roster imported [en]')));

    for (const { locale } of LOCALES) {
      for (const [path, where] of [
        ['/trainer', 'class list'],
        [setup.classUrl, 'class page'],
        [`${setup.classUrl}/present`, 'projector view'],
        [`${setup.classUrl}/roster`, 'roster import'],
        [`${setup.classUrl}/links`, 'personal links'],
        [`${setup.classUrl}/assignments/new`, 'new assignment'],
        [setup.reportUrl, 'assignment report, no submissions'],
        [`${setup.reportUrl}/edit`, 'assignment edit'],
      ]) {
        findings.push(...(await visitAndScan(trainer, `/${locale}${path}`, `${where} [${locale}]`)));
      }
    }
    await context.close();
    expectClean(findings);
  });

  it('for a student taking an assignment, and for the trainer reading it, in both languages', { timeout: 300_000 }, async () => {
    expect(setup.joinCode, 'the trainer test sets up the class').not.toBe('');
    const browser = shared.get();
    const findings: string[] = [];

    // A student joins with the code on their phone.
    const phone = await newPhone(browser, 'zh-CN');
    const student = await phone.newPage();
    await student.goto(`${baseUrl}/zh-CN/join/${setup.joinCode}`);
    await student.getByLabel(zh['join.name']).fill('王芳');
    await student.getByRole('button', { name: zh['join.submit'], exact: true }).click();
    await student.waitForURL(`${baseUrl}/zh-CN/my`);
    for (const { locale } of LOCALES) {
      findings.push(...(await visitAndScan(student, `/${locale}/my`, `my assignments, not started [${locale}]`)));
      findings.push(...(await visitAndScan(student, `/${locale}/join`, `join, already joined [${locale}]`)));
    }
    await student.goto(`${baseUrl}/zh-CN/my`);
    await student.locator('.assignment-card').getByRole('button', { name: zh['my.start'] }).click();
    findings.push(...(await walkAttempt(student, 'assignment [zh-CN]', newQuizScanner())));
    await student.goto(`${baseUrl}/en/my`);
    await student.locator('.assignment-card').getByRole('button', { name: en['my.start'] }).click();
    findings.push(...(await walkAttempt(student, 'assignment, second attempt [en]', newQuizScanner())));
    for (const { locale } of LOCALES) findings.push(...(await visitAndScan(student, `/${locale}/my`, `my assignments, submitted [${locale}]`)));
    await phone.close();

    // The trainer reads the report and the student's attempt.
    const context = await newDesktop(browser, 'en');
    const trainer = await context.newPage();
    await signIn(trainer, 'en', en, TRAINER);
    for (const { locale } of LOCALES) {
      findings.push(...(await visitAndScan(trainer, `/${locale}${setup.reportUrl}`, `assignment report with submissions [${locale}]`)));
      const attemptLink = trainer.locator('.report-attempt-links a').first();
      findings.push(...(await visitAndScan(trainer, new URL((await attemptLink.getAttribute('href'))!, baseUrl).pathname, `a student's attempt [${locale}]`)));
      findings.push(...(await visitAndScan(trainer, `/${locale}${setup.classUrl}`, `class page with students [${locale}]`)));
    }
    await context.close();
    expectClean(findings);
  });

  it('walks sets that together show every exhibit kind, chat card, banner and caller location the library uses', () => {
    const library = readContentLibrary(process.cwd());
    const featuresOf = (setIds: string[]) =>
      new Set(
        setIds.flatMap((setId) =>
          library.sets.get(setId)!.scenarioIds.flatMap((scenarioId) =>
            library.scenarios.get(scenarioId)!.byLocale['zh-CN'].exhibits.flatMap((exhibit) => [
              exhibit.kind,
              ...(exhibit.header.banner ? ['banner'] : []),
              ...(exhibit.header.location ? ['location'] : []),
              ...exhibitLines(exhibit).flatMap((line) => (line.card ? [`card ${line.card.kind}`] : [])),
            ]),
          ),
        ),
      );
    const used = featuresOf([...library.sets.keys()]);
    const walked = featuresOf([...PRACTICE_SETS['zh-CN'], ASSIGNED_SET]);
    expect([...used].filter((feature) => !walked.has(feature))).toEqual([]);
    expect(CARD_KINDS.filter((kind) => used.has(`card ${kind}`)).length).toBeGreaterThan(0);
  });

  it('in the dark scheme: home, join, sign-in, not-found, every stage of a quiz, the summary and the trainer pages, in both languages', { timeout: 600_000 }, async () => {
    expect(setup.classUrl, 'the trainer test sets up the class').not.toBe('');
    const browser = shared.get();
    const findings: string[] = [];
    for (const { locale, text } of LOCALES) {
      const phone = await browser.newContext({ viewport: { width: 360, height: 740 }, locale, isMobile: true, colorScheme: 'dark' });
      const page = await phone.newPage();
      findings.push(...(await visitAndScan(page, `/${locale}`, `home, dark [${locale}]`)));
      // The scheme really is dark: the page has the dark background.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)');
      for (const path of ['/join', '/sign-in', '/no-such-page']) findings.push(...(await visitAndScan(page, `/${locale}${path}`, `${path}, dark [${locale}]`)));
      await phone.close();
      const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, colorScheme: 'dark' });
      const quiz = await desktop.newPage();
      await quiz.goto(`${baseUrl}/${locale}`);
      await quiz.locator('form:has(input[name="setId"][value="five-minute-check"])').getByRole('button', { name: text['home.start'] }).click();
      findings.push(...(await walkAttempt(quiz, `five-minute-check, dark [${locale}]`, newQuizScanner())));
      await desktop.close();
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en', colorScheme: 'dark' });
    const trainer = await context.newPage();
    await signIn(trainer, 'en', en, TRAINER);
    for (const { locale } of LOCALES) {
      for (const [path, where] of [
        ['/trainer', 'class list'],
        [setup.classUrl, 'class page'],
        [`${setup.classUrl}/assignments/new`, 'new assignment'],
        [setup.reportUrl, 'assignment report'],
      ]) {
        findings.push(...(await visitAndScan(trainer, `/${locale}${path}`, `${where}, dark [${locale}]`)));
      }
    }
    await context.close();
    expectClean(findings);
  });

  for (const { locale, text } of LOCALES) {
    it(`in practice: every question, line-marking and review page of ${PRACTICE_SETS[locale].join(', ')} [${locale}]`, { timeout: 600_000 }, async () => {
      const findings: string[] = [];
      const context = locale === 'zh-CN' ? await newPhone(shared.get(), locale) : await newDesktop(shared.get(), locale);
      const page = await context.newPage();
      const scanQuiz = newQuizScanner();
      for (const setId of PRACTICE_SETS[locale]) {
        await page.goto(`${baseUrl}/${locale}`);
        await page.locator(`form:has(input[name="setId"][value="${setId}"])`).getByRole('button', { name: text['home.start'] }).click();
        findings.push(...(await walkAttempt(page, `${setId} [${locale}]`, scanQuiz)));
      }
      await context.close();
      expectClean(findings);
    });
  }
});
