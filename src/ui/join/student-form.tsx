'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction, type FormState } from '@/domain/shared/form-state';

export type StudentFormText = {
  code: string;
  codeHint: string;
  name: string;
  nameHint: string;
  number: string;
  numberHint?: string;
  /** Only the recover form asks for the trainer's one-time code. */
  recoveryCode?: { label: string; hint: string };
  submit: string;
  submitting: string;
};

type Field = 'code' | 'displayName' | 'studentNumber' | 'recoveryCode';

/**
 * Class code, name and student number, as students type them to join a class or to continue on a
 * new device. Large inputs and buttons for phones; every error sits next to its field.
 */
export function StudentForm({
  idPrefix,
  locale,
  code,
  isNumberRequired,
  action,
  text,
  codeError,
}: {
  idPrefix: string;
  locale: string;
  /** The class code from the link, filled in. */
  code?: string;
  /** Why the code from the link cannot be used, shown at its field until the form is sent. */
  codeError?: string;
  isNumberRequired: boolean;
  action: FormAction;
  text: StudentFormText;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const error: Extract<FormState, { status: 'error' }> | undefined = state.status === 'error' ? state : undefined;
  const fieldError = (field: Field) => (state.status === 'idle' && field === 'code' ? codeError : error?.fieldErrors?.[field]);
  // A message not tied to one field (rate limit, recovery refused) describes the whole form.
  const isFormLevel = error !== undefined && !Object.values(error.fieldErrors ?? {}).some(Boolean);

  const fieldProps = (field: Field, hint?: string) => {
    const describedBy = [fieldError(field) ? `${idPrefix}-${field}-error` : '', isFormLevel ? `${idPrefix}-error` : '', hint ? `${idPrefix}-${field}-hint` : ''].filter(Boolean).join(' ');
    return {
      id: `${idPrefix}-${field}`,
      name: field,
      'aria-invalid': fieldError(field) ? true : undefined,
      'aria-describedby': describedBy || undefined,
      defaultValue: error?.values?.[field] ?? (field === 'code' ? code : undefined),
    };
  };

  const fieldMessage = (field: Field) => (
    <p id={`${idPrefix}-${field}-error`} className="field-error" hidden={!fieldError(field)}>
      {fieldError(field) ?? ''}
    </p>
  );

  return (
    <form action={formAction} className="student-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <p id={`${idPrefix}-error`} className={error ? 'notice error' : 'visually-hidden'} aria-live="polite">
        {error?.message ?? ''}
      </p>

      <div className="field">
        <label htmlFor={`${idPrefix}-code`}>{text.code}</label>
        <input {...fieldProps('code', text.codeHint)} className="code-input" required autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={12} />
        <p id={`${idPrefix}-code-hint`} className="field-hint">
          {text.codeHint}
        </p>
        {fieldMessage('code')}
      </div>

      <div className="field">
        <label htmlFor={`${idPrefix}-displayName`}>{text.name}</label>
        <input {...fieldProps('displayName', text.nameHint)} required autoComplete="name" maxLength={40} />
        <p id={`${idPrefix}-displayName-hint`} className="field-hint">
          {text.nameHint}
        </p>
        {fieldMessage('displayName')}
      </div>

      <div className="field">
        <label htmlFor={`${idPrefix}-studentNumber`}>{text.number}</label>
        <input {...fieldProps('studentNumber', text.numberHint)} required={isNumberRequired} autoComplete="off" inputMode="text" maxLength={32} />
        {text.numberHint && (
          <p id={`${idPrefix}-studentNumber-hint`} className="field-hint">
            {text.numberHint}
          </p>
        )}
        {fieldMessage('studentNumber')}
      </div>

      {text.recoveryCode && (
        <div className="field">
          <label htmlFor={`${idPrefix}-recoveryCode`}>{text.recoveryCode.label}</label>
          {/* Not given back after a refusal: a code that did not work is typed again. */}
          <input {...fieldProps('recoveryCode', text.recoveryCode.hint)} className="code-input" required autoComplete="one-time-code" autoCapitalize="characters" spellCheck={false} maxLength={16} />
          <p id={`${idPrefix}-recoveryCode-hint`} className="field-hint">
            {text.recoveryCode.hint}
          </p>
          {fieldMessage('recoveryCode')}
        </div>
      )}

      <button type="submit" className="button primary big" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
