'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';

export type OverrideFormText = { closesAt: string; closesAtHint: string; extraMinutes: string; extraAttempts: string; submit: string; submitting: string };

type OverrideFormProps = {
  locale: string;
  assignmentId: string;
  studentId: string;
  /** The assignment's zone: the close time is typed in it. */
  timeZone: string;
  current: { closesAt: string; extraMinutes: number; extraAttempts: number };
  showTimeLimit: boolean;
  showAttempts: boolean;
  text: OverrideFormText;
  action: FormAction;
};

/** One student's exceptions to an assignment: a later close, extra minutes, extra attempts. */
export function OverrideForm({ locale, assignmentId, studentId, timeZone, current, showTimeLimit, showAttempts, text, action }: OverrideFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const fieldErrors = (state.status === 'error' ? state.fieldErrors : undefined) ?? {};
  const id = (name: string) => `override-${studentId}-${name}`;
  const describedBy = (name: string, hint?: string) => [fieldErrors[name] ? id(`${name}-error`) : undefined, hint].filter(Boolean).join(' ') || undefined;
  // An error about a field this form does not show has no input to sit next to, so the alert says
  // it; when no field is marked, it replaces the message that points at marked fields.
  const shown = new Set(['closesAt', ...(showTimeLimit ? ['extraMinutes'] : []), ...(showAttempts ? ['extraAttempts'] : [])]);
  const unplaced = Object.entries(fieldErrors).filter(([name]) => !shown.has(name)).map(([, message]) => message);
  const isAnyMarked = Object.keys(fieldErrors).some((name) => shown.has(name));
  const alert = state.status !== 'error' ? '' : isAnyMarked || unplaced.length === 0 ? [state.message, ...unplaced].join(' ') : unplaced.join(' ');

  return (
    <form action={formAction} className="override-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <input type="hidden" name="studentId" value={studentId} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <p className={state.status === 'error' ? 'notice error' : 'visually-hidden'} role="alert" aria-live="polite">
        {alert}
      </p>
      <label htmlFor={id('closesAt')}>{text.closesAt}</label>
      <input id={id('closesAt')} name="closesAt" type="datetime-local" defaultValue={current.closesAt} aria-invalid={fieldErrors.closesAt ? true : undefined} aria-describedby={describedBy('closesAt', id('closesAt-hint'))} />
      <p id={id('closesAt-hint')} className="field-hint">
        {text.closesAtHint}
      </p>
      {fieldErrors.closesAt && <p id={id('closesAt-error')} className="field-error">{fieldErrors.closesAt}</p>}
      {showTimeLimit && (
        <>
          <label htmlFor={id('extraMinutes')}>{text.extraMinutes}</label>
          <input id={id('extraMinutes')} name="extraMinutes" type="number" inputMode="numeric" min={0} max={600} defaultValue={current.extraMinutes} aria-invalid={fieldErrors.extraMinutes ? true : undefined} aria-describedby={describedBy('extraMinutes')} />
          {fieldErrors.extraMinutes && <p id={id('extraMinutes-error')} className="field-error">{fieldErrors.extraMinutes}</p>}
        </>
      )}
      {showAttempts && (
        <>
          <label htmlFor={id('extraAttempts')}>{text.extraAttempts}</label>
          <input id={id('extraAttempts')} name="extraAttempts" type="number" inputMode="numeric" min={0} max={100} defaultValue={current.extraAttempts} aria-invalid={fieldErrors.extraAttempts ? true : undefined} aria-describedby={describedBy('extraAttempts')} />
          {fieldErrors.extraAttempts && <p id={id('extraAttempts-error')} className="field-error">{fieldErrors.extraAttempts}</p>}
        </>
      )}
      <button type="submit" className="button secondary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
