import { describe, expect, it, vi } from 'vitest';
import ItemAnalysisPage from '@/app/[locale]/trainer/assignments/[assignmentId]/items/page';
import AssignmentResultsPage from '@/app/[locale]/trainer/assignments/[assignmentId]/results/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

/*
 * The item analysis page rendered on the server against a real database: each scenario with its
 * verdict, figures and options in the page's language, the results page's link to it; and
 * nobody else's class.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

async function classOfTwo() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const assignmentId = await createTestAssignment(staff, classroomId);
  const library = getContentLibrary();
  const students = [];
  for (const [name, answers] of [['Ann', correctResponses], ['Bo', wrongResponses]] as const) {
    const student = await joinAsStudent(joinCode, name);
    students.push(student);
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    for (const [position, scenarioId] of ['relink-chat', 'refund-call', 'real-notice'].entries()) await answerScenario(student.device, started.value.attemptId, position, answers(scenarioId));
  }
  return { staff, assignmentId, students };
}

describe('the item analysis page', () => {
  it('shows each scenario with its verdict, figures, options and lines, in both languages', async () => {
    const { staff, assignmentId } = await classOfTwo();
    await actAsStaff(staff.email);
    const page = await html(await ItemAnalysisPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('<h1>Item analysis</h1>');
    expect(page).toMatch(/<a href="\/en\/trainer\/assignments\/[^"]+\/results">Results<\/a>/);
    expect(page).toContain('2 students');
    expect(page).toContain('<h2>The re-buy link</h2>');
    expect(page).toContain('Too few students to judge (2 of at least 10)');
    // Ann decided right and Bo wrong: discrimination is 1 (she did better on the rest too).
    expect(page).toContain('1.00');
    expect(page).toContain('separates well');
    expect(page).toMatch(/✓ <!-- -->right answer<\/span>Check the order in the app/);
    expect(page).toContain('Follow the new link and buy it again');
    expect(page).toContain('1 of 2 · 50%');
    expect(page).toContain('Key lines missed most');
    expect(page).toContain('Youxuan Digital: The old order closes in ten minutes');
    expect(page).toContain('missed by 1 · 50%');
    expect(page).toContain('r = (nΣxy − ΣxΣy)');

    const zh = await html(await ItemAnalysisPage(params({ locale: 'zh-CN', assignmentId })));
    expect(zh).toContain('<h1>题目分析</h1>');
    expect(zh).toContain('作答人数太少，无法判断');
    expect(zh).toContain('正确答案');
    expect(zh).not.toContain('The re-buy link');
  });

  it('is linked from the results page', async () => {
    const { staff, assignmentId } = await classOfTwo();
    await actAsStaff(staff.email);
    const page = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain(`<a href="/en/trainer/assignments/${assignmentId}/items">Item analysis`);
  });

  it('says the analysis comes with the first submission', async () => {
    const { staff, classroomId } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    await actAsStaff(staff.email);
    const page = await html(await ItemAnalysisPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('Nobody has submitted yet');
    expect(page).not.toContain('<h2>');
  });

  it("answers 'not found' to another trainer and sends a student or a visitor to sign in", async () => {
    const { assignmentId, students, staff } = await classOfTwo();
    await actAsStaff((await createStaff()).email);
    expect(await digestOf(ItemAnalysisPage(params({ locale: 'en', assignmentId })))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    actAsDevice(students[0].device);
    expect(await digestOf(ItemAnalysisPage(params({ locale: 'en', assignmentId })))).toContain(`;/en/sign-in?next=${encodeURIComponent(`/en/trainer/assignments/${assignmentId}/items`)}`);
    resetRequest();
    expect(await digestOf(ItemAnalysisPage(params({ locale: 'en', assignmentId })))).toContain(';/en/sign-in?next=');
    // An admin sees every class.
    await actAsStaff((await createStaff('admin')).email);
    expect(await html(await ItemAnalysisPage(params({ locale: 'en', assignmentId })))).toContain('<h2>The re-buy link</h2>');
    await actAsStaff(staff.email);
    expect(await digestOf(ItemAnalysisPage(params({ locale: 'en', assignmentId: 'no-such-assignment' })))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });
});
