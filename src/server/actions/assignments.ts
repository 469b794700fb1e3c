'use server';

import { redirect } from 'next/navigation';
import { parseAssignmentForm, parseOverrideForm } from '@/domain/assignments/form';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { FormState } from '@/domain/shared/form-state';
import { isKnownTimeZone } from '@/domain/shared/time-zones';
import { getDevice } from '@/server/auth/device';
import { requireStaff } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { createAssignment, deleteAssignment, saveOverride, startAssignmentAttempt, updateAssignment, type SetCheck } from '@/server/db/assignments';
import { submitAttempt } from '@/server/db/attempts';
import { translateFieldErrors } from './field-errors';
import { formContext, formLocale } from './form-locale';

/**
 * A set id from the form, checked against the library (never the client's word): file sets plan
 * each attempt; a focus set's scenarios are drawn once here and fixed for the whole assignment.
 */
const checkSet: SetCheck = (setId) => {
  const set = findQuizSet(setId);
  if (!set) return false;
  return set.focus ? { fixedItems: planAttemptItems(set) } : true;
};

function formError(message: string, fieldErrors: Record<string, string> = {}): FormState {
  return { status: 'error', message, fieldErrors };
}

/** Logs an unexpected failure with the ids involved; the trainer sees only "not saved, try again". */
function logFailure(what: string, ids: Record<string, unknown>, error: unknown): void {
  console.error(`[assignments] ${what} failed (${JSON.stringify(ids)}):`, error);
}

/**
 * Gives a quiz set to a class; on success returns to the class page, which names the new assignment
 * and keeps the class's join code in view for the students who have not joined yet.
 */
export async function createAssignmentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await requireStaff('trainer', 'admin');
  if (!staff.ok) return formError(t(staff.message));
  const parsed = parseAssignmentForm(Object.fromEntries(form));
  if (!parsed.ok) return formError(t('errors.form.fixFields'), translateFieldErrors(t, parsed.fieldErrors));
  let created;
  try {
    created = await createAssignment(staff.value, parsed.value, checkSet);
  } catch (error) {
    logFailure('create', { classroomId: parsed.value.classroomId, setId: parsed.value.setId }, error);
    return formError(t('errors.form.notSaved'));
  }
  if (!created.ok) return formError(t(created.message), created.code === 'set_unknown' ? { setId: t(created.message) } : {});
  redirect(`/${locale}/trainer/classes/${parsed.value.classroomId}?assigned=${created.value.id}`);
}

/** Changes an assignment's rules for the whole class; on success returns to its page. */
export async function updateAssignmentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await requireStaff('trainer', 'admin');
  if (!staff.ok) return formError(t(staff.message));
  const assignmentId = String(form.get('assignmentId') ?? '');
  const parsed = parseAssignmentForm(Object.fromEntries(form));
  if (!parsed.ok) return formError(t('errors.form.fixFields'), translateFieldErrors(t, parsed.fieldErrors));
  try {
    const updated = await updateAssignment(staff.value, assignmentId, parsed.value, checkSet);
    if (!updated.ok) return formError(t(updated.message), updated.code === 'set_unknown' || updated.code === 'set_locked' ? { setId: t(updated.message) } : {});
  } catch (error) {
    logFailure('update', { assignmentId }, error);
    return formError(t('errors.form.notSaved'));
  }
  redirect(`/${locale}/trainer/assignments/${assignmentId}?updated=1`);
}

/** Deletes an assignment nobody has started; on success returns to the class page. */
export async function deleteAssignmentAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await requireStaff('trainer', 'admin');
  if (!staff.ok) return formError(t(staff.message));
  const assignmentId = String(form.get('assignmentId') ?? '');
  let deleted;
  try {
    deleted = await deleteAssignment(staff.value, assignmentId);
  } catch (error) {
    logFailure('delete', { assignmentId }, error);
    return formError(t('errors.form.notSaved'));
  }
  if (!deleted.ok) return formError(t(deleted.message));
  redirect(`/${locale}/trainer/classes/${deleted.value.classroomId}`);
}

/** Grants one student a later close time, extra minutes or extra attempts. */
export async function saveOverrideAction(_previous: FormState, form: FormData): Promise<FormState> {
  const { locale, t } = formContext(form);
  const staff = await requireStaff('trainer', 'admin');
  if (!staff.ok) return formError(t(staff.message));
  // The zone only says how the trainer's own typed time is read; it grants nothing by itself.
  const timeZone = String(form.get('timeZone') ?? '');
  if (!isKnownTimeZone(timeZone)) return formError(t('errors.assignment.timeZone'));
  const parsed = parseOverrideForm(Object.fromEntries(form), timeZone);
  if (!parsed.ok) return formError(t('errors.form.fixFields'), translateFieldErrors(t, parsed.fieldErrors));
  try {
    const saved = await saveOverride(staff.value, parsed.value);
    if (!saved.ok) return formError(t(saved.message));
  } catch (error) {
    logFailure('override', { assignmentId: parsed.value.assignmentId, studentId: parsed.value.studentId }, error);
    return formError(t('errors.form.notSaved'));
  }
  redirect(`/${locale}/trainer/assignments/${parsed.value.assignmentId}?saved=${encodeURIComponent(parsed.value.studentId)}`);
}

/** Starts (or resumes) the student's attempt at an assignment and opens its first unanswered step. */
export async function startAssignmentAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const assignmentId = String(form.get('assignmentId') ?? '');
  const device = await getDevice();
  const library = getContentLibrary();
  const planItems = (setId: string) => {
    const set = findQuizSet(setId, undefined, library);
    return set && planAttemptItems(set).filter((scenarioId) => library.scenarios.has(scenarioId));
  };
  let started;
  try {
    started = device && assignmentId ? await startAssignmentAttempt(device, assignmentId, planItems, locale) : undefined;
  } catch (error) {
    logFailure('start', { assignmentId }, error);
    redirect(`/${locale}/my?error=not_saved`);
  }
  if (!started?.ok) redirect(`/${locale}/my?error=${started?.code ?? 'not_in_class'}`);
  redirect(`/${locale}/attempts/${started.value.attemptId}`);
}

/** Submits an attempt now with what was answered (the student is done, or their time ran out). */
export async function submitAttemptAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const attemptId = String(form.get('attemptId') ?? '');
  const device = await getDevice();
  let submitted;
  try {
    submitted = device && attemptId ? await submitAttempt(device, attemptId) : undefined;
  } catch (error) {
    // The server submits the attempt at its deadline anyway; nothing answered is lost.
    logFailure('submit', { attemptId }, error);
    redirect(`/${locale}/my?error=not_saved`);
  }
  if (!submitted?.ok) redirect(`/${locale}/my?error=attempt_not_found`);
  redirect(`/${locale}/attempts/${attemptId}/summary`);
}
