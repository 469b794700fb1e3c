import { describe, expect, it } from 'vitest';
import { assignmentRulesSchema, studentOverrideSchema, type AssignmentRules } from '@/domain/assignments/schemas';
import { ANSWER_GRACE_SECONDS, applyOverride, attemptDeadline, attemptFraction, checkAnswerInTime, checkCanStart, checkExtensionAfterRelease, feedbackReleaseAt, gradeAttempts, hasAttemptsLeft, mayRevealFeedback, mayRevealScore, studentStatus } from '@/domain/assignments/rules';

const at = (time: string) => new Date(`2026-12-01T${time}:00Z`);
const rules: AssignmentRules = {
  opensAt: at('09:00'),
  closesAt: at('17:00'),
  attemptsAllowed: 2,
  grading: 'highest',
  timeLimitMinutes: 20,
  feedback: 'after-attempt',
  shuffleScenarios: false,
  shuffleOptions: false,
};
const plain = applyOverride(rules);

describe('assignmentRulesSchema', () => {
  it('refuses a close time before the open time, naming the field', () => {
    const result = assignmentRulesSchema.safeParse({ ...rules, closesAt: at('08:00') });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['closesAt'], message: 'errors.assignment.closesBeforeOpens' });
  });
});

describe('checkCanStart', () => {
  it.each([
    ['before it opens', 0, at('08:59'), 'assignment_not_open'],
    ['while open with attempts left', 1, at('10:00'), true],
    ['when the attempts are used up', 2, at('10:00'), 'no_attempts_left'],
    ['at the close time', 0, at('17:00'), 'assignment_closed'],
  ])('%s', (_label, used, now, expected) => {
    const result = checkCanStart(plain, used, now);
    expect(result.ok ? true : result.code).toBe(expected);
  });

  it('allows unlimited attempts when attemptsAllowed is null', () => {
    expect(checkCanStart(applyOverride({ ...rules, attemptsAllowed: null }), 99, at('10:00')).ok).toBe(true);
  });
});

describe('per-student overrides', () => {
  const override = studentOverrideSchema.parse({ closesAt: at('20:00'), extraAttempts: 1, extraMinutes: 10 });
  const extended = applyOverride(rules, override);

  it('give an extra attempt and a later close time', () => {
    expect(checkCanStart(extended, 2, at('18:00')).ok).toBe(true);
    expect(checkCanStart(extended, 3, at('18:00'))).toMatchObject({ ok: false, code: 'no_attempts_left', params: { allowed: 3 } });
  });

  it('never shorten the assignment: an earlier close time is ignored', () => {
    expect(applyOverride(rules, studentOverrideSchema.parse({ closesAt: at('12:00') })).closesAt).toEqual(rules.closesAt);
  });

  it('add extra minutes to the time limit', () => {
    expect(attemptDeadline(extended, at('10:00'))).toEqual(at('10:30'));
  });
});

describe('time limit', () => {
  it('ends an attempt at the time limit or the close time, whichever comes first', () => {
    expect(attemptDeadline(plain, at('10:00'))).toEqual(at('10:20'));
    expect(attemptDeadline(plain, at('16:50'))).toEqual(at('17:00'));
  });

  it(`accepts an answer up to ${ANSWER_GRACE_SECONDS} s late and refuses it after that`, () => {
    const deadline = at('10:20').getTime();
    const inTime = (startedAt: Date, now: Date) => checkAnswerInTime(attemptDeadline(plain, startedAt), plain.closesAt, now);
    expect(inTime(at('10:00'), new Date(deadline + ANSWER_GRACE_SECONDS * 1000)).ok).toBe(true);
    expect(inTime(at('10:00'), new Date(deadline + ANSWER_GRACE_SECONDS * 1000 + 1))).toMatchObject({ ok: false, code: 'time_limit_passed' });
    expect(inTime(at('16:50'), at('17:01'))).toMatchObject({ ok: false, code: 'assignment_closed' });
  });
});

