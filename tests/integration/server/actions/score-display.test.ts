import Papa from 'papaparse';
import { describe, expect, it, vi } from 'vitest';
import SummaryPage from '@/app/[locale]/attempts/[attemptId]/summary/page';
import MyAssignmentsPage from '@/app/[locale]/my/page';
import AssignmentReportPage from '@/app/[locale]/trainer/assignments/[assignmentId]/page';
import TrainerAttemptPage from '@/app/[locale]/trainer/attempts/[attemptId]/page';
import { GET as downloadResults } from '@/app/api/assignments/[assignmentId]/results/route';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { html, params } from '../../../factories/render-page';
import { actAsDevice, actAsStaff } from '../../../factories/request-context';

/*
 * One way to state a score: the same attempt reads the same whole percentage on the student's
 * summary and assignment list, the trainer's report, the attempt page and the CSV download.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/** relink-chat fully right (100 %), refund-call decided right but explained wrong (50 %), real-notice wrong (0 %): 1.5 of 3, 50 %. */
async function submittedAttempt() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 4A');
  const assignmentId = await createTestAssignment(staff, classroomId);
  const student = await joinAsStudent(joinCode, 'Ann', 'S1');
  const library = getContentLibrary();
  const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
  if (!started.ok) throw new Error(started.code);
  const { attemptId } = started.value;
  await answerScenario(student.device, attemptId, 0, correctResponses('relink-chat'));
  await answerScenario(student.device, attemptId, 1, { ...wrongResponses('refund-call'), q2: { type: 'verdict', choice: 'scam' } });
  const last = await answerScenario(student.device, attemptId, 2, wrongResponses('real-notice'));
  if (!last.ok) throw new Error(last.code);
  return { staff, assignmentId, attemptId, student };
}

const text = (page: string) => page.replace(/<!-- -->/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a score is a whole percentage on every page', () => {
  it('shows 50 % for the attempt and 100 %, 50 %, 0 % for its scenarios, never points', async () => {
    const { staff, assignmentId, attemptId, student } = await submittedAttempt();

    actAsDevice(student.device);
    const summary = text(await html(await SummaryPage(params({ locale: 'en', attemptId }))));
    expect(summary).toContain('Your score 50%');
    expect(summary).toMatch(/The re-buy link 100% .* The refund call 50% .* A real payment notice 0%/);
    expect(summary).toContain(en['score.howScored']);
    expect(summary).toContain(en['score.explained'].slice(0, 60));
    const my = text(await html(await MyAssignmentsPage({ ...params({ locale: 'en' }), searchParams: Promise.resolve({}) })));
    expect(my).toContain('Grade 50%');

    await actAsStaff(staff.email);
    const report = text(await html(await AssignmentReportPage({ ...params({ locale: 'en', assignmentId }), searchParams: Promise.resolve({}) })));
    expect(report).toContain('Attempt 1: 50%');
    expect(report).toContain(en['score.howScored']);
    const attempt = text(await html(await TrainerAttemptPage({ ...params({ locale: 'zh-CN', attemptId }), searchParams: Promise.resolve({}) })));
    expect(attempt).toMatch(/得分 50%。/);
    expect(attempt).toContain(zh['trainerReview.scoreExplained'].slice(0, 30));
    expect(attempt).not.toContain(zh['score.explained'].slice(0, 30));
    const response = await downloadResults(new Request(`http://localhost/api/assignments/${assignmentId}/results?locale=en`), { params: Promise.resolve({ assignmentId }) });
    const rows = Papa.parse<string[]>((await response.text()).slice(1), { newline: '\r\n' }).data;
    expect(rows[1][rows[0].indexOf(en['export.grade'])]).toBe('50');

    for (const page of [summary, my, report, attempt]) {
      expect(page).not.toMatch(/\d(\.\d)? \/ 1\b/);
      expect(page).not.toMatch(/points|得分 [\d.]+ \//);
    }
  });
});
