import { z } from 'zod';

/** Roles of people who sign in with a password; students join by code and have none. */
export const STAFF_ROLES = ['admin', 'trainer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Shortest password accepted for an admin or trainer, in characters. */
export const MIN_PASSWORD_LENGTH = 10;
/** Longest password accepted, in characters; bounds the hashing work per request. */
export const MAX_PASSWORD_LENGTH = 256;

export const staffAccountSchema = z.object({
  email: z.email({ error: 'errors.account.email' }).max(254, { error: 'errors.account.email' }),
  password: z
    .string({ error: 'errors.account.passwordShort' })
    .min(MIN_PASSWORD_LENGTH, { error: 'errors.account.passwordShort' })
    .max(MAX_PASSWORD_LENGTH, { error: 'errors.account.passwordLong' }),
  name: z.string({ error: 'errors.account.name' }).trim().min(1, { error: 'errors.account.name' }).max(100, { error: 'errors.account.name' }),
});
export type StaffAccountInput = z.infer<typeof staffAccountSchema>;

/** How long an admin's invitation link works, in days. */
export const INVITATION_DAYS = 7;
/** How long the first-admin setup link printed by `npm start` works, in hours. */
export const SETUP_LINK_HOURS = 24;

const emailSchema = z.email({ error: 'errors.account.email' }).max(254, { error: 'errors.account.email' });

/** E-mail addresses are compared and stored trimmed and in lower case, as the sign-in library stores them. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An e-mail address as typed into a form: normalised first, then checked. */
const typedEmailSchema = z.string({ error: 'errors.account.email' }).overwrite(normalizeEmail).pipe(emailSchema);

/** An e-mail address handed over in a link (the sign-in form's prefill), normalised; undefined when it is not one. */
export function emailFromLink(value: unknown): string | undefined {
  const parsed = typedEmailSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The token of an invitation or setup link as it appears in the URL (base64url, 32 random bytes). */
export const linkTokenSchema = z.string({ error: 'errors.invitation.unknown' }).regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'errors.invitation.unknown' });

export const staffRoleSchema = z.enum(STAFF_ROLES, { error: 'errors.invitation.role' });

export const inviteStaffSchema = z.object({
  email: typedEmailSchema,
  role: staffRoleSchema,
});
export type InviteStaffInput = z.infer<typeof inviteStaffSchema>;

const newPasswordFields = {
  name: staffAccountSchema.shape.name,
  password: staffAccountSchema.shape.password,
  confirmPassword: z.string({ error: 'errors.account.passwordMismatch' }),
};

function passwordsMatch(value: { password: string; confirmPassword: string }, ctx: z.RefinementCtx) {
  if (value.password !== value.confirmPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: 'errors.account.passwordMismatch' });
}

/** What an invitee enters to accept an invitation: the e-mail is the invited one. */
export const acceptInvitationSchema = z.object({ token: linkTokenSchema, ...newPasswordFields }).superRefine(passwordsMatch);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

/** What the first admin enters on the setup page: like an invitation, plus their e-mail. */
export const setupAdminSchema = z
  .object({ token: linkTokenSchema, email: typedEmailSchema, ...newPasswordFields })
  .superRefine(passwordsMatch);
export type SetupAdminInput = z.infer<typeof setupAdminSchema>;

/** An account or invitation an admin acts on. */
export const staffTargetSchema = z.object({ id: z.string({ error: 'errors.staff.notFound' }).min(1, { error: 'errors.staff.notFound' }).max(100, { error: 'errors.staff.notFound' }) });
