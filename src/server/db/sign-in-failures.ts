import 'server-only';
import { randomUUID } from 'node:crypto';
import { normalizeEmail } from '@/domain/accounts/schemas';
import { accountThrottleSeconds, SIGN_IN_FAILURE_MEMORY_SECONDS } from '@/domain/accounts/sign-in-throttle';
import { hashToken } from '@/server/auth/tokens';
import { db } from './client';
import { isUniqueViolation } from './errors';

/*
 * Failed sign-ins per account, in the RateLimit table under "account:" + a hash of the e-mail (the
 * address itself is not stored). A try is counted when it starts and forgotten with the others when
 * it succeeds, so a try that fails for any reason counts; `lastRequest` holds the time of the latest
 * counted try.
 */

const keyOf = (email: string) => `account:${hashToken(normalizeEmail(email))}`;

/** How often a try that lost the counter to a try sent at the same moment reads it again. */
const TAKE_TRIES = 5;

/**
 * Takes one sign-in try for the account: undefined when it may go on, or the seconds it must wait
 * after recent failures. The try counts as a failure from here on (a successful sign-in then
 * forgets them all, see clearSignInFailures); it is taken with a conditional write on the counter
 * as it was read, so tries sent together cannot all pass the check before any of them is counted.
 */
export async function takeSignInTry(email: string, now = Date.now()): Promise<number | undefined> {
  const key = keyOf(email);
  for (let tries = 0; tries < TAKE_TRIES; tries += 1) {
    const row = await db.rateLimit.findUnique({ where: { key }, select: { count: true, lastRequest: true } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) } });
        return undefined;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        continue; // another try created the counter first: read it again
      }
    }
    const isForgotten = now - Number(row.lastRequest) >= SIGN_IN_FAILURE_MEMORY_SECONDS * 1000;
    const failures = isForgotten ? 0 : row.count;
    const wait = accountThrottleSeconds(failures, Number(row.lastRequest), now);
    if (wait !== undefined) return wait;
    const taken = await db.rateLimit.updateMany({ where: { key, count: row.count, lastRequest: row.lastRequest }, data: { count: failures + 1, lastRequest: BigInt(now) } });
    if (taken.count === 1) return undefined;
  }
  return 1; // the counter kept changing under this try: many are arriving, so this one waits
}

/** A successful sign-in forgets the account's failures. */
export async function clearSignInFailures(email: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: keyOf(email) } });
}
