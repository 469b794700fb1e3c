import 'server-only';
import { staffAccountSchema } from '@/domain/accounts/schemas';
import { fieldErrorKeys, type FieldErrors } from '@/domain/shared/field-errors';
import { fail, ok, type Result } from '@/domain/shared/result';
import { auth } from '@/server/auth/auth';
import { getUserByEmail, promoteToAdmin, type StaffUserView } from '@/server/db/users';

export type CreateAdminOutcome = { user: StaffUserView; wasCreated: boolean };

/**
 * Creates an admin account, or gives an existing account the admin role (its password is kept).
 * Fails with `invalid_input` and one catalogue key per bad field.
 */
export async function createOrPromoteAdmin(input: unknown): Promise<Result<CreateAdminOutcome> & { fieldErrors?: FieldErrors }> {
  const parsed = staffAccountSchema.safeParse(input);
  if (!parsed.success) return { ...fail('invalid_input', 'errors.account.invalid'), fieldErrors: fieldErrorKeys(parsed.error) };
  const existing = await getUserByEmail(parsed.data.email);
  if (existing) return ok({ user: await promoteToAdmin(existing.id), wasCreated: false });
  const { user } = await auth.api.signUpEmail({ body: parsed.data });
  return ok({ user: await promoteToAdmin(user.id), wasCreated: true });
}
