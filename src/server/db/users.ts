import 'server-only';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import type { StaffRole } from '@/domain/accounts/schemas';
import { db } from '@/server/db/client';

/** better-auth's view of the database: its five models through the one Prisma client. */
export const authDatabase = prismaAdapter(db, { provider: 'sqlite' });

export type StaffUserView = { id: string; email: string; role: StaffRole; isDisabled: boolean };

function toView(row: { id: string; email: string; role: string; disabledAt: Date | null }): StaffUserView {
  return { id: row.id, email: row.email, role: row.role === 'admin' ? 'admin' : 'trainer', isDisabled: row.disabledAt !== null };
}

const STAFF_SELECT = { id: true, email: true, role: true, disabledAt: true } as const;

/** The user with this e-mail (compared in lower case, as better-auth stores it), or undefined. */
export async function getUserByEmail(email: string): Promise<StaffUserView | undefined> {
  const row = await db.user.findUnique({ where: { email: email.toLowerCase() }, select: STAFF_SELECT });
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
