'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';

type RowActionFormProps = {
  action: FormAction;
  /** The account or invitation the button acts on. */
  id: string;
  locale: string;
  /** Short visible text ("Disable"); `accessibleLabel` says whom it acts on. */
  label: string;
  accessibleLabel: string;
  pendingLabel: string;
  tone?: 'primary' | 'secondary' | 'danger';
};

/** One button that runs an admin action on one row (withdraw, disable, enable) and says how it went. */
export function RowActionForm({ action, id, locale, label, accessibleLabel, pendingLabel, tone = 'secondary' }: RowActionFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const statusId = `row-action-${id}`;
  return (
    <form action={formAction} className="row-action">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="locale" value={locale} />
      <button type="submit" className={`button small ${tone}`} disabled={isPending} aria-label={accessibleLabel} aria-describedby={state.status === 'idle' ? undefined : statusId}>
        {isPending ? pendingLabel : label}
      </button>
      <p id={statusId} className={state.status === 'error' ? 'field-error' : state.status === 'done' ? 'hint' : 'visually-hidden'} aria-live="polite">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
