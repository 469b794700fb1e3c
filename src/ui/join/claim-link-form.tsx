'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';

/** The one-button confirmation of a personal join link. */
export function ClaimLinkForm({ locale, token, action, text }: { locale: string; token: string; action: FormAction; text: { submit: string; submitting: string } }) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  return (
    <form action={formAction} className="student-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <p className={state.status === 'error' ? 'notice error' : 'visually-hidden'} aria-live="polite">
        {state.status === 'error' ? state.message : ''}
      </p>
      <button type="submit" className="button primary big" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
