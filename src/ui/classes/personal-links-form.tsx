'use client';

import { useActionState } from 'react';
import type { PersonalLinksAction, PersonalLinksState } from '@/domain/classes/personal-links';
import { formatMessage } from '@/i18n/translate';
import { PrintButton } from './print-button';

export type PersonalLinksText = { create: string; creating: string; warning: string; print: string; qr: string };

const IDLE: PersonalLinksState = { status: 'idle' };

/**
 * Creates the personal links of the students who have not joined and shows them as printable slips
 * with QR codes. The links exist only in this answer (the server keeps their hashes), so the slips
 * are printed from here; creating them again replaces the earlier links.
 */
export function PersonalLinksForm({
  locale,
  classroomId,
  action,
  hasLinks,
  classroomName,
  text,
}: {
  locale: string;
  classroomId: string;
  action: PersonalLinksAction;
  /** Some of these students already have a working link, which creating new ones retires. */
  hasLinks: boolean;
  classroomName: string;
  text: PersonalLinksText;
}) {
  const [state, formAction, isPending] = useActionState(action, IDLE);

  return (
    <div className="personal-links">
      <form action={formAction} className="stack-form no-print">
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="classroomId" value={classroomId} />
        {hasLinks && <p className="class-hint">{text.warning}</p>}
        <button type="submit" className="button primary" disabled={isPending}>
          {isPending ? text.creating : text.create}
        </button>
        <p className={state.status === 'error' ? 'form-error' : 'form-status'} aria-live="polite">
          {state.status === 'error' || state.status === 'issued' ? state.message : ''}
        </p>
      </form>
      {state.status === 'issued' && (
        <>
          <p className="no-print">
            <PrintButton label={text.print} />
          </p>
          <ul className="link-slips">
            {state.slips.map((slip) => (
              <li key={slip.studentId} className="link-slip">
                <div className="link-slip-text">
                  <p className="link-slip-name">{slip.displayName}</p>
                  {slip.studentNumber && <p className="student-number">{slip.studentNumber}</p>}
                  <p className="link-slip-class">{classroomName}</p>
                  <p className="link-slip-url">{slip.url}</p>
                  <p className="link-slip-valid">{state.validUntil}</p>
                </div>
                {/* The SVG comes from the QR encoder on the server: paths only, no text from the link. */}
                <div className="join-qr-code link-slip-qr" role="img" aria-label={formatMessage(text.qr, { name: slip.displayName })} dangerouslySetInnerHTML={{ __html: slip.qrSvg }} />
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
