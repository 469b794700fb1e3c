import { describe, expect, it } from 'vitest';
import { auth } from '@/server/auth/auth';
import { createOrPromoteAdmin } from '@/server/auth/create-admin';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken } from '@/server/auth/tokens';
import { db } from '@/server/db/client';
import {
  acceptInvitation,
  completeSetup,
  createInvitation,
  createSetupLink,
  getInvitationLink,
  listPendingInvitations,
  revokeInvitation,
} from '@/server/db/invitations';
import { createTrainer } from '../../../factories/users';

const NEW_PASSWORD = 'a brand new passphrase';
const DAY = 24 * 60 * 60 * 1000;

async function anAdmin(): Promise<StaffViewer> {
  const result = await createOrPromoteAdmin({ email: `admin-${Math.random().toString(36).slice(2)}@example.com`, password: 'admin passphrase', name: 'Ada Admin' });
  if (!result.ok) throw new Error('could not create the admin');
  return { kind: 'staff', userId: result.value.user.id, role: 'admin', name: 'Ada Admin', email: result.value.user.email };
}

async function aTrainerViewer(): Promise<StaffViewer> {
  const { id, email } = await createTrainer();
  return { kind: 'staff', userId: id, role: 'trainer', name: 'Test Trainer', email };
}

async function invite(admin: StaffViewer, email = 'new.trainer@example.com', role: 'admin' | 'trainer' = 'trainer', now = new Date()) {
  const result = await createInvitation(admin, { email, role }, now);
  if (!result.ok) throw new Error(`invitation refused: ${result.code}`);
  return result.value;
}

