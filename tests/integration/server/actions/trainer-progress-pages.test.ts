import { describe, expect, it, vi } from 'vitest';
import AssignmentReportPage from '@/app/[locale]/trainer/assignments/[assignmentId]/page';
import AssignmentResultsPage from '@/app/[locale]/trainer/assignments/[assignmentId]/results/page';
import TrainerAttemptPage from '@/app/[locale]/trainer/attempts/[attemptId]/page';
import ClassPage from '@/app/[locale]/trainer/classes/[classId]/page';
import ClassProgressPage from '@/app/[locale]/trainer/classes/[classId]/progress/page';
import StudentProgressPage from '@/app/[locale]/trainer/classes/[classId]/students/[studentId]/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff } from '../../../factories/request-context';

/*
 * The student page and the class over time, rendered on the server as Next.js would, against a
 * real database: what they show, the links that lead there, the trainer's wording of the review,
 * and who is refused.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const HOUR = 3_600_000;
const SET = ['relink-chat', 'refund-call', 'real-notice'];

async function takeAttempt(device: Device, assignmentId: string, wrong: string[]) {
  const started = await startAssignmentAttempt(device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
  if (!started.ok) throw new Error(started.code);
  for (const [position, scenarioId] of SET.entries()) await answerScenario(device, started.value.attemptId, position, wrong.includes(scenarioId) ? wrongResponses(scenarioId) : correctResponses(scenarioId));
  return started.value.attemptId;
}

/** Two assignments a week apart: Bo fell for the re-buy link both times, Ann only the first. */
async function classOverTwoAssignments() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const now = Date.now();
  const first = await createTestAssignment(staff, classroomId, { opensAt: new Date(now - 8 * 24 * HOUR), closesAt: new Date(now + HOUR) });
  const second = await createTestAssignment(staff, classroomId, { opensAt: new Date(now - 24 * HOUR), closesAt: new Date(now + HOUR) });
  const ann = await joinAsStudent(joinCode, 'Ann', 'S01');
  const bo = await joinAsStudent(joinCode, 'Bo', 'S02');
  const annFirst = await takeAttempt(ann.device, first, ['relink-chat']);
  await takeAttempt(ann.device, second, []);
  const boFirst = await takeAttempt(bo.device, first, ['relink-chat', 'real-notice']);
  await takeAttempt(bo.device, second, ['relink-chat']);
  return { staff, classroomId, first, second, ann, bo, annFirst, boFirst };
}

