import { z } from 'zod';
import { hasControlCharacters } from '../shared/text';
import { normalizeJoinCode } from './join-code';
import { isWellFormedRecoveryCode, normalizeRecoveryCode } from './recovery-code';

export const MAX_CLASS_NAME_LENGTH = 80;
export const MAX_DISPLAY_NAME_LENGTH = 40;
export const MAX_STUDENT_NUMBER_LENGTH = 32;

export const classroomNameSchema = z
  .string({ error: 'errors.class.name' })
  .trim()
  .min(1, { error: 'errors.class.name' })
  .max(MAX_CLASS_NAME_LENGTH, { error: 'errors.class.name' });

export const createClassroomSchema = z.object({ name: classroomNameSchema });
export type CreateClassroomInput = z.infer<typeof createClassroomSchema>;

export const joinCodeSchema = z
  .string({ error: 'errors.join.code' })
  .transform(normalizeJoinCode)
  .pipe(z.string().regex(/^[A-Z0-9]{6}$/, { error: 'errors.join.code' }));

const isPlainText = (value: string) => !hasControlCharacters(value);

/** A name as a student types it: one line, no control characters (see hasControlCharacters). */
export const displayNameSchema = z
  .string({ error: 'errors.join.name' })
  .trim()
  .min(1, { error: 'errors.join.name' })
  .max(MAX_DISPLAY_NAME_LENGTH, { error: 'errors.join.name' })
  .refine(isPlainText, { error: 'errors.join.nameControl' });

const optionalStudentNumberSchema = z
  .string()
  .trim()
  .max(MAX_STUDENT_NUMBER_LENGTH, { error: 'errors.join.number' })
  .refine(isPlainText, { error: 'errors.join.numberControl' })
  .optional()
  .transform((value) => (value ? value : null));

/** What a student types to join a class with its code. */
export const joinClassSchema = z.object({
  code: joinCodeSchema,
  displayName: displayNameSchema,
  studentNumber: optionalStudentNumberSchema,
});
export type JoinClassInput = z.infer<typeof joinClassSchema>;

/** The one-time code a trainer shows a student who continues on a new device. */
export const recoveryCodeSchema = z
  .string({ error: 'errors.recover.code' })
  .transform(normalizeRecoveryCode)
  .pipe(z.string().refine(isWellFormedRecoveryCode, { error: 'errors.recover.code' }));

/**
 * What a student types on a new device to take over their record: class code, name, student
 * number and the recovery code their trainer showed them; all must match.
 */
export const recoverStudentSchema = z.object({
  code: joinCodeSchema,
  displayName: displayNameSchema,
  studentNumber: z
    .string({ error: 'errors.recover.number' })
    .trim()
    .min(1, { error: 'errors.recover.number' })
    .max(MAX_STUDENT_NUMBER_LENGTH, { error: 'errors.join.number' })
    .refine(isPlainText, { error: 'errors.join.numberControl' }),
  recoveryCode: recoveryCodeSchema,
});
export type RecoverStudentInput = z.infer<typeof recoverStudentSchema>;

/** Ids as they arrive from a form; an unknown id is refused by the data layer as "not found". */
const idSchema = z.string({ error: 'errors.class.notFound' }).trim().min(1, { error: 'errors.class.notFound' }).max(64, { error: 'errors.class.notFound' });

/** A trainer action on one class. */
export const classroomRefSchema = z.object({ classroomId: idSchema });

/** A trainer removing one student from a class. */
export const removeStudentSchema = z.object({
  classroomId: idSchema,
  studentId: z.string({ error: 'errors.class.studentNotFound' }).trim().min(1, { error: 'errors.class.studentNotFound' }).max(64, { error: 'errors.class.studentNotFound' }),
});

/** A trainer acting on one student of a class: a recovery code or a new personal link for them. */
export const studentRefSchema = removeStudentSchema;

/** The recovery switch as a form sends it: "true" or "false". */
export const allowRecoveryFormSchema = z.object({
  classroomId: idSchema,
  allowRecovery: z.enum(['true', 'false'], { error: 'errors.class.settingInvalid' }).transform((value) => value === 'true'),
});

/** A personal join link's token: 32 random bytes, base64url. */
export const personalLinkTokenSchema = z.object({
  token: z.string({ error: 'errors.join.personalLinkUnknown' }).regex(/^[A-Za-z0-9_-]{20,100}$/, { error: 'errors.join.personalLinkUnknown' }),
});
