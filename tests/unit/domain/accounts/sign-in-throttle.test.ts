import { describe, expect, it } from 'vitest';
import { accountThrottleSeconds, FREE_SIGN_IN_FAILURES, MAX_SIGN_IN_WAIT_SECONDS, SIGN_IN_FAILURE_MEMORY_SECONDS } from '@/domain/accounts/sign-in-throttle';

describe('per-account sign-in throttling', () => {
  const now = 1_000_000_000;
  it('lets the first failures through without a wait', () => {
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES - 1, now, now)).toBeUndefined();
  });

  it('doubles the wait after each further failure, up to a cap', () => {
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES, now, now)).toBe(2);
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES + 1, now, now)).toBe(4);
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES + 20, now, now)).toBe(MAX_SIGN_IN_WAIT_SECONDS);
  });

  it('never locks: once the wait is over the next try is allowed, and old failures are forgotten', () => {
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES + 20, now, now + MAX_SIGN_IN_WAIT_SECONDS * 1000)).toBeUndefined();
    expect(accountThrottleSeconds(FREE_SIGN_IN_FAILURES + 20, now, now + SIGN_IN_FAILURE_MEMORY_SECONDS * 1000)).toBeUndefined();
  });
});
