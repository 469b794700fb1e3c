import { describe, expect, it } from 'vitest';
import { FREE_SIGN_IN_FAILURES } from '@/domain/accounts/sign-in-throttle';
import { auth, withSecureCookiesOverHttps } from '@/server/auth/auth';
import { takeSignInTry } from '@/server/db/sign-in-failures';
import { authRequest, createTrainer, TEST_PASSWORD } from '../../../../factories/users';

/*
 * Guesses at one account's password sent together from many addresses: the account's throttle
 * counts each try before the password is checked, so no more than the free tries get through.
 */

const handler = withSecureCookiesOverHttps(auth.handler);
const T0 = 1_800_000_000_000;

describe('parallel sign-in tries for one account', () => {
  it('let only the free tries through before the account must wait', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => takeSignInTry('guessed@example.org', T0)));
    expect(results.filter((result) => result === undefined)).toHaveLength(FREE_SIGN_IN_FAILURES);
    expect(results.filter((result) => result !== undefined).every((seconds) => seconds! >= 1)).toBe(true);
  });

  it('check the password no more often than the free tries allow, from however many addresses', async () => {
    const { email } = await createTrainer();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) => handler(authRequest('/sign-in/email', { email, password: 'wrong password!' }, `203.0.113.${20 + index}`))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(FREE_SIGN_IN_FAILURES);
    expect(statuses.filter((status) => status === 429)).toHaveLength(12 - FREE_SIGN_IN_FAILURES);
    // The owner is slowed down too, never locked out: the right password is refused only for now.
    expect((await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '203.0.113.99'))).status).toBe(429);
  });
});
