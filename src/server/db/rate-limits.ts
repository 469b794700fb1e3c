import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/server/db/client';

/**
 * Counts one attempt against `key` in a fixed window (seconds) that starts at the first attempt.
 * Returns undefined when allowed, or the seconds until the window ends when `max` is used up.
 * Shares better-auth's RateLimit table; keys start with "account:" so they never clash with its own.
 */
export async function consumeAttempt(key: string, windowSeconds: number, max: number, now = Date.now()): Promise<number | undefined> {
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    const windowStart = row ? Number(row.lastRequest) : now;
    if (!row || now - windowStart >= windowSeconds * 1000) {
      await tx.rateLimit.upsert({ where: { key }, create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) }, update: { count: 1, lastRequest: BigInt(now) } });
      return undefined;
    }
    if (row.count >= max) return Math.ceil((windowStart + windowSeconds * 1000 - now) / 1000);
    await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return undefined;
  });
}

/**
 * Seconds until `key` may try again when its window already holds `max` attempts; undefined
 * when it may go on. Reads only: callers that count failures alone call consumeAttempt after one.
 */
export async function retryAfterIfLimited(key: string, windowSeconds: number, max: number, now = Date.now()): Promise<number | undefined> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
  if (!row) return undefined;
  const windowEnd = Number(row.lastRequest) + windowSeconds * 1000;
  return now < windowEnd && row.count >= max ? Math.ceil((windowEnd - now) / 1000) : undefined;
}
