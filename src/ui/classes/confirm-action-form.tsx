'use client';

import { useActionState, useId, useState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';

export type ConfirmActionText = { trigger: string; question: string; confirm: string; cancel: string; pending: string };

/**
 * A button that asks before it acts: for changes that cannot be undone from the page, such as a
 * new join code (the old one stops working) or removing a student.
 */
export function ConfirmActionForm({
  action,
  fields,
  text,
  isDanger = false,
}: {
  action: FormAction;
  /** Hidden inputs the action needs (locale, ids). */
  fields: Record<string, string>;
  text: ConfirmActionText;
  isDanger?: boolean;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  const [isAsking, setAsking] = useState(false);
  const id = useId();
  const outcome = state.status === 'idle' ? undefined : state;

  return (
    <form action={formAction} onSubmit={() => setAsking(false)} className="confirm-action">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {isAsking ? (
        <div className="confirm-step" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}>{text.question}</p>
          <div className="button-row">
            <button type="submit" className={`button ${isDanger ? 'confirm-danger' : 'primary'}`} autoFocus>
              {text.confirm}
            </button>
            <button type="button" className="button secondary" onClick={() => setAsking(false)}>
              {text.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className={`button secondary ${isDanger ? 'danger-outline' : ''}`.trim()} disabled={isPending} onClick={() => setAsking(true)}>
          {isPending ? text.pending : text.trigger}
        </button>
      )}
      <p className={outcome?.status === 'error' ? 'form-error' : 'form-status'} aria-live="polite">
        {outcome?.message ?? ''}
      </p>
    </form>
  );
}
