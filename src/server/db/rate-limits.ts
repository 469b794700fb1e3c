import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/server/db/client';
import { isUniqueViolation } from './errors';

/*
 * Fixed-window counters in the RateLimit table, shared with better-auth. Its keys are an address, a
 * "|" and the path ("<address>|/sign-in/email"); ours are a name, a colon and an address or a hash
 * ("join:<address>", "practice:<hash>") and never hold a "|", so the two never clash. Every
 * check-and-count is one conditional write whose row count is checked, so parallel requests on
 * any number of app instances cannot take more slots than the limit allows.
 *
 * Our rows keep the END of their current window in `lastRequest` (milliseconds since the epoch).
 * Whenever one of better-auth's windows restarts it deletes every row whose `lastRequest` is older
 * than its longest window (15 minutes): a row holding its window's start would lose an hour-long
 * window after a quarter of an hour, one holding the end is kept until the window is long over.
 */

/** Counters untouched for this long are deleted; no window is longer. */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;
/** One request in this many also deletes stale counters, so the table stays small without a job. */
const PURGE_EVERY = 50;

export type RateLimit = { windowSeconds: number; max: number };

/**
 * Takes one slot of `key`'s current window. Returns undefined when a slot was free (the caller may
 * go on), or the seconds until the window ends when all `max` are taken. `random` decides whether
 * this request also purges stale counters.
 */
export async function consumeRateLimitSlot(key: string, { windowSeconds, max }: RateLimit, now = Date.now(), random: () => number = Math.random): Promise<number | undefined> {
  if (Math.floor(random() * PURGE_EVERY) === 0) await purgeStaleRateLimits(now);
  const nowMs = BigInt(now);
  const newWindowEnds = BigInt(now + windowSeconds * 1000);
  for (let tries = 0; tries < 3; tries += 1) {
    // A slot in the current window, only while one is free.
    const taken = await db.rateLimit.updateMany({ where: { key, count: { lt: max }, lastRequest: { gt: nowMs } }, data: { count: { increment: 1 } } });
    if (taken.count === 1) return undefined;
    // The window is over: start a new one, unless another request just did.
    const restarted = await db.rateLimit.updateMany({ where: { key, lastRequest: { lte: nowMs } }, data: { count: 1, lastRequest: newWindowEnds } });
    if (restarted.count === 1) return undefined;
    const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    // Full for now; or else another request has just started a new window: take a slot in that.
    if (row && row.count >= max && row.lastRequest > nowMs) return secondsUntil(row.lastRequest, now);
    if (row) continue;
    try {
      await db.rateLimit.create({ data: { id: randomUUID(), key, count: 1, lastRequest: newWindowEnds } });
      return undefined;
    } catch (error) {
      // Another request created the counter first: take a slot in it.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return windowSeconds;
}

/** Gives back a slot taken by consumeRateLimitSlot: used when only failures should count. */
export async function releaseRateLimitSlot(key: string): Promise<void> {
  await db.rateLimit.updateMany({ where: { key, count: { gt: 0 } }, data: { count: { decrement: 1 } } });
}

/** Whole seconds from `now` until a window's end, at least 1. */
const secondsUntil = (windowEnd: bigint, now: number) => Math.max(1, Math.ceil((Number(windowEnd) - now) / 1000));

/** Seconds until `key` may try again when its window is full; undefined when it may go on. Reads only. */
export async function retryAfterIfLimited(key: string, { max }: RateLimit, now = Date.now()): Promise<number | undefined> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
  return row && now < Number(row.lastRequest) && row.count >= max ? secondsUntil(row.lastRequest, now) : undefined;
}

/** How many slots `key` has used in its current window (0 when the window is over). */
export async function usedRateLimitSlots(key: string, _limit: Pick<RateLimit, 'windowSeconds'>, now = Date.now()): Promise<number> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
  return row && now < Number(row.lastRequest) ? row.count : 0;
}

/** Deletes counters whose window ended a day ago or more (and better-auth's untouched for a day). */
export async function purgeStaleRateLimits(now = Date.now()): Promise<number> {
  const purged = await db.rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - STALE_AFTER_MS) } } });
  return purged.count;
}
