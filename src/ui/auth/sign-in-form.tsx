'use client';

import { useActionState } from 'react';
import { formatMessage } from '@/i18n/translate';
import type { SignInFormText } from './sign-in-form-text';

type SignInState = { status: 'idle' | 'signed-in' } | { status: 'error'; field?: 'email' | 'password'; message: string; email: string };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

async function postSignIn(email: string, password: string): Promise<Response> {
  return fetch('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
    credentials: 'same-origin',
  });
}

async function describeFailure(response: Response, text: SignInFormText): Promise<string> {
  if (response.status === 429) {
    const seconds = Number(response.headers.get('x-retry-after')) || 60;
    return formatMessage(text.rateLimited, { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  if (response.status === 401) return text.invalid;
  const body = (await response.json().catch(() => null)) as { code?: string } | null;
  if (response.status === 403 && body?.code === 'ACCOUNT_DISABLED') return text.disabled;
  return text.failed;
}

/**
 * E-mail and password sign-in for trainers and admins; posts to the authentication route, then
 * opens `redirectTo` (a path on this site the page has already checked). A new account arrives with
 * its e-mail in `initialEmail`, and the cursor waits in the password field.
 */
export function SignInForm({ text, redirectTo, initialEmail }: { text: SignInFormText; redirectTo: string; initialEmail?: string }) {
  const [state, formAction, isPending] = useActionState(async (_previous: SignInState, form: FormData): Promise<SignInState> => {
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!EMAIL_SHAPE.test(email)) return { status: 'error', field: 'email', message: text.emailRequired, email };
    if (password.length === 0) return { status: 'error', field: 'password', message: text.passwordRequired, email };
    try {
      const response = await postSignIn(email, password);
      if (response.ok) {
        // A full page load, so the header and every server component see the new session.
        window.location.assign(redirectTo);
        return { status: 'signed-in' };
      }
      return { status: 'error', message: await describeFailure(response, text), email };
    } catch {
      return { status: 'error', message: text.failed, email };
    }
  }, { status: 'idle' });

  const error = state.status === 'error' ? state : undefined;
  // A form-level error (wrong password, rate limit) describes both inputs; a field error only its own.
  const fieldProps = (field: 'email' | 'password') => ({
    id: `sign-in-${field}`,
    name: field,
    required: true,
    'aria-invalid': error?.field === field || undefined,
    'aria-describedby': error && (!error.field || error.field === field) ? 'sign-in-error' : undefined,
  });

  return (
    <form action={formAction} className="sign-in-form" noValidate>
      <p id="sign-in-error" className={error ? 'notice error' : state.status === 'signed-in' ? 'notice success' : 'visually-hidden'} aria-live="polite">
        {error?.message ?? (state.status === 'signed-in' ? text.success : '')}
        {state.status === 'signed-in' && (
          <>
            {' '}
            <a href={redirectTo}>{text.continue}</a>
          </>
        )}
      </p>
      <label htmlFor="sign-in-email">{text.email}</label>
      <input {...fieldProps('email')} type="email" autoComplete="username" defaultValue={error?.email ?? initialEmail} />
      <label htmlFor="sign-in-password">{text.password}</label>
      {/* A new account's e-mail is filled in: the page was opened to type exactly this password. */}
      <input {...fieldProps('password')} type="password" autoComplete="current-password" autoFocus={initialEmail !== undefined} />
      <button type="submit" className="button primary" disabled={isPending}>
        {isPending ? text.submitting : text.submit}
      </button>
    </form>
  );
}
