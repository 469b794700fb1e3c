import { describe, expect, it, vi } from 'vitest';
import SummaryPage from '@/app/[locale]/attempts/[attemptId]/summary/page';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt } from '@/server/db/attempts';
import { getSummaryData } from '@/server/quiz/pages';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';
import { html, params } from '../../../factories/render-page';
import { actAsDevice } from '../../../factories/request-context';

/*
 * The summary of an attempt that is not finished: a scenario's title can give its answer away
 * (a genuine look-alike is often titled as one), so unanswered scenarios are named by number only.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];
const titles = (id: string) => {
  const scenario = getContentLibrary().scenarios.get(id)!;
  return [scenario.byLocale.en.title, scenario.byLocale['zh-CN'].title];
};

async function practiceWithFirstAnswered() {
  const device = actAsDevice(anonymousDevice());
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  await answerScenario(device, id, 0, correctResponses('relink-chat'));
  return { device, attemptId: id };
}

describe('the summary of an unfinished attempt', () => {
  it('carries no title of an unanswered scenario in its data', async () => {
    const { device, attemptId } = await practiceWithFirstAnswered();
    const data = await getSummaryData(device, attemptId, 'en');
    expect(data?.items.map((item) => item.title)).toEqual([titles('relink-chat')[0], '', '']);
  });

  it.each([
    ['en', en, 'Scenario 2', 'Scenario 3'],
    ['zh-CN', zh, '场景 2', '场景 3'],
  ] as const)('names unanswered scenarios by number in %s, and says it is practice in progress', async (locale, messages, second, third) => {
    const { attemptId } = await practiceWithFirstAnswered();
    const page = await html(await SummaryPage(params({ locale, attemptId })));
    expect(page).toContain(`<h1>${messages['summary.heading.practiceInProgress']}</h1>`);
    expect(page).toContain(second);
    expect(page).toContain(third);
    expect(page).toContain(locale === 'en' ? titles('relink-chat')[0] : titles('relink-chat')[1]);
    for (const title of [...titles('refund-call'), ...titles('real-notice')]) expect(page).not.toContain(title);
  });

  it('calls an assignment an assignment, in progress and once submitted', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const student = await joinAsStudent(joinCode, 'Ann');
    const library = getContentLibrary();
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'zh-CN');
    if (!started.ok) throw new Error(started.code);
    const { attemptId } = started.value;
    actAsDevice(student.device);
    expect(await html(await SummaryPage(params({ locale: 'zh-CN', attemptId })))).toContain(`<h1>${zh['summary.heading.assignmentInProgress']}</h1>`);
    for (const [position, id] of ITEMS.entries()) await answerScenario(student.device, attemptId, position, correctResponses(id));
    const submitted = await html(await SummaryPage(params({ locale: 'zh-CN', attemptId })));
    expect(submitted).toContain(`<h1>${zh['summary.heading.assignment']}</h1>`);
    expect(submitted).not.toContain(zh['summary.heading.practice']);
  });
});
