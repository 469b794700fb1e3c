import { fieldErrorKeys, type FieldErrors } from '../shared/field-errors';
import { isKnownTimeZone, zonedLocalToUtc } from '../shared/time-zones';
import { assignmentFormSchema, assignmentRulesSchema, overrideFormSchema, type AssignmentRules, type StudentOverride } from './schemas';

export type FormParse<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors };

export type NewAssignment = AssignmentRules & { classroomId: string; setId: string; timeZone: string };

/**
 * Reads the assignment form: wall-clock times in the trainer's zone become UTC instants, and
 * every problem is reported against its field as a catalogue key.
 */
export function parseAssignmentForm(raw: unknown): FormParse<NewAssignment> {
  const form = assignmentFormSchema.safeParse(raw);
  if (!form.success) return { ok: false, fieldErrors: fieldErrorKeys(form.error) };
  const { timeZone, classroomId, setId } = form.data;
  if (!isKnownTimeZone(timeZone)) return { ok: false, fieldErrors: { timeZone: ['errors.assignment.timeZone'] } };
  const opensAt = zonedLocalToUtc(form.data.opensAt, timeZone);
  const closesAt = zonedLocalToUtc(form.data.closesAt, timeZone);
  if (!opensAt || !closesAt) {
    return { ok: false, fieldErrors: { ...(!opensAt && { opensAt: ['errors.assignment.opensAt'] }), ...(!closesAt && { closesAt: ['errors.assignment.closesAt'] }) } };
  }
  const rules = assignmentRulesSchema.safeParse({
    opensAt,
    closesAt,
    attemptsAllowed: form.data.attemptsAllowed === 'unlimited' ? null : form.data.attemptsAllowed,
    grading: form.data.grading,
    timeLimitMinutes: form.data.timeLimitMinutes,
    feedback: form.data.feedback,
    shuffleScenarios: form.data.shuffleScenarios,
    shuffleOptions: form.data.shuffleOptions,
  });
  if (!rules.success) return { ok: false, fieldErrors: fieldErrorKeys(rules.error) };
  return { ok: true, value: { ...rules.data, classroomId, setId, timeZone } };
}

export type OverrideInput = StudentOverride & { assignmentId: string; studentId: string };

/** Reads the per-student override form; the close time is a wall-clock time in the assignment's zone. */
export function parseOverrideForm(raw: unknown, timeZone: string): FormParse<OverrideInput> {
  const form = overrideFormSchema.safeParse(raw);
  if (!form.success) return { ok: false, fieldErrors: fieldErrorKeys(form.error) };
  const closesAt = form.data.closesAt === '' ? null : zonedLocalToUtc(form.data.closesAt, timeZone);
  if (closesAt === undefined) return { ok: false, fieldErrors: { closesAt: ['errors.override.closesAt'] } };
  const { extraAttempts, extraMinutes } = form.data;
  if (extraAttempts > 100) return { ok: false, fieldErrors: { extraAttempts: ['errors.override.extraAttempts'] } };
  if (extraMinutes > 600) return { ok: false, fieldErrors: { extraMinutes: ['errors.override.extraMinutes'] } };
  return { ok: true, value: { assignmentId: form.data.assignmentId, studentId: form.data.studentId, closesAt, extraAttempts, extraMinutes } };
}
