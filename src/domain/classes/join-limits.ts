/**
 * Failed joins and recoveries allowed per client address in one window: guessing codes or student
 * numbers stops quickly, while successful joins (a whole class behind one school address) never
 * count.
 */
export const JOIN_MAX_ATTEMPTS = 20;
/** Length of the join rate-limit window, in seconds. */
export const JOIN_WINDOW_SECONDS = 10 * 60;
/** New students one class may gain by its code in one hour: a leaked code cannot flood the roster. */
export const MAX_NEW_STUDENTS_PER_CLASS_HOUR = 300;
/** Largest roster file accepted for preview and import, in bytes (2,000 rows fit many times over). */
export const MAX_ROSTER_FILE_BYTES = 256 * 1024;

/** Whole minutes to wait, at least 1, for a retry-after in seconds. */
export function minutesToWait(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60));
}
