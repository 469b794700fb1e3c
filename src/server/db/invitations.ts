import 'server-only';
import { randomUUID } from 'node:crypto';
import { INVITATION_DAYS, normalizeEmail, SETUP_LINK_HOURS, type AcceptInvitationInput, type InviteStaffInput, type SetupAdminInput, type StaffRole } from '@/domain/accounts/schemas';
import { fail, ok, type Failure, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken, newLinkToken } from '@/server/auth/tokens';
import { db, type Tx } from './client';
import { isUniqueViolation } from './errors';

/*
 * Staff invitations and the first-admin setup link: one table, StaffInvitation. Only the SHA-256
 * of a link's token is stored; the token itself is shown once. A setup link is an invitation with
 * no e-mail, role "admin" and no inviter.
 */

export type InvitationRefusal =
  | 'forbidden'
  | 'email_taken'
  | 'invitation_not_found'
  | 'invitation_unknown'
  | 'invitation_expired'
  | 'invitation_used'
  | 'invitation_revoked'
  | 'setup_done';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const forbidden = () => fail('forbidden', 'errors.auth.forbidden');

function toRole(role: string): StaffRole {
  return role === 'admin' ? 'admin' : 'trainer';
}

/** A new link as the admin sees it once: the token goes into the URL and is never stored. */
export type NewInvitationView = { id: string; token: string; email: string; role: StaffRole; expiresAt: Date };

/**
 * An admin invites someone by e-mail to become a trainer or an admin. The link works once, for
 * INVITATION_DAYS days; a newer invitation to the same address replaces a pending one.
 */
export async function createInvitation(admin: StaffViewer, input: InviteStaffInput, now: Date = new Date()): Promise<Result<NewInvitationView, InvitationRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  const email = normalizeEmail(input.email);
  if ((await db.user.count({ where: { email } })) > 0) return fail('email_taken', 'errors.invitation.emailTaken', { email });
  const token = newLinkToken();
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + INVITATION_DAYS * DAY_MS);
  await db.$transaction([
    db.staffInvitation.updateMany({ where: { email, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } }),
    db.staffInvitation.create({ data: { id, tokenHash: hashToken(token), email, role: input.role, invitedById: admin.userId, expiresAt, createdAt: now } }),
  ]);
  return ok({ id, token, email, role: input.role, expiresAt });
}

/** One pending invitation on the admin page. */
export type PendingInvitationView = { id: string; email: string; role: StaffRole; expiresAt: Date; invitedByName: string | null };

/** Invitations that can still be accepted (not used, not revoked, not expired), newest first. */
export async function listPendingInvitations(admin: StaffViewer, now: Date = new Date()): Promise<Result<PendingInvitationView[], InvitationRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  const rows = await db.staffInvitation.findMany({
    where: { email: { not: null }, acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: 'desc' },
    select: { id: true, email: true, role: true, expiresAt: true, invitedById: true },
  });
  const inviters = await db.user.findMany({ where: { id: { in: rows.flatMap((row) => (row.invitedById ? [row.invitedById] : [])) } }, select: { id: true, name: true } });
  const names = new Map(inviters.map((user) => [user.id, user.name]));
  return ok(rows.map((row) => ({ id: row.id, email: row.email ?? '', role: toRole(row.role), expiresAt: row.expiresAt, invitedByName: (row.invitedById && names.get(row.invitedById)) || null })));
}

/** An admin withdraws a pending invitation so its link stops working. Revoking twice is harmless. */
export async function revokeInvitation(admin: StaffViewer, invitationId: string, now: Date = new Date()): Promise<Result<{ email: string }, InvitationRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  const row = await db.staffInvitation.findFirst({ where: { id: invitationId, email: { not: null } }, select: { email: true, acceptedAt: true } });
  if (!row) return fail('invitation_not_found', 'errors.invitation.notFound');
  if (row.acceptedAt) return fail('invitation_used', 'errors.invitation.alreadyAccepted', { email: row.email ?? '' });
  await db.staffInvitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
  return ok({ email: row.email ?? '' });
}

export type InvitationState = 'pending' | 'expired' | 'accepted' | 'revoked';

/** What a link's page shows: whether it still works, and for whom. Unknown tokens give undefined. */
export type InvitationLinkView = {
  kind: 'invitation' | 'setup';
  state: InvitationState;
  email: string | null;
  role: StaffRole;
  expiresAt: Date;
  invitedBy: { name: string; email: string } | null;
};

function stateOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (row.acceptedAt) return 'accepted';
  if (row.revokedAt) return 'revoked';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'pending';
}

/** The invitation or setup link behind a token, or undefined when no link has that token. */
export async function getInvitationLink(token: string, now: Date = new Date()): Promise<InvitationLinkView | undefined> {
  const row = await db.staffInvitation.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true, invitedById: true },
  });
  if (!row) return undefined;
  const inviter = row.invitedById ? await db.user.findUnique({ where: { id: row.invitedById }, select: { name: true, email: true } }) : null;
  return { kind: row.email === null ? 'setup' : 'invitation', state: stateOf(row, now), email: row.email, role: toRole(row.role), expiresAt: row.expiresAt, invitedBy: inviter };
}

