import { describe, expect, it, vi } from 'vitest';
import MyProgressPage from '@/app/[locale]/my/progress/page';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { focusSetId } from '@/domain/content/focus-sets';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt } from '@/server/db/attempts';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';
import { html, params } from '../../../factories/render-page';
import { actAsDevice, resetRequest } from '../../../factories/request-context';

/*
 * "My progress" rendered as Next.js would, against the real tables: the empty state that sends a
 * new learner to practice, the misses in the learner's words with a button that practises the
 * weakest script, and nothing of an assignment whose feedback is not out.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));
/** React escapes quotes and apostrophes in text; compare with the page as it is sent. */
const escaped = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll("'", '&#x27;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

async function practise(device: ReturnType<typeof anonymousDevice>, rights: boolean[]) {
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
  for (const [position, scenario] of ITEMS.entries()) await answerScenario(device, id, position, rights[position] ? correctResponses(scenario) : wrongResponses(scenario));
  return id;
}

describe('the my progress page', () => {
  it('sends a browser that never practised, or practised nothing to the end, to practice', async () => {
    resetRequest();
    for (const locale of ['en', 'zh-CN'] as const) {
      const page = await html(await MyProgressPage(params({ locale })));
      const messages = locale === 'en' ? en : zh;
      expect(page).toContain(escaped(messages['myProgress.empty']));
      expect(page).toContain(`href="/${locale}"`);
      expect(page).not.toContain('<figure');
    }
    const device = actAsDevice(anonymousDevice());
    await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' }); // started, never finished
    expect(await html(await MyProgressPage(params({ locale: 'en' })))).toContain(escaped(en['myProgress.empty']));
  });

  it('says what the learner missed in their words, and what to practise next', async () => {
    const device = actAsDevice(anonymousDevice());
    await practise(device, [true, false, true]);
    await practise(device, [true, false, true]);
    const page = await html(await MyProgressPage(params({ locale: 'en' })));
    expect(page).toContain(escaped(en['script.fake-service-refund']));
    expect(page).toContain(escaped(fill(en['myProgress.misses.fellScript'], { fell: 2, met: 2 })));
    expect(page).not.toContain(escaped(en['script.relink-price-error']));
    expect(page).toContain(escaped(en['myProgress.scores.heading']));
    expect(page).toContain('<svg');
    expect(page.match(/<tr>/g)?.length).toBe(3); // a header row and one per run
    expect(page).toContain(escaped(fill(en['summary.percent'], { percent: 67 })));

    // The fixture library is too small to balance a focus set of the script (the suggestion itself
    // is tested in the unit tests): the page offers the set to beat instead, never a set it cannot start.
    const focus = focusSetId({ dimension: 'script', tag: 'fake-service-refund' });
    expect(findQuizSet(focus)).toBeUndefined();
    expect(page).not.toContain(`value="${focus}"`);
    expect(page).toContain(escaped(fill(en['myProgress.next.improve'], { percent: 67 })));
    expect(page).toContain('name="setId" value="fixture-set"');
  });

  it("shows an assignment attempt whose feedback waits for the close without its score, and counts none of its answers", async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId, { feedback: 'after-close' });
    const student = await joinAsStudent(joinCode, 'Ann');
    actAsDevice(student.device);
    const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
    if (!started.ok) throw new Error(started.code);
    for (const [position, scenario] of ITEMS.entries()) await answerScenario(student.device, started.value.attemptId, position, wrongResponses(scenario));

    const page = await html(await MyProgressPage(params({ locale: 'zh-CN' })));
    expect(page).toContain('Ann');
    expect(page).toContain(escaped(zh['myProgress.kind.assignment']));
    expect(page).toContain(escaped(zh['myProgress.misses.notYet']));
    expect(page).toContain('起显示</td>');
    expect(page).not.toContain(`<td>${fill(zh['summary.percent'], { percent: 0 })}</td>`);
    expect(page).not.toMatch(/<circle|<rect class="score-marker assignment" x="(?!1\.5)/); // no mark in the chart, only in the legend
    for (const tag of ['script.relink-price-error', 'script.fake-service-refund', 'redFlag.urgency', 'redFlag.credential-request'] as const) expect(page).not.toContain(escaped(zh[tag]));
  });
});
