import { describe, expect, it } from 'vitest';
import { inviteStaffSchema, normalizeEmail, setupAdminSchema } from '@/domain/accounts/schemas';

describe('e-mail addresses', () => {
  it('are normalised trimmed and in lower case, once and for all', () => {
    expect(normalizeEmail('  New.Trainer@Example.COM ')).toBe('new.trainer@example.com');
    expect(normalizeEmail(normalizeEmail(' A@B.org'))).toBe('a@b.org');
  });

  it('reach the invitation and setup forms normalised, and a malformed one is refused', () => {
    expect(inviteStaffSchema.parse({ email: ' Ann@Example.com ', role: 'trainer' }).email).toBe('ann@example.com');
    const setup = { token: 'x'.repeat(43), name: 'Ada', password: 'a long passphrase', confirmPassword: 'a long passphrase' };
    expect(setupAdminSchema.parse({ ...setup, email: 'ADA@example.com' }).email).toBe('ada@example.com');
    expect(inviteStaffSchema.safeParse({ email: 'not an address', role: 'trainer' }).error?.issues[0]?.message).toBe('errors.account.email');
  });
});
