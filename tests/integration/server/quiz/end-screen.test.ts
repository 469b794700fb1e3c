import { describe, expect, it, vi } from 'vitest';
import ResultCardPage from '@/app/[locale]/card/[setId]/[percent]/page';
import SummaryPage from '@/app/[locale]/attempts/[attemptId]/summary/page';
import { GET as cardImage } from '@/app/api/cards/[locale]/[setId]/[percent]/route';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt } from '@/server/db/attempts';
import { getSummaryData } from '@/server/quiz/pages';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';
import { digestOf, html, params } from '../../../factories/render-page';
import { actAsDevice, setRequestHeader } from '../../../factories/request-context';

/*
 * The end of a finished attempt, rendered as Next.js would against the real tables: what the
 * student recognises now, and a result card that carries the set and the percentage only.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const ITEMS = ['relink-chat', 'refund-call', 'real-notice'];

/** relink-chat right (100 %), refund-call decided wrong (0 %), real-notice right (100 %): 67 %. */
async function finishedPractice(device = actAsDevice(anonymousDevice()), options: { retryOfId?: string } = {}) {
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en', ...options });
  await answerScenario(device, id, 0, correctResponses('relink-chat'));
  await answerScenario(device, id, 1, wrongResponses('refund-call'));
  await answerScenario(device, id, 2, correctResponses('real-notice'));
  return { device, attemptId: id };
}

describe('the end screen of a finished practice run', () => {
  it('names the scripts and red flags of the scams decided right, never those missed', async () => {
    const { device, attemptId } = await finishedPractice();
    const data = await getSummaryData(device, attemptId, 'en');
    expect(data?.endScreen).toEqual({ percent: 67, recognised: { scripts: ['relink-price-error'], redFlags: ['look-alike-link', 'urgency'] }, next: undefined, card: { setId: 'fixture-set', percent: 67 } });

    setRequestHeader('host', 'scamsense.example');
    setRequestHeader('x-forwarded-proto', 'https');
    const page = await html(await SummaryPage(params({ locale: 'zh-CN', attemptId })));
    expect(page).toContain(zh['end.cheer.mid']);
    expect(page).toContain(zh['script.relink-price-error']);
    expect(page).toContain(zh['redFlag.look-alike-link']);
    expect(page).not.toContain(zh['script.fake-service-refund']);
    expect(page).not.toContain(zh['redFlag.credential-request']);
    expect(page).toContain('src="/api/cards/zh-CN/fixture-set/67"');
    expect(page).toContain('href="https://scamsense.example/zh-CN/card/fixture-set/67"');
  });

  it('is not shown while the run is unfinished, and a retry of the missed ones offers no card', async () => {
    const device = actAsDevice(anonymousDevice());
    const { id } = await createAttempt(device, { setId: 'fixture-set', items: ITEMS, locale: 'en' });
    await answerScenario(device, id, 0, correctResponses('relink-chat'));
    expect((await getSummaryData(device, id, 'en'))?.endScreen).toBeUndefined();
    expect(await html(await SummaryPage(params({ locale: 'en', attemptId: id })))).not.toContain(en['end.recognisedHeading']);

    const { attemptId: first } = await finishedPractice(anonymousDevice());
    const { attemptId: retry } = await finishedPractice(device, { retryOfId: first });
    expect((await getSummaryData(device, retry, 'en'))?.endScreen?.card).toBeUndefined();
  });

  it('waits with an assignment until its feedback may be shown, and never offers a card for it', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const deferred = await createTestAssignment(staff, classroomId, { feedback: 'after-close' });
    const open = await createTestAssignment(staff, classroomId, { feedback: 'after-each-answer' });
    const student = await joinAsStudent(joinCode, 'Ann');
    actAsDevice(student.device);
    for (const assignmentId of [deferred, open]) {
      const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en');
      if (!started.ok) throw new Error(started.code);
      for (const [position, scenario] of ITEMS.entries()) await answerScenario(student.device, started.value.attemptId, position, correctResponses(scenario));
      const data = await getSummaryData(student.device, started.value.attemptId, 'en');
      if (assignmentId === deferred) expect(data?.endScreen).toBeUndefined();
      else expect(data?.endScreen).toMatchObject({ percent: 100, recognised: { scripts: ['relink-price-error', 'fake-service-refund'] }, card: undefined });
    }
  });
});

describe('the result card', () => {
  it('is an SVG of the set name and the percentage, inert when opened on its own', async () => {
    const response = await cardImage(new Request('http://localhost/api/cards/en/fixture-set/67'), params({ locale: 'en', setId: 'fixture-set', percent: '67' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    const svg = await response.text();
    expect(svg).toContain('>Fixture set</text>');
    expect(svg).toContain('>67%</text>');
    const zhSvg = await (await cardImage(new Request('http://localhost/api/cards/zh-CN/fixture-set/67'), params({ locale: 'zh-CN', setId: 'fixture-set', percent: '67' }))).text();
    expect(zhSvg).toContain('>测试题组</text>');
  });

  it.each([
    ['an assignment-only set', { locale: 'en', setId: 'fixture-exam', percent: '90' }],
    ['an unknown set', { locale: 'en', setId: 'no-such-set', percent: '90' }],
    ['a percentage above 100', { locale: 'en', setId: 'fixture-set', percent: '101' }],
    ['a fraction', { locale: 'en', setId: 'fixture-set', percent: '66.7' }],
    ['an unknown language', { locale: 'fr', setId: 'fixture-set', percent: '90' }],
  ])('is not found for %s', async (_what, address) => {
    expect((await cardImage(new Request('http://localhost/api/cards/x'), params(address))).status).toBe(404);
    expect(await digestOf(ResultCardPage(params(address)))).toMatch(/NEXT_HTTP_ERROR_FALLBACK;404/);
  });

  it('has a page that shows the card and offers the set to try, in the language of its address', async () => {
    actAsDevice(anonymousDevice());
    const page = await html(await ResultCardPage(params({ locale: 'en', setId: 'fixture-set', percent: '67' })));
    expect(page).toContain('<h1>67% on &quot;Fixture set&quot;</h1>');
    expect(page).toContain('src="/api/cards/en/fixture-set/67"');
    expect(page).toContain('href="/en#set-fixture-set"');
    expect(page).toContain(en['card.try']);
  });
});
