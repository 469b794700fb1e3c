import { describe, expect, it } from 'vitest';
import { FREE_SIGN_IN_FAILURES } from '@/domain/accounts/sign-in-throttle';
import { auth, SIGN_IN_MAX_ATTEMPTS, withSecureCookiesOverHttps } from '@/server/auth/auth';
import { db } from '@/server/db/client';
import { disableUser } from '@/server/db/users';
import { authRequest, createTrainer, TEST_PASSWORD } from '../../../factories/users';

const handler = withSecureCookiesOverHttps(auth.handler);

describe('sign-in with e-mail and password', () => {
  it('signs a new trainer in and stores the password as an argon2id hash', async () => {
    const { id, email } = await createTrainer();
    const account = await db.account.findFirstOrThrow({ where: { userId: id, providerId: 'credential' }, select: { password: true } });
    expect(account.password).toMatch(/^\$argon2id\$/);
    expect(await db.user.findUniqueOrThrow({ where: { id }, select: { role: true, disabledAt: true } })).toEqual({ role: 'trainer', disabledAt: null });

    const signedIn = await auth.api.signInEmail({ body: { email, password: TEST_PASSWORD } });
    expect(signedIn.user.id).toBe(id);
    expect(await db.session.count({ where: { userId: id } })).toBe(1);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that is Secure only over HTTPS', async () => {
    const { email } = await createTrainer();
    const overHttp = await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '198.51.100.1'));
    expect(overHttp.status).toBe(200);
    const cookie = overHttp.headers.getSetCookie().find((value) => value.includes('session_token'));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);

    const httpsRequest = authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '198.51.100.2');
    httpsRequest.headers.set('x-forwarded-proto', 'https');
    const overHttps = await handler(httpsRequest);
    expect(overHttps.headers.getSetCookie().find((value) => value.includes('session_token'))).toMatch(/; Secure/);
  });

  it('accepts a sign-in from the address the browser used and refuses one posted from another site', async () => {
    const { email } = await createTrainer();
    expect((await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '198.51.100.3'))).status).toBe(200);
    const crossSite = await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '198.51.100.4', 'https://evil.example'));
    expect(crossSite.status).toBe(403);
  });

  it('refuses a wrong password without creating a session', async () => {
    const { id, email } = await createTrainer();
    await expect(auth.api.signInEmail({ body: { email, password: 'not the password' } })).rejects.toMatchObject({ statusCode: 401 });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
  });

  it('answers 429 with a retry-after once an address has used up its attempts', async () => {
    const { email } = await createTrainer();
    // Guesses at several accounts from one address: the per-address limit, not the per-account one.
    for (let attempt = 0; attempt < SIGN_IN_MAX_ATTEMPTS; attempt++) {
      expect((await handler(authRequest('/sign-in/email', { email: `guess-${attempt}@example.com`, password: 'wrong password!' }))).status).toBe(401);
    }
    const blocked = await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('x-retry-after'))).toBeGreaterThan(14 * 60);
    expect(await db.rateLimit.count()).toBeGreaterThan(0);

    const otherAddress = await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '192.0.2.44'));
    expect(otherAddress.status).toBe(200);
  });

  it('slows down failed sign-ins to one account from many addresses, and never locks the owner out', async () => {
    const { email } = await createTrainer();
    for (let attempt = 0; attempt < FREE_SIGN_IN_FAILURES; attempt++) {
      expect((await handler(authRequest('/sign-in/email', { email, password: 'wrong password!' }, `203.0.113.${100 + attempt}`))).status).toBe(401);
    }
    // The next try must wait a little, whatever address it comes from.
    const slowed = await handler(authRequest('/sign-in/email', { email: email.toUpperCase(), password: TEST_PASSWORD }, '203.0.113.250'));
    expect(slowed.status).toBe(429);
    expect(Number(slowed.headers.get('x-retry-after'))).toBeGreaterThanOrEqual(1);
    expect(Number(slowed.headers.get('x-retry-after'))).toBeLessThanOrEqual(60);
    expect(await db.session.count()).toBe(0);
    // The e-mail is not stored in the counter, only a hash of it.
    expect((await db.rateLimit.findMany({ select: { key: true } })).map((row) => row.key).join(' ')).not.toContain(email.split('@')[0]);

    // Once the short wait is over, the owner signs in, and the failures are forgotten.
    await db.rateLimit.updateMany({ where: { key: { startsWith: 'account:' } }, data: { lastRequest: BigInt(Date.now() - 61_000) } });
    expect((await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '203.0.113.251'))).status).toBe(200);
    expect(await db.rateLimit.count({ where: { key: { startsWith: 'account:' } } })).toBe(0);
  });

  it('does not count successful sign-ins against the account', async () => {
    const { email } = await createTrainer();
    for (let attempt = 0; attempt < FREE_SIGN_IN_FAILURES + 10; attempt++) {
      expect((await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, `198.51.100.${10 + attempt}`))).status).toBe(200);
    }
  });

  it('trusts only the recorded client address: a forged X-Forwarded-For neither escapes nor fills a bucket', async () => {
    const { email } = await createTrainer();
    for (let attempt = 0; attempt < SIGN_IN_MAX_ATTEMPTS; attempt++) {
      const request = authRequest('/sign-in/email', { email: `nobody-${attempt}@example.com`, password: 'wrong password!' }, '203.0.113.90');
      request.headers.set('x-forwarded-for', `192.0.2.${attempt}`);
      expect((await handler(request)).status).toBe(401);
    }
    const blocked = authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '203.0.113.90');
    blocked.headers.set('x-forwarded-for', '192.0.2.200');
    expect((await handler(blocked)).status).toBe(429);
    // The addresses named in the forged header were not charged.
    expect((await handler(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }, '192.0.2.0'))).status).toBe(200);
  });

  it('refuses a disabled user even with the right password', async () => {
    const { id, email } = await createTrainer();
    await disableUser(id);
    await expect(auth.api.signInEmail({ body: { email, password: TEST_PASSWORD } })).rejects.toMatchObject({ statusCode: 403, body: { code: 'ACCOUNT_DISABLED' } });
    expect(await db.session.count({ where: { userId: id } })).toBe(0);
  });

  it('refuses sign-up from a browser: accounts are made by admins', async () => {
    const response = await handler(authRequest('/sign-up/email', { email: 'visitor@example.com', password: TEST_PASSWORD, name: 'Visitor' }));
    expect(response.status).toBe(403);
    expect(await db.user.count()).toBe(0);
  });
});
