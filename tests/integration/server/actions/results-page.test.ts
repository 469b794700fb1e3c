import { describe, expect, it, vi } from 'vitest';
import AssignmentResultsPage from '@/app/[locale]/trainer/assignments/[assignmentId]/results/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff } from '../../../factories/request-context';

/*
 * The trainer's results page rendered on the server against a real database: the money headline,
 * the overview, the chart with its table, the weak spots; and nobody else's class.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

async function classWhereOneFellForEverything() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const assignmentId = await createTestAssignment(staff, classroomId);
  const library = getContentLibrary();
  for (const [name, answers] of [['Ann', correctResponses], ['Bo', wrongResponses]] as const) {
    const student = await joinAsStudent(joinCode, name);
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    for (const [position, scenarioId] of ['relink-chat', 'refund-call', 'real-notice'].entries()) await answerScenario(student.device, started.value.attemptId, position, answers(scenarioId));
  }
  return { staff, assignmentId };
}

describe('the results page', () => {
  it('shows what the class would have lost, the overview, the grade chart and the weak spots', async () => {
    const { staff, assignmentId } = await classWhereOneFellForEverything();
    await actAsStaff(staff.email);
    const page = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('Had these been real, the class would have lost ¥5,159');
    expect(page).toMatch(/<a href="\/en\/trainer\/classes\/[^"]+">Class 3B<\/a>/);
    expect(page).toMatch(/<dt>Submitted<\/dt><dd>2<\/dd>/);
    expect(page).toContain('aria-label="Grades of 2 students"');
    expect(page).toContain('<td>0–10%</td><td>1</td>');
    expect(page).toContain('<td>90–100%</td><td>1</td>');
    expect(page).toContain('&quot;Price error, buy again here&quot; links');
    expect(page).toContain('Fell for it: 1 of 2 (50%)');
    expect(page).toContain('Distrusted a genuine message: 1 of 2 (50%)');
    expect(page).toContain('Would have lost ¥5,000');
    expect(page).toContain('Who needs help');
    expect(page).toMatch(/>Bo<\/a>.*Fell for 2 · distrusted 1 genuine/s);
    expect(page).not.toMatch(/>Ann<\/a>/);

    const zh = await html(await AssignmentResultsPage(params({ locale: 'zh-CN', assignmentId })));
    expect(zh).toContain('如果这些都是真的，全班会损失 ¥5,159');
  });

  it('says results come with the first submission', async () => {
    const { staff, classroomId } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    await actAsStaff(staff.email);
    const page = await html(await AssignmentResultsPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('Nobody has submitted yet');
    expect(page).not.toContain('would have lost');
  });

  it("answers 'not found' to another trainer and sends a student or visitor to sign in", async () => {
    const { assignmentId } = await classWhereOneFellForEverything();
    await actAsStaff((await createStaff()).email);
    expect(await digestOf(AssignmentResultsPage(params({ locale: 'en', assignmentId })))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    actAsDevice();
    expect(await digestOf(AssignmentResultsPage(params({ locale: 'en', assignmentId })))).toContain(`;/en/sign-in?next=`);
  });
});