const REFUSAL_BY_STATE = {
  invitation: {
    expired: () => fail('invitation_expired', 'errors.invitation.expired'),
    accepted: () => fail('invitation_used', 'errors.invitation.used'),
    revoked: () => fail('invitation_revoked', 'errors.invitation.revoked'),
    unknown: () => fail('invitation_unknown', 'errors.invitation.unknown'),
  },
  setup: {
    expired: () => fail('invitation_expired', 'errors.setup.expired'),
    accepted: () => fail('invitation_used', 'errors.setup.used'),
    revoked: () => fail('invitation_revoked', 'errors.setup.revoked'),
    unknown: () => fail('invitation_unknown', 'errors.setup.unknown'),
  },
} as const;

/** Thrown inside a transaction to roll it back with a refusal; never leaves this module. */
class Refused extends Error {
  constructor(readonly refusal: Failure<InvitationRefusal>) {
    super(refusal.code);
  }
}

/** The user and password rows, written as better-auth writes them on sign-up. */
async function createStaffAccount(tx: Tx, account: { email: string; name: string; role: StaffRole; passwordHash: string; userId: string; accountId: string }, now: Date) {
  await tx.user.create({ data: { id: account.userId, email: account.email, name: account.name, role: account.role, emailVerified: false, createdAt: now, updatedAt: now } });
  await tx.account.create({ data: { id: account.accountId, accountId: account.userId, providerId: 'credential', userId: account.userId, password: account.passwordHash, createdAt: now, updatedAt: now } });
}

/**
 * Hashes the password and makes ids with the authentication library's own settings (argon2id),
 * so the account signs in like any other. Loaded lazily: `npm start` prints the setup link
 * through this module and should not pay for starting the library.
 */
async function prepareAccount(password: string) {
  const { auth } = await import('@/server/auth/auth');
  const context = await auth.$context;
  const newId = (model: string) => context.generateId({ model }) || randomUUID();
  return { passwordHash: await context.password.hash(password), userId: newId('user'), accountId: newId('account') };
}

/**
 * Claims the link and creates the account in one transaction: either the account exists, has the
 * link's role and the link is used, or nothing changed. The password is hashed before the
 * transaction starts, so the database is never held while hashing.
 */
async function redeemLink(
  kind: 'invitation' | 'setup',
  token: string,
  account: { email?: string; name: string; password: string },
  now: Date,
): Promise<Result<{ email: string; role: StaffRole }, InvitationRefusal>> {
  const refusals = REFUSAL_BY_STATE[kind];
  const link = await db.staffInvitation.findUnique({ where: { tokenHash: hashToken(token) }, select: { id: true, email: true } });
  if (!link || (link.email === null) !== (kind === 'setup')) return refusals.unknown();
  const prepared = await prepareAccount(account.password);
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.staffInvitation.findUniqueOrThrow({ where: { id: link.id }, select: { email: true, role: true, expiresAt: true, acceptedAt: true, revokedAt: true } });
      const state = stateOf(row, now);
      if (state !== 'pending') throw new Refused(refusals[state]());
      if (kind === 'setup' && (await tx.user.count({ where: { role: 'admin' } })) > 0) throw new Refused(fail('setup_done', 'errors.setup.done'));
      const email = normalizeEmail(row.email ?? account.email ?? '');
      if ((await tx.user.count({ where: { email } })) > 0) throw new Refused(fail('email_taken', 'errors.account.emailTaken', { email }));
      const role = toRole(row.role);
      // Conditional on still being unused: a second tab accepting at the same moment updates nothing.
      const claimed = await tx.staffInvitation.updateMany({ where: { id: link.id, acceptedAt: null, revokedAt: null }, data: { acceptedAt: now } });
      if (claimed.count !== 1) throw new Refused(refusals.accepted());
      await createStaffAccount(tx, { ...prepared, email, name: account.name, role }, now);
      return ok({ email, role });
    });
  } catch (error) {
    if (error instanceof Refused) return error.refusal;
    if (isUniqueViolation(error)) return fail('email_taken', 'errors.account.emailTaken', { email: normalizeEmail(link.email ?? account.email ?? '') });
    throw error;
  }
}

/** The invitee chooses a name and password; the account gets the invited e-mail and role. */
export async function acceptInvitation(input: AcceptInvitationInput, now: Date = new Date()): Promise<Result<{ email: string; role: StaffRole }, InvitationRefusal>> {
  return redeemLink('invitation', input.token, { name: input.name, password: input.password }, now);
}

/** The first admin creates their account from the setup link; refused once any admin exists. */
export async function completeSetup(input: SetupAdminInput, now: Date = new Date()): Promise<Result<{ email: string; role: StaffRole }, InvitationRefusal>> {
  return redeemLink('setup', input.token, { email: input.email, name: input.name, password: input.password }, now);
}

/**
 * For `npm start` on a fresh install: when no admin exists, withdraws earlier unused setup links
 * and makes a new one (admin role, SETUP_LINK_HOURS hours). Returns undefined once an admin exists.
 */
export async function createSetupLink(now: Date = new Date()): Promise<{ token: string; expiresAt: Date } | undefined> {
  const token = newLinkToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * HOUR_MS);
  return db.$transaction(async (tx) => {
    if ((await tx.user.count({ where: { role: 'admin' } })) > 0) return undefined;
    await tx.staffInvitation.updateMany({ where: { email: null, acceptedAt: null, revokedAt: null }, data: { revokedAt: now } });
    await tx.staffInvitation.create({ data: { id: randomUUID(), tokenHash: hashToken(token), email: null, role: 'admin', invitedById: null, expiresAt, createdAt: now } });
    return { token, expiresAt };
  });
}
