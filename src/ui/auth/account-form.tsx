'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';
import type { AccountFormText } from './account-form-text';

type Field = 'email' | 'name' | 'password' | 'confirmPassword';

type AccountFormProps = {
  /** Server action that creates the account; it redirects on success and answers refusals. */
  action: FormAction;
  /** Sent along unchanged: the link token and the page language. */
  hidden: Record<string, string>;
  /** The first admin types their e-mail; an invitee's e-mail is the invited one. */
  askEmail: boolean;
  text: AccountFormText;
};

/** Name and password (typed twice) for a new staff account, from an invitation or the setup link. */
export function AccountForm({ action, hidden, askEmail, text }: AccountFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const error = state.status === 'error' ? state : undefined;
  const fieldError = (field: Field) => error?.fieldErrors?.[field];

  const fieldProps = (field: Field, hint?: boolean) => {
    const describedBy = [hint ? `account-${field}-hint` : undefined, fieldError(field) ? `account-${field}-error` : undefined].filter(Boolean).join(' ');
    return {
      id: `account-${field}`,
      name: field,
      required: true,
      'aria-invalid': fieldError(field) ? true : undefined,
      'aria-describedby': describedBy || undefined,
    };
  };
  const errorFor = (field: Field) =>
    fieldError(field) ? (
      <p id={`account-${field}-error`} className="field-error">
        {fieldError(field)}
      </p>
    ) : null;

  return (
    <form action={formAction} className="staff-form" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <p className={error ? 'notice error' : 'visually-hidden'} aria-live="polite">
        {error?.message ?? ''}
      </p>
      {askEmail && (
        <div className="field">
          <label htmlFor="account-email">{text.email}</label>
          <input {...fieldProps('email', true)} type="email" autoComplete="email" maxLength={254} defaultValue={error?.values?.email} />
          <p id="account-email-hint" className="hint">
            {text.emailHint}
          </p>
          {errorFor('email')}
        </div>
      )}
      <div className="field">
        <label htmlFor="account-name">{text.name}</label>
        <input {...fieldProps('name', true)} type="text" autoComplete="name" maxLength={100} defaultValue={error?.values?.name} />
        <p id="account-name-hint" className="hint">
          {text.nameHint}
        </p>
        {errorFor('name')}
      </div>
      <div className="field">
        <label htmlFor="account-password">{text.password}</label>
        <input {...fieldProps('password', true)} type="password" autoComplete="new-password" minLength={10} maxLength={256} />
        <p id="account-password-hint" className="hint">
          {text.passwordHint}
        </p>
        {errorFor('password')}
      </div>
      <div className="field">
        <label htmlFor="account-confirmPassword">{text.confirmPassword}</label>
        <input {...fieldProps('confirmPassword')} type="password" autoComplete="new-password" maxLength={256} />
        {errorFor('confirmPassword')}
      </div>
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
