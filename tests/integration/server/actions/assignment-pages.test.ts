import { describe, expect, it, vi } from 'vitest';
import StepPage from '@/app/[locale]/attempts/[attemptId]/[step]/page';
import SummaryPage from '@/app/[locale]/attempts/[attemptId]/summary/page';
import MyAssignmentsPage from '@/app/[locale]/my/page';
import AssignmentReportPage from '@/app/[locale]/trainer/assignments/[assignmentId]/page';
import EditAssignmentPage from '@/app/[locale]/trainer/assignments/[assignmentId]/edit/page';
import TrainerAttemptPage from '@/app/[locale]/trainer/attempts/[attemptId]/page';
import NewAssignmentPage from '@/app/[locale]/trainer/classes/[classId]/assignments/new/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { db } from '@/server/db/client';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff } from '../../../factories/request-context';

/*
 * The assignment pages rendered on the server as Next.js would, against a real database: what
 * each shows, that feedback waits for its time, and that a trainer never sees another's class.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const RELINK_SECRETS = ['The re-buy link', 'the money goes to the scammer', 'The order in the platform is the truth', 'classic re-buy scam'];

async function classWithAnsweredAssignment(feedback: 'after-close' | 'after-each-answer') {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const assignmentId = await createTestAssignment(staff, classroomId, { feedback, timeLimitMinutes: 30, attemptsAllowed: 2 });
  const student = await joinAsStudent(joinCode, 'Ann', 'S17');
  const library = getContentLibrary();
  const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
  if (!started.ok) throw new Error(started.code);
  const attemptId = started.value.attemptId;
  const answered = await answerScenario(student.device, attemptId, 0, correctResponses('relink-chat'));
  if (!answered.ok) throw new Error(answered.code);
  return { staff, classroomId, assignmentId, student, attemptId };
}

describe('student pages', () => {
  it('lists the assignment with its status, attempts, time limit and a continue button', async () => {
    const { student } = await classWithAnsweredAssignment('after-close');
    actAsDevice(student.device);
    const page = await html(await MyAssignmentsPage({ ...params({ locale: 'en' }), searchParams: Promise.resolve({}) }));
    expect(page).toContain('<h1>My assignments</h1>');
    expect(page).toContain('Fixture set');
    expect(page).toContain('In progress');
    expect(page).toContain('1 of 2 used');
    expect(page).toContain('30 minutes');
    expect(page).toMatch(/>Continue</);
    expect(page).not.toContain('Grade');
  });

  it('explains a refusal the start action sent back', async () => {
    actAsDevice();
    const page = await html(await MyAssignmentsPage({ ...params({ locale: 'zh-CN' }), searchParams: Promise.resolve({ error: 'assignment_closed' }) }));
    expect(page).toContain('这项作业已截止，无法开始。');
  });

  it('with feedback after the close, shows "answer saved" and no title, verdict or explanation', async () => {
    const { student, attemptId } = await classWithAnsweredAssignment('after-close');
    actAsDevice(student.device);
    const step = await html(await StepPage(params({ locale: 'en', attemptId, step: '1' })));
    expect(step).toContain('Answer saved.');
    expect(step).toContain('role="timer"');
    for (const secret of RELINK_SECRETS) expect(step).not.toContain(secret);
    const summary = await html(await SummaryPage(params({ locale: 'en', attemptId })));
    expect(summary).toContain('Submit now');
    for (const secret of [...RELINK_SECRETS, '1 / 1', 'points']) expect(summary).not.toContain(secret);
  });

  it('with feedback after each answer, shows the review with the explanation', async () => {
    const { student, attemptId } = await classWithAnsweredAssignment('after-each-answer');
    actAsDevice(student.device);
    const step = await html(await StepPage(params({ locale: 'en', attemptId, step: '1' })));
    expect(step).toContain('classic re-buy scam');
  });
});

describe('trainer pages', () => {
  it('shows the report with each student, status and the exception form', async () => {
    const { staff, assignmentId } = await classWithAnsweredAssignment('after-close');
    await actAsStaff(staff.email);
    const page = await html(await AssignmentReportPage({ ...params({ locale: 'en', assignmentId }), searchParams: Promise.resolve({}) }));
    expect(page).toContain('<h1>Fixture set</h1>');
    expect(page).toContain('Submissions: 0 of 1 students');
    expect(page).toContain('Ann');
    expect(page).toContain('In progress');
    expect(page).toContain('Exceptions for Ann');
    // Times in the zone the assignment was set in (Asia/Shanghai), with the zone named as people know it.
    expect(page).toContain('China Standard Time');
    expect(page).not.toMatch(/GMT\+8|UTC/);
    expect(await html(await AssignmentReportPage({ ...params({ locale: 'zh-CN', assignmentId }), searchParams: Promise.resolve({}) }))).toContain('北京时间');
  });

  it('shows the new-assignment form and the edit form with the current rules', async () => {
    const { staff, classroomId, assignmentId } = await classWithAnsweredAssignment('after-close');
    await actAsStaff(staff.email);
    const creating = await html(await NewAssignmentPage(params({ locale: 'zh-CN', classId: classroomId })));
    expect(creating).toContain('<h1>布置作业</h1>');
    expect(creating).toContain('测试题组');
    const editing = await html(await EditAssignmentPage(params({ locale: 'en', assignmentId })));
    expect(editing).toContain('Students have started, so the quiz set stays');
    expect(editing).toMatch(/value="30"/);
    expect(editing).not.toContain('Delete assignment');
  });

  it("shows the trainer a student's attempt, every scenario's result and one answer in full", async () => {
    const { staff, attemptId } = await classWithAnsweredAssignment('after-close');
    await actAsStaff(staff.email);
    const overview = await html(await TrainerAttemptPage({ ...params({ locale: 'en', attemptId }), searchParams: Promise.resolve({}) }));
    expect(overview).toContain("Ann&#x27;s answers");
    expect(overview).toContain('In progress: 1 of 3 scenarios answered so far.');
    expect(overview).toContain('The re-buy link');
    expect(overview).not.toContain('classic re-buy scam');
    const detail = await html(await TrainerAttemptPage({ ...params({ locale: 'en', attemptId }), searchParams: Promise.resolve({ step: '1' }) }));
    // The trainer sees the explanation even before the students' feedback time.
    expect(detail).toContain('classic re-buy scam');

    await actAsStaff((await createStaff()).email);
    expect(await digestOf(TrainerAttemptPage({ ...params({ locale: 'en', attemptId }), searchParams: Promise.resolve({}) }))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it("answers 'not found' to another trainer and sends a visitor to sign in", async () => {
    const { classroomId, assignmentId } = await classWithAnsweredAssignment('after-close');
    await actAsStaff((await createStaff()).email);
    for (const render of [
      () => AssignmentReportPage({ ...params({ locale: 'en', assignmentId }), searchParams: Promise.resolve({}) }),
      () => EditAssignmentPage(params({ locale: 'en', assignmentId })),
      () => NewAssignmentPage(params({ locale: 'en', classId: classroomId })),
    ]) {
      expect(await digestOf(render())).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    }
    actAsDevice();
    expect(await digestOf(AssignmentReportPage({ ...params({ locale: 'en', assignmentId }), searchParams: Promise.resolve({}) }))).toContain(';/en/sign-in?next=');
    expect(await db.assignment.count()).toBe(1);
  });
});