const text = (page: string) =>
  page
    .replace(/<!-- -->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
const studentPage = (locale: string, classId: string, studentId: string) => StudentProgressPage(params({ locale, classId, studentId }));
const progressPage = (locale: string, classId: string, by?: string) => ClassProgressPage({ ...params({ locale, classId }), searchParams: Promise.resolve(by ? { by } : {}) });

describe('the student page', { timeout: 30_000 }, () => {
  it('shows the student, the grade chart with its table, weak scripts and every attempt with its review', async () => {
    const { staff, classroomId, bo, boFirst } = await classOverTwoAssignments();
    await actAsStaff(staff.email);
    const page = await html(await studentPage('en', classroomId, bo.studentId));
    const words = text(page);
    expect(page).toContain('<h1>Bo</h1>');
    expect(words).toContain('S02');
    expect(words).toContain('Fell for 2 of 4 scams');
    expect(words).toContain('Distrusted 1 of 2 genuine messages');
    expect(page).toContain('aria-label="Bo&#x27;s grade in 2 assignments, oldest first"');
    // Attempt 1 of assignment 1: the re-buy link and the notice wrong, the refund call right: 33 %.
    expect(words).toMatch(/1\. Fixture set .* 1 33%/);
    expect(words).toMatch(/"Price error, buy again here" links Fell for 2 of 2/);
    expect(page).toContain(`href="/en/trainer/attempts/${boFirst}"`);
    expect(words).toMatch(/Attempt 1 .* 33% /);
    const zh = text(await html(await studentPage('zh-CN', classroomId, bo.studentId)));
    expect(zh).toContain('上当 2 次（共遇到 4 个骗局）');
    expect(zh).toContain('全部作答');
  });

  it('is linked from the roster, the report and the "who needs help" cards', async () => {
    const { staff, classroomId, first, bo } = await classOverTwoAssignments();
    await actAsStaff(staff.email);
    const href = `href="/en/trainer/classes/${classroomId}/students/${bo.studentId}"`;
    expect(await html(await ClassPage({ ...params({ locale: 'en', classId: classroomId }), searchParams: Promise.resolve({}) }))).toContain(href);
    expect(await html(await AssignmentReportPage({ ...params({ locale: 'en', assignmentId: first }), searchParams: Promise.resolve({}) }))).toContain(href);
    const results = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId: first })));
    expect(results).toMatch(new RegExp(`${href.replace(/[/.]/g, '\\$&')} class="help-name">Bo<`));
    expect(await html(await ClassPage({ ...params({ locale: 'en', classId: classroomId }), searchParams: Promise.resolve({}) }))).toContain(`href="/en/trainer/classes/${classroomId}/progress"`);
  });

  it('refuses another trainer (404), a student of another class under this class (404), and sends a student or visitor to sign in', async () => {
    const { staff, classroomId, ann, bo } = await classOverTwoAssignments();
    const other = await createClassWithTrainer('Class 4C');
    const outsider = await joinAsStudent(other.joinCode, 'Zed');
    await actAsStaff(other.staff.email);
    expect(await digestOf(studentPage('en', classroomId, ann.studentId))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    expect(await digestOf(studentPage('en', other.classroomId, ann.studentId))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await actAsStaff(staff.email);
    expect(await digestOf(studentPage('en', classroomId, outsider.studentId))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    await actAsStaff((await createStaff('admin')).email);
    expect(await html(await studentPage('en', classroomId, ann.studentId))).toContain('<h1>Ann</h1>');
    for (const device of [bo.device, outsider.device, undefined]) {
      actAsDevice(device);
      expect(await digestOf(studentPage('en', classroomId, ann.studentId))).toContain(';/en/sign-in?next=');
    }
  });
});

describe('the class over time', { timeout: 30_000 }, () => {
  it('shows each script per assignment as "fell/met · share", with a trend line, oldest assignment first', async () => {
    const { staff, classroomId } = await classOverTwoAssignments();
    await actAsStaff(staff.email);
    const page = await html(await progressPage('en', classroomId));
    const words = text(page);
    expect(page).toContain('<h1>Class over time</h1>');
    expect(words).toContain('Lower is better; compare the same script over time.');
    // The re-buy link: both fell in week 1, Bo alone in week 2.
    expect(words).toMatch(/"Price error, buy again here" links .*2\/2 · 100% .*1\/2 · 50% .*−50 pts/);
    expect(page).toMatch(/role="img" aria-label="&quot;Price error, buy again here&quot; links: from 100% to 50%"/);
    expect(words).toMatch(/Fake customer-service refunds .*0\/2 · 0% .*0\/2 · 0% .*±0 pts/);
    expect(page).toMatch(/aria-current="page"[^>]*>Scam scripts</);

    const flags = text(await html(await progressPage('en', classroomId, 'redFlag')));
    expect(flags).toMatch(/Red flag .*Trend/);
    expect(flags).toMatch(/Look-alike link .*2\/2 · 100% .*1\/2 · 50%/);
    const zh = text(await html(await progressPage('zh-CN', classroomId)));
    expect(zh).toContain('数值越低越好');
    expect(zh).toContain('-50'.replace('-', '−') + ' 个百分点');
  });

  it('shows "—" where an assignment did not train a script', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const now = Date.now();
    const exam = await createTestAssignment(staff, classroomId, { opensAt: new Date(now - 2 * HOUR), closesAt: new Date(now + HOUR) });
    const student = await joinAsStudent(joinCode, 'Cai');
    await takeAttempt(student.device, exam, ['refund-call']);
    await createTestAssignment(staff, classroomId, { opensAt: new Date(now - HOUR), closesAt: new Date(now + HOUR) });
    await actAsStaff(staff.email);
    const words = text(await html(await progressPage('en', classroomId)));
    expect(words).toMatch(/Fake customer-service refunds 1\/1 · 100% — not trained by this assignment — /);
  });

  it('refuses another trainer and sends a student or visitor to sign in', async () => {
    const { classroomId, ann } = await classOverTwoAssignments();
    await actAsStaff((await createStaff()).email);
    expect(await digestOf(progressPage('en', classroomId))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    for (const device of [ann.device, undefined]) {
      actAsDevice(device);
      expect(await digestOf(progressPage('en', classroomId))).toContain(';/en/sign-in?next=');
    }
  });
});

describe("the trainer's review of an attempt", { timeout: 30_000 }, () => {
  it('speaks of the student, never "your choice", in both languages, and links back to the student page', async () => {
    const { staff, classroomId, bo, boFirst } = await classOverTwoAssignments();
    await actAsStaff(staff.email);
    const en = await html(await TrainerAttemptPage({ ...params({ locale: 'en', attemptId: boFirst }), searchParams: Promise.resolve({ step: '1' }) }));
    expect(text(en)).toContain('Their decision: Follow the new link and buy it again');
    expect(text(en)).toContain('The student chose this');
    expect(en).toContain('aria-label="What the student saw on their phone"');
    expect(text(en)).toContain("The student's first answer");
    for (const wording of ['Your decision', 'Your choice', 'You found', 'you marked', 'you missed', 'What you see on your phone', 'Your first answer']) expect(en).not.toContain(wording);
    expect(en).toContain(`href="/en/trainer/classes/${classroomId}/students/${bo.studentId}"`);
    const zh = await html(await TrainerAttemptPage({ ...params({ locale: 'zh-CN', attemptId: boFirst }), searchParams: Promise.resolve({ step: '1' }) }));
    expect(zh).toContain('学员的判断');
    expect(zh).toContain('学员的选择');
    for (const wording of ['你的判断', '你的选择', '你标出了', '你手机上看到的内容']) expect(zh).not.toContain(wording);
  });
});
