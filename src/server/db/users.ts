import 'server-only';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { normalizeEmail, type StaffRole } from '@/domain/accounts/schemas';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { db, dbProvider } from '@/server/db/client';

/** better-auth's view of the database: its five models through the one Prisma client. */
export const authDatabase = prismaAdapter(db, { provider: dbProvider });

export type StaffUserView = { id: string; email: string; role: StaffRole; isDisabled: boolean };

function toView(row: { id: string; email: string; role: string; disabledAt: Date | null }): StaffUserView {
  return { id: row.id, email: row.email, role: row.role === 'admin' ? 'admin' : 'trainer', isDisabled: row.disabledAt !== null };
}

const STAFF_SELECT = { id: true, email: true, role: true, disabledAt: true } as const;

/** The user with this e-mail (compared normalised, as better-auth stores it), or undefined. */
export async function getUserByEmail(email: string): Promise<StaffUserView | undefined> {
  const row = await db.user.findUnique({ where: { email: normalizeEmail(email) }, select: STAFF_SELECT });
  return row ? toView(row) : undefined;
}

/** True when the user exists and an admin has disabled the account. */
export async function isUserDisabled(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  return row?.disabledAt != null;
}

/** Gives the user the admin role. */
export async function promoteToAdmin(userId: string): Promise<StaffUserView> {
  return toView(await db.user.update({ where: { id: userId }, data: { role: 'admin' }, select: STAFF_SELECT }));
}

/** Disables the account and ends its sessions in one transaction; `at` is stored in UTC. */
export async function disableUser(userId: string, at: Date = new Date()): Promise<void> {
  await db.$transaction([
    db.user.update({ where: { id: userId }, data: { disabledAt: at } }),
    db.session.deleteMany({ where: { userId } }),
  ]);
}

/** Enables a disabled account again; its owner signs in anew (their old sessions are gone). */
export async function enableUser(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { disabledAt: null } });
}

/** True when any account holds the admin role (enabled or not). */
export async function hasAdmin(): Promise<boolean> {
  return (await db.user.count({ where: { role: 'admin' } })) > 0;
}

/** One row of the admin page's staff list. */
export type StaffMemberView = { id: string; name: string; email: string; role: StaffRole; isDisabled: boolean; isYou: boolean };

export type StaffRefusal = 'forbidden' | 'staff_not_found' | 'cannot_disable_self';

const forbidden = () => fail('forbidden', 'errors.auth.forbidden');

/** Every admin and trainer, admins first, then by name; only admins may list them. */
export async function listStaff(admin: StaffViewer): Promise<Result<StaffMemberView[], StaffRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  const rows = await db.user.findMany({ orderBy: [{ role: 'asc' }, { name: 'asc' }, { email: 'asc' }], select: { name: true, ...STAFF_SELECT } });
  return ok(rows.map((row) => ({ ...toView(row), name: row.name, isYou: row.id === admin.userId })));
}

/**
 * An admin disables another staff account: it can no longer sign in and its sessions end at once.
 * Disabling oneself is refused, so there is always an admin left who can undo it.
 */
export async function disableStaffAccount(admin: StaffViewer, userId: string, at: Date = new Date()): Promise<Result<StaffUserView, StaffRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  if (userId === admin.userId) return fail('cannot_disable_self', 'errors.staff.cannotDisableSelf');
  const target = await db.user.findUnique({ where: { id: userId }, select: STAFF_SELECT });
  if (!target) return fail('staff_not_found', 'errors.staff.notFound');
  if (!target.disabledAt) await disableUser(userId, at);
  return ok({ ...toView(target), isDisabled: true });
}

/** An admin enables a disabled staff account again. */
export async function enableStaffAccount(admin: StaffViewer, userId: string): Promise<Result<StaffUserView, StaffRefusal>> {
  if (admin.role !== 'admin') return forbidden();
  const target = await db.user.findUnique({ where: { id: userId }, select: STAFF_SELECT });
  if (!target) return fail('staff_not_found', 'errors.staff.notFound');
  if (target.disabledAt) await enableUser(userId);
  return ok({ ...toView(target), isDisabled: false });
}
