'use client';

import { useState, useTransition } from 'react';

type SignOutButtonProps = { locale: string; label: string; pendingLabel: string; failedMessage: string };

/** Ends the staff session through the authentication route, then opens the home page. */
export function SignOutButton({ locale, label, pendingLabel, failedMessage }: SignOutButtonProps) {
  const [isPending, startTransition] = useTransition();
  const [hasFailed, setHasFailed] = useState(false);
  const signOut = () =>
    startTransition(async () => {
      setHasFailed(false);
      try {
        const response = await fetch('/api/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}', credentials: 'same-origin' });
        if (!response.ok) throw new Error(`sign-out answered ${response.status}`);
        // A full page load, so no page rendered for the signed-in user stays in the client cache.
        window.location.assign(`/${locale}`);
      } catch {
        setHasFailed(true);
      }
    });
  return (
    <>
      <button type="button" className="nav-button" onClick={signOut} disabled={isPending} aria-describedby={hasFailed ? 'sign-out-error' : undefined}>
        {isPending ? pendingLabel : label}
      </button>
      <span id="sign-out-error" className={hasFailed ? 'nav-error' : 'visually-hidden'} aria-live="polite">
        {hasFailed ? failedMessage : ''}
      </span>
    </>
  );
}
