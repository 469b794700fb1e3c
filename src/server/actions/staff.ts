'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { acceptInvitationSchema, inviteStaffSchema, setupAdminSchema, staffTargetSchema } from '@/domain/accounts/schemas';
import type { FormState } from '@/domain/shared/form-state';
import type { Locale } from '@/domain/shared/locales';
import type { Failure } from '@/domain/shared/result';
import type { Translate } from '@/i18n/translate';
import { endBrowserSession } from '@/server/auth/end-session';
import { requireStaff, type StaffViewer } from '@/server/auth/staff';
import { logDigest } from '@/server/auth/tokens';
import { acceptInvitation, completeSetup, createInvitation, revokeInvitation } from '@/server/db/invitations';
import { disableStaffAccount, enableStaffAccount } from '@/server/db/users';
import { translateFieldErrors } from './field-errors';
import { formContext, formLocale } from './form-locale';

/*
 * Staff accounts: admins invite, withdraw invitations, disable and enable accounts; invitees and
 * the first admin create their account from a link. Every admin action checks the caller again
 * here and in the data layer; a page hiding a button protects nothing.
 */

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === 'string' ? value : undefined;
}

function refused(t: Translate, failure: Failure, values?: Record<string, string>): FormState {
  return { status: 'error', message: t(failure.message, failure.params), values };
}

function invalid(t: Translate, error: z.ZodError, values?: Record<string, string>): FormState {
  const fieldErrors = translateFieldErrors(t, error);
  // The token is no field anyone can fix: a bad link is the whole message.
  const { token: linkError, ...visible } = fieldErrors;
  return { status: 'error', message: linkError ?? t('errors.account.invalid'), fieldErrors: visible, values };
}

function notSaved(t: Translate, what: string, error: unknown): FormState {
  // Ids for the operator; the person sees only that nothing was saved and can try again.
  console.error(`[staff] ${what} failed:`, error);
  return { status: 'error', message: t('errors.staff.notSaved') };
}

/** Runs an admin-only change: re-checks the caller, then calls `change` with the admin. */
async function asAdmin<Done extends object>(form: FormData, what: string, change: (admin: StaffViewer, t: Translate) => Promise<FormState<Done>>): Promise<FormState<Done>> {
  const { t } = formContext(form);
  const caller = await requireStaff('admin');
  if (!caller.ok) return refused(t, caller);
  try {
    const outcome = await change(caller.value, t);
    if (outcome.status === 'done') revalidatePath('/[locale]/admin', 'page');
    return outcome;
  } catch (error) {
    return notSaved(t, `${what} by ${caller.value.userId}`, error);
  }
}

/** An admin invites someone by e-mail; answers with the link to hand over, shown once. */
export async function inviteStaffAction(_previous: FormState<{ invitePath?: string }>, form: FormData): Promise<FormState<{ invitePath?: string }>> {
  const values = { email: text(form, 'email') ?? '', role: text(form, 'role') ?? '' };
  return asAdmin(form, `inviting ${logDigest(values.email)}`, async (admin, t) => {
    const input = inviteStaffSchema.safeParse(values);
    if (!input.success) return invalid(t, input.error, values);
    const result = await createInvitation(admin, input.data);
    if (!result.ok) return refused(t, result, values);
    const locale = formLocale(form);
    return {
      status: 'done',
      message: t('admin.invite.created', { email: result.value.email, role: t(`admin.role.${result.value.role}`) }),
      invitePath: `/${locale}/invite/${result.value.token}`,
    };
  });
}

/** An admin withdraws a pending invitation. */
export async function revokeInvitationAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(form, `revoking invitation ${text(form, 'id')}`, async (admin, t) => {
    const input = staffTargetSchema.safeParse({ id: text(form, 'id') });
    if (!input.success) return refused(t, { ok: false, code: 'invitation_not_found', message: 'errors.invitation.notFound' });
    const result = await revokeInvitation(admin, input.data.id);
    return result.ok ? { status: 'done', message: t('admin.invitations.revoked', { email: result.value.email }) } : refused(t, result);
  });
}

/** An admin disables a staff account; its sessions end at once. */
export async function disableStaffAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(form, `disabling user ${text(form, 'id')}`, async (admin, t) => {
    const input = staffTargetSchema.safeParse({ id: text(form, 'id') });
    if (!input.success) return refused(t, { ok: false, code: 'staff_not_found', message: 'errors.staff.notFound' });
    const result = await disableStaffAccount(admin, input.data.id);
    return result.ok ? { status: 'done', message: t('admin.staff.disabledDone', { email: result.value.email }) } : refused(t, result);
  });
}

/** An admin enables a disabled staff account again. */
export async function enableStaffAction(_previous: FormState, form: FormData): Promise<FormState> {
  return asAdmin(form, `enabling user ${text(form, 'id')}`, async (admin, t) => {
    const input = staffTargetSchema.safeParse({ id: text(form, 'id') });
    if (!input.success) return refused(t, { ok: false, code: 'staff_not_found', message: 'errors.staff.notFound' });
    const result = await enableStaffAccount(admin, input.data.id);
    return result.ok ? { status: 'done', message: t('admin.staff.enabledDone', { email: result.value.email }) } : refused(t, result);
  });
}

/**
 * Where a new account goes: sign-in with a welcome notice and its e-mail filled in, then on to its
 * first page. Sessions start only at the authentication route, with its limits and cookie rules,
 * and the browser's password manager can save the new password from that form.
 */
function welcomeRedirect(locale: Locale, account: { email: string; role: 'admin' | 'trainer' }): never {
  const next = account.role === 'admin' ? `/${locale}/admin` : `/${locale}/trainer`;
  redirect(`/${locale}/sign-in?welcome=1&email=${encodeURIComponent(account.email)}&next=${encodeURIComponent(next)}`);
}

/** The invitee chooses a name and password; on success they go to sign-in with a welcome notice. */
export async function acceptInvitationAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const values = { name: text(form, 'name') ?? '' };
  const input = acceptInvitationSchema.safeParse({ token: text(form, 'token'), name: text(form, 'name'), password: text(form, 'password'), confirmPassword: text(form, 'confirmPassword') });
  if (!input.success) return invalid(t, input.error, values);
  let account: { email: string; role: 'admin' | 'trainer' };
  try {
    const result = await acceptInvitation(input.data);
    if (!result.ok) return refused(t, result, values);
    account = result.value;
  } catch (error) {
    return notSaved(t, `accepting invitation ${logDigest(input.data.token)}`, error);
  }
  // This browser is the invitee's now: whoever was signed in here (often the admin trying the
  // link) is signed out, or the sign-in page would skip the form and go on as them.
  await endBrowserSession();
  welcomeRedirect(locale, account);
}

/** The first admin creates their account from the setup link printed by `npm start`. */
export async function completeSetupAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const values = { name: text(form, 'name') ?? '', email: text(form, 'email') ?? '' };
  const input = setupAdminSchema.safeParse({
    token: text(form, 'token'),
    email: text(form, 'email'),
    name: text(form, 'name'),
    password: text(form, 'password'),
    confirmPassword: text(form, 'confirmPassword'),
  });
  if (!input.success) return invalid(t, input.error, values);
  let account: { email: string; role: 'admin' | 'trainer' };
  try {
    const result = await completeSetup(input.data);
    if (!result.ok) return refused(t, result, values);
    account = result.value;
  } catch (error) {
    return notSaved(t, `completing setup for ${logDigest(input.data.email)}`, error);
  }
  welcomeRedirect(locale, account);
}
