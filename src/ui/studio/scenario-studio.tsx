'use client';

import { useState, useTransition } from 'react';
import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import type { DraftFiles } from '@/domain/studio/draft-check';
import type { LatestRevision, PublishIssue, PublishOutcome, SaveOutcome } from '@/domain/studio/save-outcome';
import type { DraftCheckInput } from '@/domain/studio/schemas';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { DiffLines } from './diff-lines';
import type { StudentScreenText } from './preview-text';
import { StudioEditor, type StudioEditorText } from './studio-editor';

export type ScenarioStudioText = {
  save: string;
  saving: string;
  publish: string;
  publishing: string;
  unsaved: string;
  allSaved: string;
  publishNeedsSave: string;
  publishHasErrors: string;
  networkError: string;
  staleHeading: string;
  staleHelp: string;
  staleKeepMine: string;
  staleTakeTheirs: string;
  staleDiffOf: string;
  staleNoChange: string;
  editor: StudioEditorText;
};

type ScenarioStudioProps = {
  id: string;
  locale: Locale;
  revisionId: string;
  files: DraftFiles;
  check: (input: DraftCheckInput) => Promise<DraftCheckOutcome>;
  save: (input: { id: string; files: DraftFiles; baseRevisionId: string | null }) => Promise<SaveOutcome>;
  publish: (revisionId: string) => Promise<PublishOutcome>;
  screens: Record<Locale, StudentScreenText>;
  text: ScenarioStudioText;
};

type Notice = { tone: 'success' | 'error'; message: string; issues?: PublishIssue[] };

/**
 * A scenario's editor with Save (a draft revision on top of the one it started from) and Publish
 * (the latest saved revision, refused while the checker finds errors). A save that collides with
 * another admin's shows their text beside one's own; nothing is overwritten without a choice.
 */
export function ScenarioStudio({ id, locale, revisionId, files, check, save, publish, screens, text }: ScenarioStudioProps) {
  const [base, setBase] = useState({ revisionId, files });
  const [loaded, setLoaded] = useState({ key: revisionId, files });
  const [current, setCurrent] = useState(files);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [conflict, setConflict] = useState<LatestRevision | null>(null);
  const [isPending, startTransition] = useTransition();
  const isDirty = LOCALES.some((at) => current[at] !== base.files[at]);

  const onSave = (mine: DraftFiles, baseRevisionId: string) =>
    startTransition(async () => {
      try {
        const outcome = await save({ id, files: mine, baseRevisionId });
        if (outcome.status === 'saved') {
          setBase({ revisionId: outcome.revisionId, files: mine });
          setConflict(null);
          setNotice({ tone: 'success', message: outcome.message });
        } else if (outcome.status === 'stale') {
          setConflict(outcome.latest);
          setNotice({ tone: 'error', message: outcome.message });
        } else setNotice({ tone: 'error', message: outcome.message });
      } catch {
        setNotice({ tone: 'error', message: text.networkError });
      }
    });

  const onPublish = () =>
    startTransition(async () => {
      try {
        const outcome = await publish(base.revisionId);
        setNotice(outcome.status === 'published' ? { tone: 'success', message: outcome.message } : { tone: 'error', message: outcome.message, issues: outcome.status === 'has_errors' ? outcome.issues : undefined });
      } catch {
        setNotice({ tone: 'error', message: text.networkError });
      }
    });

  const takeTheirs = (theirs: LatestRevision) => {
    setBase({ revisionId: theirs.revisionId, files: theirs.files });
    setLoaded({ key: theirs.revisionId, files: theirs.files });
    setCurrent(theirs.files);
    setConflict(null);
    setNotice(null);
  };

  return (
    <>
      {conflict && (
        <section className="panel studio-conflict" aria-labelledby="studio-conflict-heading">
          <h2 id="studio-conflict-heading">{text.staleHeading}</h2>
          <p>{text.staleHelp}</p>
          {LOCALES.map((at) => (
            <div key={at} className="studio-diff">
              <h3>{text.staleDiffOf.replace('{language}', text.editor.localeNames[at])}</h3>
              {conflict.diffs[at].changed === 0 ? <p className="hint">{text.staleNoChange}</p> : <DiffLines lines={conflict.diffs[at].lines} />}
            </div>
          ))}
          <div className="studio-actions">
            <button type="button" className="button primary" disabled={isPending} onClick={() => onSave(current, conflict.revisionId)}>
              {text.staleKeepMine}
            </button>
            <button type="button" className="button secondary" disabled={isPending} onClick={() => takeTheirs(conflict)}>
              {text.staleTakeTheirs}
            </button>
          </div>
        </section>
      )}
      <StudioEditor
        key={loaded.key}
        id={id}
        locale={locale}
        initialFiles={loaded.files}
        check={check}
        screens={screens}
        text={text.editor}
        onFilesChange={setCurrent}
        actions={({ issues, isChecked }) => {
          const hasErrors = issues.some((issue) => issue.severity === 'error');
          const publishBlock = isDirty ? text.publishNeedsSave : isChecked && hasErrors ? text.publishHasErrors : null;
          return (
            <div className="studio-actions">
              <button type="button" className="button primary" disabled={isPending || !isDirty || conflict !== null} onClick={() => onSave(current, base.revisionId)}>
                {isPending ? text.saving : text.save}
              </button>
              <button type="button" className="button secondary" disabled={isPending || publishBlock !== null} aria-describedby="studio-publish-note" onClick={onPublish}>
                {isPending ? text.publishing : text.publish}
              </button>
              <p id="studio-publish-note" className="hint">
                {publishBlock ?? (isDirty ? text.unsaved : text.allSaved)}
              </p>
              <div role="status" aria-live="polite" className="studio-notice-slot">
                {notice && (
                  <div className={`notice ${notice.tone}`}>
                    <p>{notice.message}</p>
                    {notice.issues && (
                      <ul>
                        {notice.issues.map((issue, index) => (
                          <li key={index}>
                            <code>{`${issue.path}:${issue.line}:${issue.column}`}</code> {issue.message}
                          </li>
                        ))}
                      </ul>
                    )}
                  </div>
                )}
              </div>
            </div>
          );
        }}
      />
    </>
  );
}
