import { describe, expect, it, vi } from 'vitest';
import PrintableResultsPage from '@/app/[locale]/trainer/assignments/[assignmentId]/results/print/page';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

/*
 * The printable results report rendered on the server against a real database: one class, one
 * assignment, every figure written out in tables; and nobody else's class.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

async function classWhereOneFellForEverything() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const assignmentId = await createTestAssignment(staff, classroomId);
  const library = getContentLibrary();
  const devices = [];
  for (const [name, number, answers] of [['Ann', '2026001', correctResponses], ['Bo', '2026002', wrongResponses]] as const) {
    const student = await joinAsStudent(joinCode, name, number);
    devices.push(student.device);
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    for (const [position, scenarioId] of ['relink-chat', 'refund-call', 'real-notice'].entries()) await answerScenario(student.device, started.value.attemptId, position, answers(scenarioId));
  }
  await joinAsStudent(joinCode, 'Cy');
  return { staff, assignmentId, device: devices[0] };
}

/** The text of a table row, cells separated by " | ". */
function rowText(page: string, firstCell: string): string | undefined {
  const row = page.split('<tr>').find((candidate) => new RegExp(`^<th scope="row"[^>]*>${firstCell}</th>`).test(candidate));
  return row?.split('</tr>')[0].replace(/<\/t[hd]><t[hd][^>]*>/g, ' | ').replace(/<[^>]+>/g, '');
}

describe('the printable results report', () => {
  it('heads the report with class, set and dates, then the overview, chart, money, weak scripts, who needs help and every student', async () => {
    const { staff, assignmentId } = await classWhereOneFellForEverything();
    await actAsStaff(staff.email);
    const page = await html(await PrintableResultsPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('<h1>Results report</h1>');
    expect(page).toMatch(/<dt>Class<\/dt><dd>Class 3B<\/dd>/);
    expect(page).toMatch(/<dt>Quiz set<\/dt><dd>Fixture set<\/dd>/);
    expect(page).toMatch(/<dt>Open<\/dt><dd>[^<]+China Standard Time – [^<]+China Standard Time<\/dd>/);
    expect(page).toContain('Had these been real, the class would have lost ¥5,159');
    expect(page).toMatch(/<dt>Submitted<\/dt><dd>2<\/dd>/);
    expect(page).toMatch(/<dt>Not started<\/dt><dd>1<\/dd>/);
    expect(page).toContain('aria-label="Grades of 2 students"');
    expect(page).toContain('Weak spots by scam script');
    expect(page).toMatch(/<th scope="row">[^<]+<\/th><td class="num">1 of 2 \(50%\)<\/td>/);
    expect(rowText(page, 'Bo')).toMatch(/^Bo \| 2026002 \| 0% \| 2 \| 1 \| \S/);
    expect(page).toContain('Every student (3)');
    expect(rowText(page, 'Ann')).toBe('Ann | 2026001 | 100% | Submitted');
    expect(rowText(page, 'Cy')).toBe('Cy |  | – | Not started');
    // A print button for the screen; nothing the printed page would need a click for.
    expect(page).toContain('>Print</button>');
    expect(page).toMatch(/class="print-actions no-print"/);

    const zh = await html(await PrintableResultsPage(params({ locale: 'zh-CN', assignmentId })));
    expect(zh).toContain('<h1>成绩报告</h1>');
    expect(zh).toContain('如果这些都是真的，全班会损失 ¥5,159');
    expect(zh).toContain('>打印</button>');
  });

  it('prints an assignment nobody has submitted with its students and no figures to read', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    await joinAsStudent(joinCode, 'Ann');
    await actAsStaff(staff.email);
    const page = await html(await PrintableResultsPage(params({ locale: 'en', assignmentId })));
    expect(page).toContain('Nobody has submitted yet');
    expect(page).not.toContain('would have lost');
    expect(rowText(page, 'Ann')).toBe('Ann |  | – | Not started');
  });

  it('shows an admin any class', async () => {
    const { assignmentId } = await classWhereOneFellForEverything();
    await actAsStaff((await createStaff('admin')).email);
    expect(await html(await PrintableResultsPage(params({ locale: 'en', assignmentId })))).toContain('Class 3B');
  });

  it("answers 'not found' to another trainer and sends a student or visitor to sign in", async () => {
    const { assignmentId, device } = await classWhereOneFellForEverything();
    await actAsStaff((await createStaff()).email);
    expect(await digestOf(PrintableResultsPage(params({ locale: 'en', assignmentId })))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
    resetRequest();
    actAsDevice(device);
    expect(await digestOf(PrintableResultsPage(params({ locale: 'en', assignmentId })))).toContain(`;/en/sign-in?next=${encodeURIComponent(`/en/trainer/assignments/${assignmentId}/results/print`)}`);
    resetRequest();
    expect(await digestOf(PrintableResultsPage(params({ locale: 'en', assignmentId })))).toContain(';/en/sign-in?next=');
  });
});
