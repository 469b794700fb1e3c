import { randomUUID } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import type { Device } from '@/server/auth/device';
import { createAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { submitAnswer } from '@/server/quiz/submit-answer';
import { anonymousDevice } from '../../../factories/devices';

let device: Device | undefined;

async function startAs() {
  device = anonymousDevice();
  const { id } = await createAttempt(device, { setId: 'fixture-set', items: ['real-notice', 'relink-chat'], locale: 'en' });
  return id;
}

/** What the answers route replies to the current device, without its status. */
const send = async (raw: unknown) => (await submitAnswer(device, raw)).outcome;

const answer = (attemptId: string) => ({ locale: 'en', attemptId, position: 0, stage: 'decision', clientAnswerId: randomUUID(), responses: [{ type: 'verdict', choice: 'legitimate' }] });

describe('submitAnswer', () => {
  it('stores a valid answer', async () => {
    const attemptId = await startAs();
    expect(await send(answer(attemptId))).toEqual({ ok: true });
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it('refuses a request that names a scenario or an option id instead of handles', async () => {
    const attemptId = await startAs();
    const byId = await send({ ...answer(attemptId), position: 1, responses: [{ type: 'single', choice: 'b' }] });
    expect(byId).toMatchObject({ ok: false });
    const oldShape = await send({ locale: 'en', attemptId, position: 0, scenarioId: 'real-notice', clientAnswerId: randomUUID(), responses: { q1: { type: 'verdict', choice: 'legitimate' } } });
    expect(oldShape).toMatchObject({ ok: false });
    expect(await db.answer.count()).toBe(0);
  });

  it('refuses a malformed request with a message that says what to do', async () => {
    const attemptId = await startAs();
    const result = await send({ ...answer(attemptId), clientAnswerId: 'not-a-uuid', locale: 'zh-CN' });
    expect(result).toEqual({ ok: false, message: '无法读取这份答案。请刷新页面后重新作答。' });
    expect(await db.answer.count()).toBe(0);
  });

  it('answers "not found" to a browser without the owner cookie', async () => {
    const attemptId = await startAs();
    device = undefined;
    expect(await send(answer(attemptId))).toMatchObject({ ok: false, message: expect.stringContaining('was not found on this device') });
  });

  it('reports a database failure as "not saved, try again" and keeps what was stored', async () => {
    const attemptId = await startAs();
    await send(answer(attemptId));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.$executeRaw`ALTER TABLE "Answer" RENAME TO "AnswerOffline"`;
    try {
      const result = await send({ ...answer(attemptId), position: 1, responses: [{ type: 'single', choice: 'c2' }] });
      expect(result).toEqual({ ok: false, message: expect.stringContaining('could not be saved just now') });
      expect(logged.mock.calls[0][0]).toContain(attemptId);
    } finally {
      await db.$executeRaw`ALTER TABLE "AnswerOffline" RENAME TO "Answer"`;
      logged.mockRestore();
    }
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });

  it('gives each reply the HTTP status that says what went wrong', async () => {
    const attemptId = await startAs();
    const first = answer(attemptId);
    expect(await submitAnswer(device, first)).toMatchObject({ status: 200, outcome: { ok: true } });
    expect((await submitAnswer(device, first)).status).toBe(200);
    expect((await submitAnswer(device, { ...first, clientAnswerId: randomUUID() })).status).toBe(409);
    expect((await submitAnswer(device, { ...first, clientAnswerId: randomUUID(), position: 1, responses: [{ type: 'verdict', choice: 'scam' }] })).status).toBe(422);
    // The same answer id for another question is a conflict, not a replay.
    expect((await submitAnswer(device, { ...first, position: 1, responses: [{ type: 'single', choice: 'c1' }] })).status).toBe(409);
    expect((await submitAnswer(device, { ...first, clientAnswerId: 'not-a-uuid' })).status).toBe(400);
    expect((await submitAnswer(undefined, answer(attemptId))).status).toBe(404);
    expect(await db.answer.count({ where: { attemptId } })).toBe(1);
  });
});
