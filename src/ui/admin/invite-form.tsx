'use client';

import { useActionState, useRef, useState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';
import type { InviteFormText } from './invite-form-text';

type InviteFormProps = {
  action: FormAction<{ invitePath?: string }>;
  locale: string;
  text: InviteFormText;
};

/**
 * E-mail and role of the person to invite. The app cannot send mail, so the new link is shown
 * once, with a copy button, for the admin to hand over. The link is built on the address the
 * admin's browser uses, which is the one the invitee can reach too.
 */
export function InviteForm({ action, locale, text }: InviteFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const [copyStatus, setCopyStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const linkInput = useRef<HTMLInputElement>(null);
  const error = state.status === 'error' ? state : undefined;
  const link = state.status === 'done' && state.invitePath ? `${window.location.origin}${state.invitePath}` : undefined;
  const chosenRole = error?.values?.role === 'admin' ? 'admin' : 'trainer';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link ?? '');
      setCopyStatus('copied');
    } catch {
      // Clipboard access can be refused (plain http on a LAN address): select it for a manual copy.
      linkInput.current?.select();
      setCopyStatus('failed');
    }
  };

  return (
    <form
      action={(form) => {
        setCopyStatus('idle');
        formAction(form);
      }}
      className="staff-form invite-form"
      noValidate
    >
      <input type="hidden" name="locale" value={locale} />
      <p className={error ? 'notice error' : 'visually-hidden'} aria-live="polite">
        {error?.message ?? ''}
      </p>
      <div className="field">
        <label htmlFor="invite-email">{text.email}</label>
        <input
          id="invite-email"
          name="email"
          type="email"
          autoComplete="off"
          required
          maxLength={254}
          defaultValue={error?.values?.email}
          aria-invalid={error?.fieldErrors?.email ? true : undefined}
          aria-describedby={error?.fieldErrors?.email ? 'invite-email-error' : undefined}
        />
        {error?.fieldErrors?.email && (
          <p id="invite-email-error" className="field-error">
            {error.fieldErrors.email}
          </p>
        )}
      </div>
      <fieldset className="field role-choice" aria-describedby={error?.fieldErrors?.role ? 'invite-role-error' : undefined}>
        <legend>{text.role}</legend>
        <label className="choice">
          <input type="radio" name="role" value="trainer" defaultChecked={chosenRole === 'trainer'} key={`trainer-${chosenRole}`} />
          {text.roleTrainer}
        </label>
        <label className="choice">
          <input type="radio" name="role" value="admin" defaultChecked={chosenRole === 'admin'} key={`admin-${chosenRole}`} />
          {text.roleAdmin}
        </label>
        {error?.fieldErrors?.role && (
          <p id="invite-role-error" className="field-error">
            {error.fieldErrors.role}
          </p>
        )}
      </fieldset>
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
      <div aria-live="polite">
        {state.status === 'done' && link && (
          <div className="notice success invite-link">
            <p>{state.message}</p>
            <label htmlFor="invite-link">{text.linkLabel}</label>
            <div className="copy-row">
              <input id="invite-link" ref={linkInput} type="text" readOnly value={link} onFocus={(event) => event.currentTarget.select()} />
              <button type="button" className="button secondary" onClick={copy}>
                {text.copy}
              </button>
            </div>
            {copyStatus !== 'idle' && <p className="hint">{copyStatus === 'copied' ? text.copied : text.copyFailed}</p>}
          </div>
        )}
      </div>
    </form>
  );
}
