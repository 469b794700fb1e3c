import { describe, expect, it } from 'vitest';
import { hashToken } from '@/server/auth/tokens';
import { startPracticeAttempt, submitAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { anonymousDevice } from '../../../../factories/devices';

/*
 * Practice starts of one set from one browser arriving together (two tabs, a double tap): the
 * browser keeps one unfinished run of the set.
 */

const RUN = { setId: 'fixture-set', items: ['relink-chat', 'refund-call', 'real-notice'], locale: 'en' as const };

const unfinishedOf = (ownerKey: string) => db.attempt.findMany({ where: { ownerKey: hashToken(ownerKey), status: 'in_progress' }, select: { id: true } });

describe('parallel practice starts of one set on one browser', () => {
  it('store one unfinished run; the others are told one is unfinished', async () => {
    const device = anonymousDevice();
    const results = await Promise.all(Array.from({ length: 6 }, () => startPracticeAttempt(device, RUN)));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok).every((result) => !result.ok && result.code === 'unfinished_attempt')).toBe(true);
    const winner = results.find((result) => result.ok);
    expect(await unfinishedOf(device.ownerKey)).toEqual([{ id: winner?.ok ? winner.value.id : '' }]);
  });

  it('replace the unfinished run once when two tabs both choose "start over"', async () => {
    const device = anonymousDevice();
    const first = await startPracticeAttempt(device, RUN);
    if (!first.ok) throw new Error('the first start was refused');
    const results = await Promise.all([startPracticeAttempt(device, { ...RUN, replaces: first.value.id }), startPracticeAttempt(device, { ...RUN, replaces: first.value.id })]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    const unfinished = await unfinishedOf(device.ownerKey);
    expect(unfinished).toHaveLength(1);
    expect(unfinished[0].id).not.toBe(first.value.id);
  });

  it('let a new run start once the unfinished one is submitted', async () => {
    const device = anonymousDevice();
    const first = await startPracticeAttempt(device, RUN);
    if (!first.ok) throw new Error('the first start was refused');
    expect(await startPracticeAttempt(device, RUN)).toMatchObject({ ok: false, code: 'unfinished_attempt' });
    await submitAttempt(device, first.value.id);
    expect(await startPracticeAttempt(device, RUN)).toMatchObject({ ok: true });
  });
});
