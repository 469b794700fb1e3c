'use client';

import { useActionState, type ReactNode } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';
import type { Locale } from '@/domain/shared/locales';

export type NewScenarioFormText = { id: string; idHint: string; submit: string; working: string };

type NewScenarioFormProps = {
  action: FormAction;
  locale: Locale;
  /** Duplicate this scenario instead of starting from a template. */
  from?: string;
  /** The channel choice of a new scenario. */
  children?: ReactNode;
  text: NewScenarioFormText;
};

/** Names a new scenario (from a template, or as a copy) and creates its first, unpublished revision. */
export function NewScenarioForm({ action, locale, from, children, text }: NewScenarioFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const values = state.status === 'error' ? state.values : undefined;
  const idError = state.status === 'error' ? state.fieldErrors?.id : undefined;
  const fieldId = from ? 'duplicate-id' : 'new-id';
  return (
    <form action={formAction} className="studio-new-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {from && <input type="hidden" name="from" value={from} />}
      <label htmlFor={fieldId}>{text.id}</label>
      <input id={fieldId} name="id" required autoComplete="off" spellCheck={false} defaultValue={values?.id ?? ''} aria-describedby={`${fieldId}-hint${idError ? ` ${fieldId}-error` : ''}`} aria-invalid={idError ? true : undefined} />
      <p id={`${fieldId}-hint`} className="hint">
        {text.idHint}
      </p>
      {idError && (
        <p id={`${fieldId}-error`} className="field-error">
          {idError}
        </p>
      )}
      {children}
      {state.status === 'error' && !idError && (
        <p className="notice error" role="alert">
          {state.message}
        </p>
      )}
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.working : text.submit}
      </button>
    </form>
  );
}
