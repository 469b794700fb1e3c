/**
 * Joins and recoveries allowed per client address in one window. Every attempt counts, successful
 * ones too, so guessing codes or student numbers stops quickly; the window is short because a
 * class behind one shared address also draws on the same budget.
 */
export const JOIN_MAX_ATTEMPTS = 20;
/** Length of the join rate-limit window, in seconds. */
export const JOIN_WINDOW_SECONDS = 10 * 60;
/** Largest roster file accepted for preview and import, in bytes (2,000 rows fit many times over). */
export const MAX_ROSTER_FILE_BYTES = 256 * 1024;

/**
 * The client address a request came from, read the way the sign-in limit reads it: the first
 * X-Forwarded-For entry, then X-Real-IP; "unknown" shares one bucket when neither is present.
 */
export function clientAddress(forwardedFor: string | null | undefined, realIp: string | null | undefined): string {
  const first = forwardedFor?.split(',')[0]?.trim();
  if (first) return first.toLowerCase();
  const real = realIp?.trim();
  return real ? real.toLowerCase() : 'unknown';
}

/** Whole minutes to wait, at least 1, for a retry-after in seconds. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