describe('mayRevealFeedback and mayRevealScore', () => {
  it.each([
    ['after-each-answer', false, true, at('10:00'), true, true],
    ['after-attempt', false, false, at('10:00'), false, false],
    ['after-attempt', true, false, at('10:00'), true, true],
    // Attempts left: the score, not the key, or an empty first attempt would hand over the answers.
    ['after-attempt', true, true, at('10:00'), true, false],
    ['after-attempt', true, true, at('17:00'), true, true],
    ['after-close', true, false, at('16:59'), false, false],
    ['after-close', true, false, at('17:00'), true, true],
  ] as const)('%s, submitted %s, attempts left %s, at %s -> score %s, key %s', (feedback, isSubmitted, attemptsLeft, now, score, key) => {
    expect(mayRevealScore(feedback, { isSubmitted }, rules.closesAt, now)).toBe(score);
    expect(mayRevealFeedback(feedback, { isSubmitted, hasAttemptsLeft: attemptsLeft }, rules.closesAt, now)).toBe(key);
  });

  it('knows when a student has attempts left', () => {
    expect(hasAttemptsLeft({ attemptsAllowed: 2, closesAt: at('17:00') }, 1, at('10:00'))).toBe(true);
    expect(hasAttemptsLeft({ attemptsAllowed: 2, closesAt: at('17:00') }, 2, at('10:00'))).toBe(false);
    expect(hasAttemptsLeft({ attemptsAllowed: null, closesAt: at('17:00') }, 9, at('10:00'))).toBe(true);
    expect(hasAttemptsLeft({ attemptsAllowed: null, closesAt: at('17:00') }, 1, at('17:00'))).toBe(false);
  });
});

describe('gradeAttempts', () => {
  it.each([
    ['highest', [0.4, 0.9, 0.6], 0.9],
    ['last', [0.4, 0.9, 0.6], 0.6],
    ['first', [0.4, 0.9, 0.6], 0.4],
    ['highest', [], null],
  ] as const)('%s of %j is %s', (method, scores, expected) => {
    expect(gradeAttempts(method, [...scores])).toBe(expected);
  });
});

describe('studentStatus', () => {
  it.each([
    [[], at('10:00'), 'not_started'],
    [[{ isSubmitted: false }], at('10:00'), 'in_progress'],
    [[{ isSubmitted: true }], at('10:00'), 'submitted'],
    [[], at('18:00'), 'overdue'],
    [[{ isSubmitted: true }], at('18:00'), 'closed'],
  ])('%j at %s is %s', (attempts, now, expected) => {
    expect(studentStatus(plain, attempts, now)).toBe(expected);
  });
});

describe('feedback release', () => {
  const grace = ANSWER_GRACE_SECONDS * 1000;
  it('waits for the latest close time among the overrides, plus the answer grace', () => {
    expect(feedbackReleaseAt(at('17:00'), [null, at('18:30'), at('16:00')])).toEqual(new Date(at('18:30').getTime() + grace));
    expect(feedbackReleaseAt(at('17:00'), [])).toEqual(new Date(at('17:00').getTime() + grace));
  });

  it('refuses an extension once the answers are out, and allows it before', () => {
    const releaseAt = feedbackReleaseAt(at('17:00'), []);
    expect(checkExtensionAfterRelease(releaseAt, at('19:00'), 'after-close', at('18:00'))).toMatchObject({ ok: false, code: 'answers_released' });
    expect(checkExtensionAfterRelease(releaseAt, at('19:00'), 'after-close', at('16:00'))).toMatchObject({ ok: true });
    expect(checkExtensionAfterRelease(releaseAt, at('16:30'), 'after-close', at('18:00'))).toMatchObject({ ok: true });
    expect(checkExtensionAfterRelease(releaseAt, at('19:00'), 'after-each-answer', at('18:00'))).toMatchObject({ ok: true });
  });

  it('grades an attempt as the share of its items', () => {
    expect(attemptFraction(1.5, 3)).toBe(0.5);
    expect(attemptFraction(0, 0)).toBe(0);
  });
});
