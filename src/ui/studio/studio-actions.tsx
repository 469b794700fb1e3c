'use client';

import { useState, useTransition } from 'react';
import type { PublishIssue, PublishOutcome } from '@/domain/studio/save-outcome';

/** The words of Save, Publish and the stale-save choice, the same in the scenario and the set editor. */
export type SaveText = {
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
  staleNoChange: string;
};

export type StudioNoticeState = { tone: 'success' | 'error'; message: string; issues?: PublishIssue[] };

/** What a scenario's or set's Save gets back: saved, stale (with the other admin's revision) or refused. */
type SaveLike<Latest> = { status: 'saved'; revisionId: string; number: number; message: string } | { status: 'stale'; latest: Latest; message: string } | { status: 'error'; message: string };

/**
 * Save and Publish of a studio editor: one action at a time, the outcome as a notice, and the
 * other admin's revision when a save was stale. A network failure keeps the text and says so.
 */
export function useStudioActions<Latest>(networkError: string) {
  const [notice, setNotice] = useState<StudioNoticeState | null>(null);
  const [conflict, setConflict] = useState<Latest | null>(null);
  const [isPending, startTransition] = useTransition();
  const failed = () => setNotice({ tone: 'error', message: networkError });
  // Each outcome is shown in the same step that ends the transition, so the buttons come back with it.
  const saveWith = (run: () => Promise<SaveLike<Latest>>, onSaved: (saved: { revisionId: string; number: number }) => void) =>
    startTransition(async () => {
      try {
        const outcome = await run();
        if (outcome.status === 'saved') {
          onSaved(outcome);
          setConflict(null);
        } else if (outcome.status === 'stale') setConflict(outcome.latest);
        setNotice({ tone: outcome.status === 'saved' ? 'success' : 'error', message: outcome.message });
      } catch {
        failed();
      }
    });
  const publishWith = (run: () => Promise<PublishOutcome>, onPublished?: (number: number) => void) =>
    startTransition(async () => {
      try {
        const outcome = await run();
        if (outcome.status === 'published') onPublished?.(outcome.number);
        setNotice(outcome.status === 'published' ? { tone: 'success', message: outcome.message } : { tone: 'error', message: outcome.message, issues: outcome.status === 'has_errors' ? outcome.issues : undefined });
      } catch {
        failed();
      }
    });
  const dropConflict = () => {
    setConflict(null);
    setNotice(null);
  };
  return { notice, conflict, isPending, saveWith, publishWith, dropConflict };
}

/** The outcome of the last Save or Publish, read out by screen readers; a refused publish lists each problem. */
export function StudioNotice({ notice }: { notice: StudioNoticeState | null }) {
  return (
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
  );
}

type StudioActionBarProps = {
  text: SaveText;
  isPending: boolean;
  isDirty: boolean;
  hasConflict: boolean;
  /** Why Publish is refused now (unsaved changes, errors), or null when it may run. */
  publishBlock: string | null;
  notice: StudioNoticeState | null;
  onSave: () => void;
  onPublish: () => void;
};

/** Save draft and Publish with the reason Publish waits, and the last outcome. */
export function StudioActionBar({ text, isPending, isDirty, hasConflict, publishBlock, notice, onSave, onPublish }: StudioActionBarProps) {
  return (
    <div className="studio-actions">
      <button type="button" className="button primary" disabled={isPending || !isDirty || hasConflict} onClick={onSave}>
        {isPending ? text.saving : text.save}
      </button>
      <button type="button" className="button secondary" disabled={isPending || publishBlock !== null} aria-describedby="studio-publish-note" onClick={onPublish}>
        {isPending ? text.publishing : text.publish}
      </button>
      <p id="studio-publish-note" className="hint">
        {publishBlock ?? (isDirty ? text.unsaved : text.allSaved)}
      </p>
      <StudioNotice notice={notice} />
    </div>
  );
}

/** The two ways out of a stale save: save mine on top of the other admin's revision, or load theirs. */
export function StaleChoice({ text, isPending, onKeepMine, onTakeTheirs }: { text: SaveText; isPending: boolean; onKeepMine: () => void; onTakeTheirs: () => void }) {
  return (
    <div className="studio-actions">
      <button type="button" className="button primary" disabled={isPending} onClick={onKeepMine}>
        {text.staleKeepMine}
      </button>
      <button type="button" className="button secondary" disabled={isPending} onClick={onTakeTheirs}>
        {text.staleTakeTheirs}
      </button>
    </div>
  );
}
