'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { personalJoinUrl, requestOrigin } from '@/domain/classes/join-links';
import type { PersonalLinksState } from '@/domain/classes/personal-links';
import { qrCodeSvg } from '@/domain/classes/qr-code';
import { MAX_ROSTER_FILE_BYTES } from '@/domain/classes/join-limits';
import { previewRosterCsv, type RosterPreview } from '@/domain/classes/roster-csv';
import type { RosterProblemView, RosterUploadState } from '@/domain/classes/roster-upload';
import { allowRecoveryFormSchema, classroomRefSchema, createClassroomSchema, removeStudentSchema, studentRefSchema } from '@/domain/classes/schemas';
import type { FormState } from '@/domain/shared/form-state';
import type { Failure } from '@/domain/shared/result';
import type { Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import { requireStaff, type StaffViewer } from '@/server/auth/staff';
import { createClassroom, findRosterConflicts, importRoster, removeStudent, rotateJoinCode, setAllowRecovery, type RosterConflict } from '@/server/db/classrooms';
import { issuePersonalLinks, issueRecoveryCode } from '@/server/db/student-access';
import { isHttpsRequest } from '@/server/http/https';
import { formContext } from './form-locale';

/*
 * Trainer actions on classes. Each one checks the signed-in staff member again (a page check
 * protects nothing), and the data layer checks that the class is theirs (admins manage all).
 */

const refusal = (t: Translate, failure: Pick<Failure, 'message' | 'params'>): { status: 'error'; message: string } => ({ status: 'error', message: t(failure.message, failure.params) });

/** Logs an unexpected failure with the ids involved; the trainer only hears "not saved, try again". */
function notSaved(t: Translate, what: string, error: unknown): { status: 'error'; message: string } {
  console.error(`[classes] ${what}:`, error);
  return { status: 'error', message: t('errors.class.notSaved') };
}

async function staffOrRefusal(t: Translate): Promise<StaffViewer | { status: 'error'; message: string }> {
  const staff = await requireStaff('trainer', 'admin');
  return staff.ok ? staff.value : refusal(t, staff);
}

const isRefusal = (value: StaffViewer | { status: 'error' }): value is { status: 'error'; message: string } => 'status' in value;

function revalidateClass(locale: Locale, classroomId: string): void {
  revalidatePath(`/${locale}/trainer/classes/${classroomId}`);
  revalidatePath(`/${locale}/trainer`);
}

/** Creates a class for the signed-in trainer and opens it, so its join code is on screen at once. */
export async function createClassAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const name = String(form.get('name') ?? '');
  const input = createClassroomSchema.safeParse({ name });
  if (!input.success) return { status: 'error', message: t('errors.class.name'), fieldErrors: { name: t('errors.class.name') }, values: { name } };
  let classroomId: string;
  try {
    classroomId = (await createClassroom(staff, input.data)).id;
  } catch (error) {
    return { ...notSaved(t, `could not create a class for user ${staff.userId}`, error), values: { name } };
  }
  revalidatePath(`/${locale}/trainer`);
  redirect(`/${locale}/trainer/classes/${classroomId}`);
}

