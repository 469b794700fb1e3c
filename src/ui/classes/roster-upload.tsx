'use client';

import { useActionState, useRef } from 'react';
import type { RosterAction, RosterUploadState } from '@/domain/classes/roster-upload';
import { formatMessage } from '@/i18n/translate';
import type { RosterUploadText } from './roster-upload-text';

const IDLE: RosterUploadState = { status: 'idle' };

/**
 * Upload a roster CSV, see every row and every problem by line, then import it in one go. The
 * import button exists only for a file without problems; the server checks the file again anyway.
 */
export function RosterUpload({
  locale,
  classroomId,
  previewAction,
  importAction,
  linksHref,
  text,
}: {
  locale: string;
  classroomId: string;
  previewAction: RosterAction;
  importAction: RosterAction;
  linksHref: string;
  text: RosterUploadText;
}) {
  const fileInput = useRef<HTMLInputElement>(null);
  // The actions get the idle state, not the previous one: a preview carries the whole file and its
  // rows, and sending them back would double the request for nothing (bodies are limited to 1 MB).
  const [state, formAction, isPending] = useActionState(async (_previous: RosterUploadState, form: FormData): Promise<RosterUploadState> => {
    if (form.get('intent') === 'import') return importAction(IDLE, form);
    // Taken from the input itself: an empty input still puts a nameless, empty file in the form data.
    const file = fileInput.current?.files?.[0];
    if (!file) return { status: 'error', message: text.noFile };
    form.set('file', file);
    return previewAction(IDLE, form);
  }, IDLE);

  const preview = state.status === 'preview' ? state : undefined;
  const canImport = preview !== undefined && preview.problems.length === 0 && preview.rows.length > 0;
  const fileError = state.status === 'error' ? state.message : '';
  const fileRead = preview ? formatMessage(text.fileRead, { file: preview.fileName, encoding: preview.encoding, count: preview.rows.length }) : '';
  const verdict = preview ? (preview.problems.length > 0 ? formatMessage(text.problemsTitle, { count: preview.problems.length }) : text.noProblems) : '';
  // One short announcement for screen readers; the table itself is not read out on every change.
  const announcement = state.status === 'imported' ? state.message : preview ? `${fileRead} ${verdict}` : '';

  return (
    <div className="roster-upload">
      <form action={formAction} className="stack-form" noValidate>
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="classroomId" value={classroomId} />
        <input type="hidden" name="intent" value="preview" />
        <label htmlFor="roster-file">{text.file}</label>
        <input
          ref={fileInput}
          id="roster-file"
          name="file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-invalid={fileError ? true : undefined}
          aria-describedby={fileError ? 'roster-file-error' : undefined}
        />
        <p id="roster-file-error" className="form-error" aria-live="polite">
          {fileError}
        </p>
        <button type="submit" className="button secondary" disabled={isPending}>
          {isPending ? text.checking : text.check}
        </button>
      </form>

      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      <div>
        {state.status === 'imported' && (
          <div className="notice success">
            <p>{state.message}</p>
            <p>
              <a href={linksHref}>{text.printLinks}</a>
            </p>
          </div>
        )}
        {preview && (
          <section className="roster-preview" aria-labelledby="roster-preview-title">
            <h2 id="roster-preview-title">{text.previewTitle}</h2>
            <p>{fileRead}</p>
            {preview.problems.length > 0 ? (
              <div className="notice error">
                <p>
                  <strong>{verdict}</strong>
                </p>
                <ul className="problem-list">
                  {preview.problems.map((problem, index) => (
                    <li key={`${problem.line}-${index}`}>{problem.message}</li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="notice success">{verdict}</p>
            )}
            {canImport && (
              <form action={formAction} className="import-form">
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="classroomId" value={classroomId} />
                <input type="hidden" name="intent" value="import" />
                <input type="hidden" name="fileName" value={preview.fileName} />
                <input type="hidden" name="csv" value={preview.csv} />
                <button type="submit" className="button primary" disabled={isPending}>
                  {isPending ? text.importing : formatMessage(text.import, { count: preview.rows.length })}
                </button>
              </form>
            )}
            {preview.rows.length > 0 && (
              <div className="table-scroll">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{text.line}</th>
                      <th scope="col">{text.name}</th>
                      <th scope="col">{text.number}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.rows.map((row) => (
                      <tr key={row.line}>
                        <td className="numeric">{row.line}</td>
                        <td>{row.displayName}</td>
                        <td>{row.studentNumber ?? text.noNumber}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
