'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';

export type RecoverySwitchText = { label: string; on: string; off: string };

/** The "let students continue on a new device" switch; it submits the opposite of the current setting. */
export function RecoverySwitch({
  action,
  locale,
  classroomId,
  isOn,
  describedBy,
  text,
}: {
  action: FormAction;
  locale: string;
  classroomId: string;
  isOn: boolean;
  describedBy?: string;
  text: RecoverySwitchText;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  return (
    <form action={formAction} className="switch-form">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="classroomId" value={classroomId} />
      <input type="hidden" name="allowRecovery" value={isOn ? 'false' : 'true'} />
      <button type="submit" role="switch" aria-checked={isOn} aria-describedby={describedBy} className="switch" disabled={isPending}>
        <span className="switch-track" aria-hidden="true">
          <span className="switch-thumb" />
        </span>
        <span className="switch-label">{text.label}</span>
        <span className="switch-state" aria-hidden="true">
          {isOn ? text.on : text.off}
        </span>
      </button>
      <p className={state.status === 'error' ? 'form-error' : 'form-status'} aria-live="polite">
        {state.status === 'idle' ? '' : state.message}
      </p>
    </form>
  );
}
