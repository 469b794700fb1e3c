'use client';

import { useActionState } from 'react';
import { IDLE_FORM, type FormAction } from '@/domain/shared/form-state';
import type { Locale } from '@/domain/shared/locales';

type RestoreFormProps = { action: FormAction; locale: Locale; kind?: 'scenario' | 'set'; id: string; revisionId: string; baseRevisionId: string; label: string; working: string };

/** Restores one revision as a new revision on top of the latest; the editor opens with it. */
export function RestoreForm({ action, locale, kind = 'scenario', id, revisionId, baseRevisionId, label, working }: RestoreFormProps) {
  const [state, formAction, isPending] = useActionState(action, IDLE_FORM);
  return (
    <form action={formAction} className="row-action">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="baseRevisionId" value={baseRevisionId} />
      <button type="submit" className="button small secondary" disabled={isPending}>
        {isPending ? working : label}
      </button>
      {state.status === 'error' && (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
