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
