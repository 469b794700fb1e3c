import { describe, expect, it } from 'vitest';
import { auth } from '@/server/auth/auth';
import { db } from '@/server/db/client';
import { consumeRateLimitSlot, purgeStaleRateLimits, releaseRateLimitSlot, usedRateLimitSlots } from '@/server/db/rate-limits';
import { authRequest, createTrainer, TEST_PASSWORD } from '../../../factories/users';

const LIMIT = { windowSeconds: 600, max: 5 };
const T0 = 1_800_000_000_000;

describe('rate-limit slots', () => {
  it('hands out at most `max` slots per window, even to requests arriving together', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => consumeRateLimitSlot('test:burst', LIMIT, T0)));
    expect(results.filter((result) => result === undefined)).toHaveLength(5);
    expect(results.filter((result) => result !== undefined).every((seconds) => seconds! > 0 && seconds! <= 600)).toBe(true);
    expect(await usedRateLimitSlots('test:burst', LIMIT, T0)).toBe(5);
  });

  it('starts a new window once the old one is over', async () => {
    for (let slot = 0; slot < 5; slot += 1) await consumeRateLimitSlot('test:window', LIMIT, T0);
    expect(await consumeRateLimitSlot('test:window', LIMIT, T0 + 599_000)).toBe(1);
    expect(await consumeRateLimitSlot('test:window', LIMIT, T0 + 600_000)).toBeUndefined();
    expect(await usedRateLimitSlots('test:window', LIMIT, T0 + 600_000)).toBe(1);
  });

  it('gives a slot back when only failures should count', async () => {
    for (let slot = 0; slot < 5; slot += 1) await consumeRateLimitSlot('test:release', LIMIT, T0);
    await releaseRateLimitSlot('test:release');
    expect(await consumeRateLimitSlot('test:release', LIMIT, T0)).toBeUndefined();
  });

  it('purges counters nobody touched for a day, and keeps the others', async () => {
    // Written directly: taking a slot purges now and then, at random (tested below), which would
    // sometimes remove the old row before the purge under test sees it.
    const windowEnd = (start: number) => BigInt(start + LIMIT.windowSeconds * 1000);
    await db.rateLimit.create({ data: { id: 'old', key: 'test:old', count: 1, lastRequest: windowEnd(T0 - 25 * 60 * 60 * 1000) } });
    await db.rateLimit.create({ data: { id: 'new', key: 'test:new', count: 1, lastRequest: windowEnd(T0) } });
    // Counted, not assumed: a sign-in of an earlier test may still be writing its own (real-time) row.
    const stale = await db.rateLimit.count({ where: { lastRequest: { lt: BigInt(T0 - 24 * 60 * 60 * 1000) } } });
    expect(stale).toBeGreaterThanOrEqual(1);
    expect(await purgeStaleRateLimits(T0)).toBe(stale);
    expect((await db.rateLimit.findMany({ where: { key: { startsWith: 'test:' } }, select: { key: true } })).map((row) => row.key)).toEqual(['test:new']);
  });

  it('purges stale counters on about one request in 50, without a scheduled job', async () => {
    const staleEnd = BigInt(T0 - 25 * 60 * 60 * 1000);
    await db.rateLimit.create({ data: { id: 'old', key: 'test:old', count: 1, lastRequest: staleEnd } });
    const stale = { key: 'test:old' };

    await consumeRateLimitSlot('test:new', LIMIT, T0, () => 1 / 50);
    expect(await db.rateLimit.count({ where: stale })).toBe(1);
    await consumeRateLimitSlot('test:new', LIMIT, T0, () => 0.99);
    expect(await db.rateLimit.count({ where: stale })).toBe(1);
    await consumeRateLimitSlot('test:new', LIMIT, T0, () => 0);
    expect(await db.rateLimit.count({ where: stale })).toBe(0);
    expect(await usedRateLimitSlots('test:new', LIMIT, T0)).toBe(3);
  });

  it('keeps an hour-long window when the sign-in limiter, sharing the table, prunes its own old rows', async () => {
    const hourly = { windowSeconds: 60 * 60, max: 3 };
    const started = Date.now() - 20 * 60_000;
    await consumeRateLimitSlot('test:hourly', hourly, started);
    // A sign-in whose address bucket has expired makes the library start a new window and delete
    // the rows it thinks are older than its longest window (15 minutes).
    const { email } = await createTrainer();
    await db.rateLimit.create({ data: { id: 'auth-row', key: '203.0.113.61|/sign-in/email', count: 1, lastRequest: BigInt(Date.now() - 16 * 60_000) } });
    expect((await auth.handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '203.0.113.61'))).status).toBe(200);
    expect(await usedRateLimitSlots('test:hourly', hourly)).toBe(1);
  });
});
