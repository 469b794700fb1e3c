import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { submitAnswerAction } from '@/server/actions/attempts';
import { createAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { anonymousDevice } from '../../../factories/devices';

// Framework boundary: the action reads the owner cookie through next/headers.
const cookieJar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({ get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name) } : undefined), set: (name: string, value: string) => cookieJar.set(name, value) }),
  headers: async () => new Headers(),
}));

async function startAs() {
  const viewer = anonymousDevice();
  cookieJar.set('ss_owner', viewer.ownerKey);
  const { id } = await createAttempt(viewer, { setId: 'fixture-set', items: ['real-notice', 'relink-chat'], locale: 'en' });
  return id;
}

const answer = (attemptId: string) => ({ locale: 'en', attemptId, position: 0, stage: 'decision', clientAnswerId: randomUUID(), responses: [{ type: 'verdict', choice: 'legitimate' }] });

describe('submitAnswerAction', () => {
  it('stores a valid answer', async () => {
    const attemptId = await startAs();
    expect(await submitAnswerAction(answer(attemptId))).toEqual({ ok: true });
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it('refuses a request that names a scenario or an option id instead of handles', async () => {
    const attemptId = await startAs();
    const byId = await submitAnswerAction({ ...answer(attemptId), position: 1, responses: [{ type: 'single', choice: 'b' }] });
    expect(byId).toMatchObject({ ok: false });
    const oldShape = await submitAnswerAction({ locale: 'en', attemptId, position: 0, scenarioId: 'real-notice', clientAnswerId: randomUUID(), responses: { q1: { type: 'verdict', choice: 'legitimate' } } });
    expect(oldShape).toMatchObject({ ok: false });
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses a malformed request with a message that says what to do', async () => {
    const attemptId = await startAs();
    const result = await submitAnswerAction({ ...answer(attemptId), clientAnswerId: 'not-a-uuid', locale: 'zh-CN' });
    expect(result).toEqual({ ok: false, message: '无法读取这份答案。请刷新页面后重新作答。' });
    expect(await db.answer.count()).toBe(0);
  });

  it('answers "not found" to a browser without the owner cookie', async () => {
    const attemptId = await startAs();
    cookieJar.clear();
    expect(await submitAnswerAction(answer(attemptId))).toMatchObject({ ok: false, message: expect.stringContaining('was not found on this device') });
  });

  it('reports a database failure as "not saved, try again" and keeps what was stored', async () => {
    const attemptId = await startAs();
    await submitAnswerAction(answer(attemptId));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.$executeRaw`ALTER TABLE "Answer" RENAME TO "AnswerOffline"`;
    try {
      const result = await submitAnswerAction({ ...answer(attemptId), position: 1, responses: [{ type: 'single', choice: 'c2' }] });
      expect(result).toEqual({ ok: false, message: expect.stringContaining('could not be saved just now') });
      expect(logged.mock.calls[0][0]).toContain(attemptId);
    } finally {
      await db.$executeRaw`ALTER TABLE "AnswerOffline" RENAME TO "Answer"`;
      logged.mockRestore();
    }
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });
});
