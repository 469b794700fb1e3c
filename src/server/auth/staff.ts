import 'server-only';
import { getSessionCookie } from 'better-auth/cookies';
import { headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import type { StaffRole } from '@/domain/accounts/schemas';
import { fail, ok, type Result } from '@/domain/shared/result';
import { auth } from '@/server/auth/auth';

/** A signed-in admin or trainer, as every staff data function receives them. */
export type StaffViewer = { kind: 'staff'; userId: string; role: StaffRole; name: string; email: string };

export type StaffRefusal = 'not_signed_in' | 'forbidden';

/** The signed-in admin or trainer of this request, or undefined (signed out, expired, disabled). */
export async function getStaffViewer(): Promise<StaffViewer | undefined> {
  const requestHeaders = await headers();
  // Students never carry a session cookie: skip the session look-up (a database read) on their pages.
  if (!getSessionCookie(requestHeaders)) return undefined;
  const session = await auth.api.getSession({ headers: requestHeaders });
  if (!session) return undefined;
  const user = session.user as typeof session.user & { role?: string; disabledAt?: Date | null };
  // A disabled account's sessions are deleted, but a cached cookie must not outlive that.
  if (user.disabledAt) return undefined;
  return { kind: 'staff', userId: user.id, role: user.role === 'admin' ? 'admin' : 'trainer', name: user.name, email: user.email };
}

/** The signed-in staff member if they hold one of `roles`; a refusal otherwise. */
export async function requireStaff(...roles: StaffRole[]): Promise<Result<StaffViewer, StaffRefusal>> {
  const staff = await getStaffViewer();
  if (!staff) return fail('not_signed_in', 'errors.auth.signInRequired');
  if (roles.length > 0 && !roles.includes(staff.role)) return fail('forbidden', 'errors.auth.forbidden');
  return ok(staff);
}

/**
 * For staff pages: the signed-in staff member, or a redirect to sign-in that comes back to
 * `returnTo`. Only a convenience for pages; every data function and action checks again.
 */
export async function getStaffForPage(locale: string, returnTo: string, ...roles: StaffRole[]): Promise<StaffViewer> {
  const staff = await getStaffViewer();
  if (!staff) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  // Pages a role may not use look like pages that do not exist, as for a wrong id.
  if (roles.length > 0 && !roles.includes(staff.role)) notFound();
  return staff;
}
