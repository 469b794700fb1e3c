'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction, type FormState } from '@/domain/shared/form-state';
import type { CreateClassFormText } from './create-class-form-text';

/** Creates a class; the action opens the new class's page when it succeeds. */
export function CreateClassForm({ locale, action, text }: { locale: string; action: FormAction; text: CreateClassFormText }) {
  const [state, formAction, isPending] = useActionState(async (previous: FormState, form: FormData): Promise<FormState> => {
    const name = String(form.get('name') ?? '');
    if (name.trim() === '') return { status: 'error', message: text.nameRequired, fieldErrors: { name: text.nameRequired }, values: { name } };
    return action(previous, form);
  }, IDLE_FORM);
  const error = state.status === 'error' ? state : undefined;

  return (
    <form action={formAction} className="stack-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      <label htmlFor="class-name">{text.name}</label>
      <p id="class-name-hint" className="field-hint">
        {text.hint}
      </p>
      <input
        id="class-name"
        name="name"
        required
        maxLength={80}
        autoComplete="off"
        defaultValue={error?.values?.name}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? 'class-name-error class-name-hint' : 'class-name-hint'}
      />
      <p id="class-name-error" className="form-error" aria-live="polite">
        {error?.message ?? ''}
      </p>
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
