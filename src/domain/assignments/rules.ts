import { fail, ok, type Result } from '../shared/result';
import type { AssignmentRules, FeedbackTiming, GradingMethod, StudentOverride } from './schemas';

/**
 * Answers that arrive this long after the time limit still count: the student pressed the
 * button in time and the network was slow. Documented in the README.
 */
export const ANSWER_GRACE_SECONDS = 30;

/** The rules as they apply to one student, after their override. */
export type EffectiveRules = AssignmentRules & { extraMinutes: number };

export function applyOverride(rules: AssignmentRules, override?: StudentOverride): EffectiveRules {
  if (!override) return { ...rules, extraMinutes: 0 };
  const closesAt = override.closesAt && override.closesAt > rules.closesAt ? override.closesAt : rules.closesAt;
  const attemptsAllowed = rules.attemptsAllowed === null ? null : rules.attemptsAllowed + override.extraAttempts;
  return { ...rules, closesAt, attemptsAllowed, extraMinutes: override.extraMinutes };
}

export type StartRefusal = 'assignment_not_open' | 'assignment_closed' | 'no_attempts_left';

/** Whether a student may start another attempt now, having used `attemptsUsed`. */
export function checkCanStart(rules: EffectiveRules, attemptsUsed: number, now: Date): Result<null, StartRefusal> {
  if (now < rules.opensAt) return fail('assignment_not_open', 'errors.assignment.notOpen');
  if (now >= rules.closesAt) return fail('assignment_closed', 'errors.assignment.closed');
  if (rules.attemptsAllowed !== null && attemptsUsed >= rules.attemptsAllowed) {
    return fail('no_attempts_left', 'errors.assignment.noAttemptsLeft', { allowed: rules.attemptsAllowed });
  }
  return ok(null);
}

/** When an attempt started at `startedAt` must end: the time limit or the close time, whichever is first. */
export function attemptDeadline(rules: EffectiveRules, startedAt: Date): Date {
  if (rules.timeLimitMinutes === null) return rules.closesAt;
  const limit = new Date(startedAt.getTime() + (rules.timeLimitMinutes + rules.extraMinutes) * 60_000);
  return limit < rules.closesAt ? limit : rules.closesAt;
}

export type AnswerTimeRefusal = 'time_limit_passed' | 'assignment_closed';

/** True once `now` is past the deadline plus the network grace. */
export function isPastDeadline(deadline: Date, now: Date): boolean {
  return now.getTime() > deadline.getTime() + ANSWER_GRACE_SECONDS * 1000;
}

/**
 * Whether an answer arriving at `now` is still in time for an attempt that ends at `deadline`
 * (see attemptDeadline; overrides and edits may move it), allowing the network grace.
 */
export function checkAnswerInTime(deadline: Date, closesAt: Date, now: Date): Result<null, AnswerTimeRefusal> {
  if (!isPastDeadline(deadline, now)) return ok(null);
  return deadline < closesAt ? fail('time_limit_passed', 'errors.assignment.timeLimitPassed') : fail('assignment_closed', 'errors.assignment.closed');
}

/**
 * Which of a student's submitted attempts (scores in 0..1, oldest first) counts: the first, the
 * last, or the highest (the earliest of equal highest ones); null when none was submitted.
 */
export function gradedAttemptIndex(method: GradingMethod, scoresOldestFirst: readonly number[]): number | null {
  if (scoresOldestFirst.length === 0) return null;
  if (method === 'first') return 0;
  if (method === 'last') return scoresOldestFirst.length - 1;
  return scoresOldestFirst.reduce((best, score, index) => (score > scoresOldestFirst[best] ? index : best), 0);
}

/** The grade that counts among a student's submitted attempts (scores in 0..1, oldest first). */
export function gradeAttempts(method: GradingMethod, scoresOldestFirst: number[]): number | null {
  const index = gradedAttemptIndex(method, scoresOldestFirst);
  return index === null ? null : scoresOldestFirst[index];
}

export type StudentAssignmentStatus = 'not_started' | 'in_progress' | 'submitted' | 'overdue' | 'closed';

/** What "my assignments" shows for one assignment. */
export function studentStatus(rules: EffectiveRules, attempts: { isSubmitted: boolean }[], now: Date): StudentAssignmentStatus {
  const hasSubmitted = attempts.some((attempt) => attempt.isSubmitted);
  const isOpen = attempts.some((attempt) => !attempt.isSubmitted);
  if (now >= rules.closesAt) return hasSubmitted ? 'closed' : 'overdue';
  if (isOpen) return 'in_progress';
  return hasSubmitted ? 'submitted' : 'not_started';
}

/**
 * When feedback held back for the close may be shown: once the assignment is closed for everyone,
 * including students with a later close time, and the answer grace has passed, so no answer key
 * reaches a student who may still answer.
 */
export function feedbackReleaseAt(classClosesAt: Date, overrideClosesAt: (Date | null)[]): Date {
  const latest = overrideClosesAt.reduce<Date>((last, closesAt) => (closesAt && closesAt > last ? closesAt : last), classClosesAt);
  return new Date(latest.getTime() + ANSWER_GRACE_SECONDS * 1000);
}

/** What the feedback rules need to know about one attempt. */
export type FeedbackAttemptState = {
  isSubmitted: boolean;
  /** The student could still start another attempt (attempts left and the close not reached). */
  hasAttemptsLeft: boolean;
};

/** Whether an attempt's score may be shown now; `releaseAt` from feedbackReleaseAt. */
export function mayRevealScore(feedback: FeedbackTiming, attempt: Pick<FeedbackAttemptState, 'isSubmitted'>, releaseAt: Date, now: Date): boolean {
  if (feedback === 'after-each-answer') return true;
  if (feedback === 'after-attempt') return attempt.isSubmitted || now >= releaseAt;
  return now >= releaseAt;
}

/**
 * Whether the answer key and explanations may be shown now. "After the attempt" waits until the
 * student has no attempt left (or everyone's close has passed): otherwise an empty first attempt
 * would hand them the key for the second.
 */
export function mayRevealFeedback(feedback: FeedbackTiming, attempt: FeedbackAttemptState, releaseAt: Date, now: Date): boolean {
  if (feedback === 'after-each-answer') return true;
  if (now >= releaseAt) return true;
  return feedback === 'after-attempt' && attempt.isSubmitted && !attempt.hasAttemptsLeft;
}

/** Whether a student could start another attempt, having used `attemptsUsed`: what hasAttemptsLeft means. */
export function hasAttemptsLeft(rules: Pick<EffectiveRules, 'attemptsAllowed' | 'closesAt'>, attemptsUsed: number, now: Date): boolean {
  return now < rules.closesAt && (rules.attemptsAllowed === null || attemptsUsed < rules.attemptsAllowed);
}

/**
 * An extension given once the answers are out would let a student work with the key in hand:
 * a close time later than an already passed release is refused.
 */
export function checkExtensionAfterRelease(currentReleaseAt: Date, newClosesAt: Date | null, feedback: FeedbackTiming, now: Date): Result<null, 'answers_released'> {
  if (feedback === 'after-each-answer' || !newClosesAt || now < currentReleaseAt) return ok(null);
  const newRelease = new Date(newClosesAt.getTime() + ANSWER_GRACE_SECONDS * 1000);
  return newRelease > currentReleaseAt ? fail('answers_released', 'errors.assignment.answersReleased') : ok(null);
}

/** The score of one attempt as a fraction 0..1: the sum of item scores over the number of items. */
export function attemptFraction(score: number, itemCount: number): number {
  return itemCount === 0 ? 0 : score / itemCount;
}
