import { describe, expect, it } from 'vitest';
import { db } from '@/server/db/client';
import { consumeRateLimitSlot, purgeStaleRateLimits, releaseRateLimitSlot, usedRateLimitSlots } from '@/server/db/rate-limits';

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
    await consumeRateLimitSlot('test:old', LIMIT, T0 - 25 * 60 * 60 * 1000);
    await consumeRateLimitSlot('test:new', LIMIT, T0);
    expect(await purgeStaleRateLimits(T0)).toBe(1);
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key)).toEqual(['test:new']);
  });
});