/** Gives the class a new join code; the old one stops working at once. */
export async function rotateJoinCodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = classroomRefSchema.safeParse({ classroomId: form.get('classroomId') });
  if (!input.success) return refusal(t, { message: 'errors.class.notFound' });
  try {
    const result = await rotateJoinCode(staff, input.data.classroomId);
    if (!result.ok) return refusal(t, result);
    revalidateClass(locale, input.data.classroomId);
    return { status: 'done', message: t('class.codeRotated', { code: result.value.joinCode }) };
  } catch (error) {
    return notSaved(t, `could not rotate the join code of class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/** Turns "recover on a new device" on or off for one class. */
export async function setAllowRecoveryAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = allowRecoveryFormSchema.safeParse({ classroomId: form.get('classroomId'), allowRecovery: form.get('allowRecovery') });
  if (!input.success) return refusal(t, { message: input.error.issues[0]?.message ?? 'errors.class.notFound' });
  try {
    const result = await setAllowRecovery(staff, input.data.classroomId, input.data.allowRecovery);
    if (!result.ok) return refusal(t, result);
    revalidateClass(locale, input.data.classroomId);
    return { status: 'done', message: t(input.data.allowRecovery ? 'class.recoveryTurnedOn' : 'class.recoveryTurnedOff') };
  } catch (error) {
    return notSaved(t, `could not change recovery of class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/** Removes a student from the roster; their attempts stay, marked removed. */
export async function removeStudentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = removeStudentSchema.safeParse({ classroomId: form.get('classroomId'), studentId: form.get('studentId') });
  if (!input.success) return refusal(t, { message: input.error.issues[0]?.message ?? 'errors.class.studentNotFound' });
  try {
    const result = await removeStudent(staff, input.data.classroomId, input.data.studentId);
    if (!result.ok) return refusal(t, result);
    revalidateClass(locale, input.data.classroomId);
    return { status: 'done', message: t('class.studentRemoved') };
  } catch (error) {
    return notSaved(t, `could not remove student ${input.data.studentId} from class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

function problemViews(t: Translate, preview: RosterPreview, conflicts: RosterConflict[]): RosterProblemView[] {
  return [
    ...preview.problems.map((problem) => ({ line: problem.line, message: t(problem.message, { line: problem.line, ...problem.params }) })),
    ...conflicts.map((conflict) => ({ line: conflict.line, message: t('errors.roster.numberInClass', { line: conflict.line, number: conflict.number }) })),
  ].sort((a, b) => a.line - b.line);
}

function previewState(t: Translate, fileName: string, bytes: Uint8Array, preview: RosterPreview, conflicts: RosterConflict[]): RosterUploadState {
  return {
    status: 'preview',
    fileName,
    encoding: t(`roster.encoding.${preview.encoding}`),
    rows: preview.rows,
    problems: problemViews(t, preview, conflicts),
    csv: Buffer.from(bytes).toString('base64'),
  };
}

/** Reads an uploaded roster and shows what would be imported, with every problem by line; writes nothing. */
export async function previewRosterAction(_previous: RosterUploadState, form: FormData): Promise<RosterUploadState> {
  const { t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = classroomRefSchema.safeParse({ classroomId: form.get('classroomId') });
  if (!input.success) return refusal(t, { message: 'errors.class.notFound' });
  const file = form.get('file');
  if (file === null || typeof file === 'string' || file.size === 0) return refusal(t, { message: 'errors.roster.noFile' });
  if (file.size > MAX_ROSTER_FILE_BYTES) return refusal(t, { message: 'errors.roster.fileTooLarge', params: { max: Math.round(MAX_ROSTER_FILE_BYTES / 1024) } });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const preview = previewRosterCsv(bytes);
  try {
    const conflicts = await findRosterConflicts(staff, input.data.classroomId, preview.rows);
    if (!conflicts.ok) return refusal(t, conflicts);
    return previewState(t, file.name, bytes, preview, conflicts.value);
  } catch (error) {
    return notSaved(t, `could not check a roster for class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/**
 * Imports the roster file that was previewed. The file is read and checked again here, so what is
 * written never depends on what the browser says the preview contained; any problem imports nothing.
 */
export async function importRosterAction(_previous: RosterUploadState, form: FormData): Promise<RosterUploadState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = classroomRefSchema.safeParse({ classroomId: form.get('classroomId') });
  if (!input.success) return refusal(t, { message: 'errors.class.notFound' });
  const csv = form.get('csv');
  const fileName = String(form.get('fileName') ?? '');
  if (typeof csv !== 'string' || csv.length === 0) return refusal(t, { message: 'errors.roster.noFile' });
  const bytes = new Uint8Array(Buffer.from(csv, 'base64'));
  if (bytes.length === 0) return refusal(t, { message: 'errors.roster.noFile' });
  if (bytes.length > MAX_ROSTER_FILE_BYTES) return refusal(t, { message: 'errors.roster.fileTooLarge', params: { max: Math.round(MAX_ROSTER_FILE_BYTES / 1024) } });
  const preview = previewRosterCsv(bytes);
  if (preview.problems.length > 0) return previewState(t, fileName, bytes, preview, []);
  try {
    const result = await importRoster(staff, input.data.classroomId, preview.rows);
    if (!result.ok) {
      if (result.code === 'roster_conflict') return previewState(t, fileName, bytes, preview, result.conflicts ?? []);
      return refusal(t, result);
    }
    revalidateClass(locale, input.data.classroomId);
    return { status: 'imported', count: result.value.imported, message: t('roster.imported', { count: result.value.imported }) };
  } catch (error) {
    return notSaved(t, `could not import a roster of ${preview.rows.length} rows into class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/** The address students open links on: the one the trainer used, as the class page builds it. */
async function linkOrigin(): Promise<string> {
  const requestHeaders = await headers();
  return requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), isHttpsRequest(requestHeaders));
}

const day = (locale: Locale, date: Date) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(date);

/**
 * Creates a personal join link for every imported student of the class who has not joined, and
 * answers with the printable slips. Only the links' hashes are stored, so this answer is the one
 * place they can be read; earlier links of these students stop working.
 */
export async function issuePersonalLinksAction(_previous: PersonalLinksState, form: FormData): Promise<PersonalLinksState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = classroomRefSchema.safeParse({ classroomId: form.get('classroomId') });
  if (!input.success) return refusal(t, { message: 'errors.class.notFound' });
  try {
    const result = await issuePersonalLinks(staff, input.data.classroomId);
    if (!result.ok) return refusal(t, result);
    const origin = await linkOrigin();
    const slips = await Promise.all(
      result.value.links.map(async (link) => {
        const url = personalJoinUrl(origin, locale, link.token);
        return { studentId: link.studentId, displayName: link.displayName, studentNumber: link.studentNumber, url, qrSvg: await qrCodeSvg(url) };
      }),
    );
    revalidateClass(locale, input.data.classroomId);
    revalidatePath(`/${locale}/trainer/classes/${input.data.classroomId}/links`);
    const date = day(locale, result.value.expiresAt);
    return { status: 'issued', message: t('links.created', { count: slips.length, date }), validUntil: t('links.validUntil', { date }), slips };
  } catch (error) {
    return notSaved(t, `could not create personal links for class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/** A new personal link for one imported student who has not joined, shown once in the answer. */
export async function issueStudentLinkAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = studentRefSchema.safeParse({ classroomId: form.get('classroomId'), studentId: form.get('studentId') });
  if (!input.success) return refusal(t, { message: input.error.issues[0]?.message ?? 'errors.class.studentNotFound' });
  try {
    const result = await issuePersonalLinks(staff, input.data.classroomId, { studentId: input.data.studentId });
    if (!result.ok) return refusal(t, result);
    const [link] = result.value.links;
    revalidateClass(locale, input.data.classroomId);
    const url = personalJoinUrl(await linkOrigin(), locale, link.token);
    return { status: 'done', message: t('class.newLink.done', { name: link.displayName, date: day(locale, result.value.expiresAt), url }) };
  } catch (error) {
    return notSaved(t, `could not create a personal link for student ${input.data.studentId} of class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}

/** A one-time recovery code for one student who has joined, valid for minutes and shown once. */
export async function issueRecoveryCodeAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { t } = formContext(form);
  const staff = await staffOrRefusal(t);
  if (isRefusal(staff)) return staff;
  const input = studentRefSchema.safeParse({ classroomId: form.get('classroomId'), studentId: form.get('studentId') });
  if (!input.success) return refusal(t, { message: input.error.issues[0]?.message ?? 'errors.class.studentNotFound' });
  try {
    const result = await issueRecoveryCode(staff, input.data.classroomId, input.data.studentId);
    if (!result.ok) return refusal(t, result);
    return { status: 'done', message: t('class.recoveryCode.done', { name: result.value.displayName, code: result.value.code }) };
  } catch (error) {
    return notSaved(t, `could not make a recovery code for student ${input.data.studentId} of class ${input.data.classroomId} for user ${staff.userId}`, error);
  }
}
