'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { MAX_NEW_STUDENTS_PER_CLASS_HOUR, minutesToWait } from '@/domain/classes/join-limits';
import { joinClassSchema, personalLinkTokenSchema, recoverStudentSchema } from '@/domain/classes/schemas';
import type { FormState } from '@/domain/shared/form-state';
import type { Failure, Result } from '@/domain/shared/result';
import type { Translate } from '@/i18n/translate';
import { getOrCreateDevice, newDevice, setDeviceCookie, type Device } from '@/server/auth/device';
import { hashToken, logDigest } from '@/server/auth/tokens';
import { JOIN_LIMIT, joinLimitKey } from '@/server/classes/join-limit';
import { consumeRateLimitSlot, releaseRateLimitSlot } from '@/server/db/rate-limits';
import { claimPersonalLink, joinClassroom, moveDeviceKey, recoverStudent, type JoinedView, type JoinRefusal } from '@/server/db/students';
import { translateFieldErrors } from './field-errors';
import { formContext } from './form-locale';

/*
 * Student actions: no account, the device cookie (HttpOnly, one year) is who they are. After a
 * join, a claimed personal link or a recovery the device gets a fresh cookie value and the student
 * lands on "my assignments". Logs name classes and links by a short digest, never by their code.
 */

/** Where each refusal is shown: next to the field it is about, or above the form. */
const REFUSAL_FIELD: Partial<Record<JoinRefusal, string>> = { join_code_unknown: 'code', number_taken: 'studentNumber', personal_link_required: 'studentNumber' };

/**
 * A refusal about one field says why next to that field, under the form's usual summary, so the
 * reason is shown once; any other refusal is the whole message.
 */
function refused(t: Translate, failure: Pick<Failure<JoinRefusal>, 'code' | 'message' | 'params'>, values?: Record<string, string>): FormState {
  const reason = t(failure.message, failure.params);
  const field = REFUSAL_FIELD[failure.code];
  const shown = field ? { message: t('errors.join.invalid'), fieldErrors: { [field]: reason } } : { message: reason };
  return { status: 'error', ...shown, ...(values ? { values } : {}) };
}

function invalid(t: Translate, error: z.ZodError, values: Record<string, string>): FormState {
  return { status: 'error', message: t('errors.join.invalid'), fieldErrors: translateFieldErrors(t, error), values };
}

function notSaved(t: Translate, what: string, error: unknown, values: Record<string, string> = {}): FormState {
  console.error(`[join] ${what}:`, error);
  return { status: 'error', message: t('errors.join.notSaved'), values };
}

const CLASS_JOIN_LIMIT = { windowSeconds: 60 * 60, max: MAX_NEW_STUDENTS_PER_CLASS_HOUR };

/**
 * Gives the device a fresh cookie value and moves what the old one owned to it, so a value
 * someone saw or planted before the student joined acts for nobody.
 */
async function rotateDeviceCookie(device: Device): Promise<void> {
  const next = newDevice();
  await moveDeviceKey(device, next);
  await setDeviceCookie(next);
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/** What the join and recover forms send, kept to give back when the form is refused. */
function studentFormValues(form: FormData) {
  return { code: text(form, 'code'), displayName: text(form, 'displayName'), studentNumber: text(form, 'studentNumber') };
}

/**
 * Links this device to a student under the per-address limit of failed attempts: a form state
 * when refused, undefined when the device now acts for the student.
 */
async function linkUnderJoinLimit(
  t: Translate,
  values: Record<string, string>,
  link: (device: Device) => Promise<Result<JoinedView, JoinRefusal>>,
): Promise<FormState | undefined> {
  const limitKey = await joinLimitKey();
  // The slot is taken before trying and given back unless the try failed, so parallel guesses
  // cannot slip past the limit between a check and a count.
  const retryAfter = await consumeRateLimitSlot(limitKey, JOIN_LIMIT);
  if (retryAfter !== undefined) return { status: 'error', message: t('errors.join.rateLimited', { minutes: minutesToWait(retryAfter) }), values };
  let result: Result<JoinedView, JoinRefusal>;
  let device: Device;
  try {
    device = await getOrCreateDevice();
    result = await link(device);
  } catch (error) {
    await releaseRateLimitSlot(limitKey);
    throw error;
  }
  // Only failures count, every one of them: a whole class joins from one school network at once,
  // while someone guessing codes, student numbers or recovery codes fails again and again.
  if (!result.ok) return refused(t, result, values);
  await releaseRateLimitSlot(limitKey);
  await rotateDeviceCookie(device);
  return undefined;
}

/** Counts a refused try that never reached the data layer (a malformed form); a message when the limit is reached. */
async function countRefusedTry(t: Translate, values: Record<string, string>): Promise<FormState | undefined> {
  const retryAfter = await consumeRateLimitSlot(await joinLimitKey(), JOIN_LIMIT);
  return retryAfter === undefined ? undefined : { status: 'error', message: t('errors.join.rateLimited', { minutes: minutesToWait(retryAfter) }), values };
}

/** Joins a class with its code, a display name and an optional student number. */
export async function joinClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const values = studentFormValues(form);
  const input = joinClassSchema.safeParse(values);
  if (!input.success) return invalid(t, input.error, values);
  try {
    // New students per class and hour are capped, so a leaked code cannot flood a class roster.
    const classKey = `class-joins:${hashToken(input.data.code)}`;
    if ((await consumeRateLimitSlot(classKey, CLASS_JOIN_LIMIT)) !== undefined) return { status: 'error', message: t('errors.join.classBusy'), values };
    const refusal = await linkUnderJoinLimit(t, values, (device) => joinClassroom(device, input.data));
    if (refusal) await releaseRateLimitSlot(classKey);
    if (refusal) return refusal;
  } catch (error) {
    return notSaved(t, `could not join class with code ${logDigest(input.data.code)}`, error, values);
  }
  redirect(`/${locale}/my`);
}

/** Claims the imported student behind a personal join link on this device. */
export async function claimPersonalLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const input = personalLinkTokenSchema.safeParse({ token: form.get('token') });
  if (!input.success) return { status: 'error', message: t('errors.join.personalLinkUnknown') };
  try {
    const device = await getOrCreateDevice();
    const result = await claimPersonalLink(device, input.data.token);
    if (!result.ok) return refused(t, result);
    await rotateDeviceCookie(device);
  } catch (error) {
    return notSaved(t, `could not claim personal link ${logDigest(input.data.token)}`, error);
  }
  redirect(`/${locale}/my`);
}

/**
 * Links this device to an existing student of a class that allows recovery, with the one-time
 * code the trainer showed. Every refusal counts against the limit, a form without a code too. The
 * code typed is not given back with a refused form.
 */
export async function recoverStudentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const values = studentFormValues(form);
  const input = recoverStudentSchema.safeParse({ ...values, recoveryCode: text(form, 'recoveryCode') });
  if (!input.success) return (await countRefusedTry(t, values)) ?? invalid(t, input.error, values);
  try {
    const refusal = await linkUnderJoinLimit(t, values, (device) => recoverStudent(device, input.data));
    if (refusal) return refusal;
  } catch (error) {
    return notSaved(t, `could not recover a student in class with code ${logDigest(input.data.code)}`, error, values);
  }
  redirect(`/${locale}/my`);
}