const accept = (token: string, now?: Date) => acceptInvitation({ token, name: 'Nia New', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, now);
const snapshot = async () => ({ users: await db.user.count(), accounts: await db.account.count(), invitations: await db.staffInvitation.findMany({ orderBy: { id: 'asc' } }) });

describe('staff invitations', () => {
  it('stores only the hash of the token and lists the invitation as pending for 7 days', async () => {
    const admin = await anAdmin();
    const now = new Date('2030-03-01T08:00:00Z');
    const invitation = await invite(admin, 'New.Trainer@Example.com', 'trainer', now);
    expect(invitation).toMatchObject({ email: 'new.trainer@example.com', role: 'trainer', expiresAt: new Date('2030-03-08T08:00:00Z') });
    const row = await db.staffInvitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toBe(hashToken(invitation.token));
    expect(JSON.stringify(row)).not.toContain(invitation.token);
    expect(row.invitedById).toBe(admin.userId);
    expect(await listPendingInvitations(admin, now)).toEqual({
      ok: true,
      value: [{ id: invitation.id, email: 'new.trainer@example.com', role: 'trainer', expiresAt: invitation.expiresAt, invitedByName: 'Ada Admin' }],
    });
    expect(await listPendingInvitations(admin, new Date(now.getTime() + 8 * DAY))).toEqual({ ok: true, value: [] });
  });

  it('refuses a trainer who tries to invite, list or revoke, and changes nothing', async () => {
    const admin = await anAdmin();
    const invitation = await invite(admin);
    const trainer = await aTrainerViewer();
    const before = await snapshot();
    expect(await createInvitation(trainer, { email: 'friend@example.com', role: 'admin' })).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await listPendingInvitations(trainer)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await revokeInvitation(trainer, invitation.id)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to invite an address that already has an account', async () => {
    const admin = await anAdmin();
    const { email } = await createTrainer();
    expect(await createInvitation(admin, { email, role: 'trainer' })).toMatchObject({ ok: false, code: 'email_taken', message: 'errors.invitation.emailTaken', params: { email } });
    expect(await db.staffInvitation.count()).toBe(0);
  });

  it('replaces a pending invitation when the same address is invited again', async () => {
    const admin = await anAdmin();
    const first = await invite(admin);
    const second = await invite(admin, 'new.trainer@example.com', 'admin');
    expect((await getInvitationLink(first.token))?.state).toBe('revoked');
    expect(await accept(first.token)).toMatchObject({ ok: false, code: 'invitation_revoked' });
    expect(await accept(second.token)).toEqual({ ok: true, value: { email: 'new.trainer@example.com', role: 'admin' } });
  });

  it.each(['trainer', 'admin'] as const)('creates a %s who can sign in, and marks the invitation accepted', async (role) => {
    const admin = await anAdmin();
    const invitation = await invite(admin, 'invitee@example.com', role);
    expect(await getInvitationLink(invitation.token)).toMatchObject({ kind: 'invitation', state: 'pending', email: 'invitee@example.com', role, invitedBy: { name: 'Ada Admin' } });

    expect(await accept(invitation.token)).toEqual({ ok: true, value: { email: 'invitee@example.com', role } });
    const user = await db.user.findUniqueOrThrow({ where: { email: 'invitee@example.com' }, select: { id: true, name: true, role: true, disabledAt: true } });
    expect(user).toMatchObject({ name: 'Nia New', role, disabledAt: null });
    const signedIn = await auth.api.signInEmail({ body: { email: 'invitee@example.com', password: NEW_PASSWORD } });
    expect(signedIn.user.id).toBe(user.id);
    const password = await db.account.findFirstOrThrow({ where: { userId: user.id, providerId: 'credential' }, select: { password: true } });
    expect(password.password).toMatch(/^\$argon2id\$/);
    expect((await getInvitationLink(invitation.token))?.state).toBe('accepted');
    expect(await listPendingInvitations(admin)).toEqual({ ok: true, value: [] });
  });

  it('refuses an expired invitation and creates nothing', async () => {
    const admin = await anAdmin();
    const now = new Date('2030-03-01T08:00:00Z');
    const invitation = await invite(admin, 'late@example.com', 'trainer', now);
    const before = await snapshot();
    const later = new Date(now.getTime() + 7 * DAY + 1000);
    expect((await getInvitationLink(invitation.token, later))?.state).toBe('expired');
    expect(await accept(invitation.token, later)).toEqual({ ok: false, code: 'invitation_expired', message: 'errors.invitation.expired' });
    expect(await snapshot()).toEqual(before);
  });

  it('works once: the second acceptance is refused and no second account appears', async () => {
    const admin = await anAdmin();
    const invitation = await invite(admin);
    expect(await accept(invitation.token)).toMatchObject({ ok: true });
    const before = await snapshot();
    expect(await accept(invitation.token)).toEqual({ ok: false, code: 'invitation_used', message: 'errors.invitation.used' });
    expect(await snapshot()).toEqual(before);
  });

  it('lets only one of two simultaneous acceptances through', async () => {
    const admin = await anAdmin();
    const invitation = await invite(admin);
    const results = await Promise.all([accept(invitation.token), accept(invitation.token)]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.user.count({ where: { email: 'new.trainer@example.com' } })).toBe(1);
    expect(await db.account.count()).toBe(2);
  });

  it('refuses a revoked invitation; revoking again is harmless, revoking a used one is refused', async () => {
    const admin = await anAdmin();
    const invitation = await invite(admin);
    expect(await revokeInvitation(admin, invitation.id)).toEqual({ ok: true, value: { email: 'new.trainer@example.com' } });
    expect(await revokeInvitation(admin, invitation.id)).toMatchObject({ ok: true });
    const before = await snapshot();
    expect(await accept(invitation.token)).toEqual({ ok: false, code: 'invitation_revoked', message: 'errors.invitation.revoked' });
    expect(await snapshot()).toEqual(before);

    const used = await invite(admin, 'used@example.com');
    await accept(used.token);
    expect(await revokeInvitation(admin, used.id)).toMatchObject({ ok: false, code: 'invitation_used' });
    expect(await revokeInvitation(admin, 'no-such-invitation')).toMatchObject({ ok: false, code: 'invitation_not_found' });
  });

  it('refuses an unknown token, and a setup token on the invitation page', async () => {
    await anAdmin();
    expect(await accept('x'.repeat(43))).toEqual({ ok: false, code: 'invitation_unknown', message: 'errors.invitation.unknown' });
    expect(await getInvitationLink('x'.repeat(43))).toBeUndefined();
  });

  it('keeps the invitation usable when its address got an account meanwhile, and says so', async () => {
    const admin = await anAdmin();
    const invitation = await invite(admin, 'twice@example.com');
    await createTrainer({ email: 'twice@example.com' });
    const before = await snapshot();
    expect(await accept(invitation.token)).toMatchObject({ ok: false, code: 'email_taken', message: 'errors.account.emailTaken', params: { email: 'twice@example.com' } });
    expect(await snapshot()).toEqual(before);
  });
});

describe('the first-admin setup link', () => {
  const setup = (token: string, email = 'first@example.com', now?: Date) => completeSetup({ token, email, name: 'First Admin', password: NEW_PASSWORD, confirmPassword: NEW_PASSWORD }, now);

  it('is made only while no admin exists, lasts 24 hours and replaces earlier unused links', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const first = await createSetupLink(now);
    expect(first?.expiresAt).toEqual(new Date('2030-01-02T00:00:00Z'));
    const second = await createSetupLink(now);
    expect(await getInvitationLink(first!.token, now)).toMatchObject({ kind: 'setup', state: 'revoked', email: null, role: 'admin', invitedBy: null });
    expect(await getInvitationLink(second!.token, now)).toMatchObject({ kind: 'setup', state: 'pending' });
    expect(await db.staffInvitation.count({ where: { revokedAt: null } })).toBe(1);

    await anAdmin();
    const before = await snapshot();
    expect(await createSetupLink(now)).toBeUndefined();
    expect(await snapshot()).toEqual(before);
  });

  it('creates an admin with the e-mail they enter, once', async () => {
    const link = await createSetupLink();
    expect(await setup(link!.token, ' First@Example.com ')).toEqual({ ok: true, value: { email: 'first@example.com', role: 'admin' } });
    expect(await db.user.findUniqueOrThrow({ where: { email: 'first@example.com' }, select: { role: true, name: true } })).toEqual({ role: 'admin', name: 'First Admin' });
    await expect(auth.api.signInEmail({ body: { email: 'first@example.com', password: NEW_PASSWORD } })).resolves.toMatchObject({ user: { email: 'first@example.com' } });
    expect(await setup(link!.token, 'second@example.com')).toMatchObject({ ok: false, code: 'invitation_used', message: 'errors.setup.used' });
  });

  it('is refused once an admin exists, even while the link has not expired', async () => {
    const link = await createSetupLink();
    await anAdmin();
    const before = await snapshot();
    expect(await setup(link!.token)).toEqual({ ok: false, code: 'setup_done', message: 'errors.setup.done' });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an expired setup link and an invitation token used as a setup link', async () => {
    const now = new Date('2030-01-01T00:00:00Z');
    const link = await createSetupLink(now);
    expect(await setup(link!.token, 'first@example.com', new Date('2030-01-02T00:00:01Z'))).toMatchObject({ ok: false, code: 'invitation_expired', message: 'errors.setup.expired' });

    const admin = await anAdmin();
    const invitation = await invite(admin);
    expect(await setup(invitation.token)).toMatchObject({ ok: false, code: 'invitation_unknown', message: 'errors.setup.unknown' });
    expect(await accept(link!.token)).toMatchObject({ ok: false, code: 'invitation_unknown' });
  });
});
