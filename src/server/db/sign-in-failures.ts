import 'server-only';
import { randomUUID } from 'node:crypto';
import { normalizeEmail } from '@/domain/accounts/schemas';
import { accountThrottleSeconds, SIGN_IN_FAILURE_MEMORY_SECONDS } from '@/domain/accounts/sign-in-throttle';
import { hashToken } from '@/server/auth/tokens';
import { db } from './client';

/*
 * Failed sign-ins per account, in the RateLimit table under "account:" + a hash of the e-mail (the
 * address itself is not stored). `lastRequest` holds the time of the latest failure.
 */

const keyOf = (email: string) => `account:${hashToken(normalizeEmail(email))}`;

/** Seconds the next sign-in of this account must wait after recent failures; undefined when none. */
export async function accountThrottle(email: string, now = Date.now()): Promise<number | undefined> {
  const row = await db.rateLimit.findUnique({ where: { key: keyOf(email) }, select: { count: true, lastRequest: true } });
  if (!row) return undefined;
  return accountThrottleSeconds(row.count, Number(row.lastRequest), now);
}

/** Counts one failed sign-in; failures older than the memory are forgotten first. */
export async function recordSignInFailure(email: string, now = Date.now()): Promise<void> {
  const key = keyOf(email);
  const forgetBefore = BigInt(now - SIGN_IN_FAILURE_MEMORY_SECONDS * 1000);
  await db.rateLimit.updateMany({ where: { key, lastRequest: { lt: forgetBefore } }, data: { count: 0 } });
  await db.rateLimit.upsert({ where: { key }, create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) }, update: { count: { increment: 1 }, lastRequest: BigInt(now) } });
}

/** A successful sign-in forgets the account's failures. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(email) } });
}
