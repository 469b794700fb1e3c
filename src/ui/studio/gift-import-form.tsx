'use client';

import { useActionState, useRef, useState } from 'react';
import type { GiftImportState } from '@/domain/studio/gift-import-outcome';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { formatMessage } from '@/i18n/translate';
import { GiftImportReportPanel, type GiftImportReportText } from './gift-import-report';

export type GiftImportFormText = {
  file: string;
  fileHint: string;
  paste: string;
  language: string;
  languageHint: string;
  localeNames: Record<Locale, string>;
  submit: string;
  working: string;
  policy: string;
  tooLarge: string;
  earlierDraft: string;
  report: GiftImportReportText;
};

type GiftImportFormProps = {
  locale: Locale;
  maxBytes: number;
  action: (previous: GiftImportState, form: FormData) => Promise<GiftImportState>;
  text: GiftImportFormText;
};

const IDLE: GiftImportState = { status: 'idle' };
const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Upload or paste a GIFT file and pick its language; the server imports it as drafts and the
 * report appears below. A file over the size limit is refused here before it is sent (the server
 * refuses it too), so the admin gets the same clear message instead of a failed request.
 */
export function GiftImportForm({ locale, maxBytes, action, text }: GiftImportFormProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [tooLarge, setTooLarge] = useState('');
  const [state, formAction, isPending] = useActionState(async (previous: GiftImportState, form: FormData): Promise<GiftImportState> => {
    const file = fileInput.current?.files?.[0];
    if (file && file.size > maxBytes) return { status: 'error', message: formatMessage(text.tooLarge, { size: kilobytes(file.size), max: kilobytes(maxBytes) }) };
    return action(previous, form);
  }, IDLE);
  const error = tooLarge || (state.status === 'error' ? state.message : '');

  return (
    <>
      <form action={formAction} className="panel studio-gift-form" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <label htmlFor="gift-file">{text.file}</label>
        <input
          ref={fileInput}
          id="gift-file"
          name="file"
          type="file"
          accept=".gift,.txt,text/plain"
          aria-describedby="gift-file-hint gift-error"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            setTooLarge(file && file.size > maxBytes ? formatMessage(text.tooLarge, { size: kilobytes(file.size), max: kilobytes(maxBytes) }) : '');
          }}
        />
        <p id="gift-file-hint" className="hint">
          {formatMessage(text.fileHint, { max: kilobytes(maxBytes) })}
        </p>
        <label htmlFor="gift-text">{text.paste}</label>
        <textarea id="gift-text" name="text" rows={8} spellCheck={false} className="studio-gift-text" />
        <fieldset className="studio-channels">
          <legend>{text.language}</legend>
          {LOCALES.map((at) => (
            <label key={at} className="choice">
              <input type="radio" name="language" value={at} defaultChecked={at === locale} />
              <span>{text.localeNames[at]}</span>
            </label>
          ))}
        </fieldset>
        <p className="hint">{text.languageHint}</p>
        <p className="hint">{text.policy}</p>
        <div id="gift-error" className="form-error" role="alert">
          {error && <p>{error}</p>}
          {state.status === 'error' && state.earlier && (
            <ul>
              {state.earlier.map((earlier) => (
                <li key={earlier.earlierId}>
                  {formatMessage(text.earlierDraft, { line: earlier.line })}{' '}
                  <a href={`/${locale}/admin/content/${earlier.earlierId}`}>
                    <code>{earlier.earlierId}</code>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
        <button type="submit" className="button primary" disabled={isPending || tooLarge !== ''}>
          {isPending ? text.working : text.submit}
        </button>
      </form>
      <div aria-live="polite">{state.status === 'imported' && <GiftImportReportPanel locale={locale} message={state.message} report={state.report} text={text.report} />}</div>
    </>
  );
}
