/**
 * Per-account sign-in throttling: after a few failures each further try must wait, twice as long
 * each time up to a cap. The account is never locked: its owner can always sign in after a short
 * wait, while someone guessing from many addresses gets a try a minute at best.
 */

/** Failures allowed without any wait. */
export const FREE_SIGN_IN_FAILURES = 5;
/** The longest wait between two tries, in seconds. */
export const MAX_SIGN_IN_WAIT_SECONDS = 60;
/** Failures older than this are forgotten. */
export const SIGN_IN_FAILURE_MEMORY_SECONDS = 15 * 60;

/** Seconds to wait before the next try after `failures`, the last at `lastFailureMs`; undefined when none. */
export function accountThrottleSeconds(failures: number, lastFailureMs: number, nowMs: number): number | undefined {
  if (nowMs - lastFailureMs >= SIGN_IN_FAILURE_MEMORY_SECONDS * 1000) return undefined;
  if (failures < FREE_SIGN_IN_FAILURES) return undefined;
  const wait = Math.min(MAX_SIGN_IN_WAIT_SECONDS, 2 ** (failures - FREE_SIGN_IN_FAILURES + 1));
  const remaining = Math.ceil((lastFailureMs + wait * 1000 - nowMs) / 1000);
  return remaining > 0 ? remaining : undefined;
}
