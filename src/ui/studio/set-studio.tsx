'use client';

import { useEffect, useRef, useState } from 'react';
import type { SetDraft, SetIssue } from '@/domain/studio/set-draft';
import type { LatestSetRevision, SetCheckOutcome, SetSaveOutcome, SetScenarioChoice } from '@/domain/studio/set-outcome';
import type { PublishOutcome } from '@/domain/studio/save-outcome';
import type { Locale } from '@/domain/shared/locales';
import { formatMessage } from '@/i18n/translate';
import { DiffLines } from './diff-lines';
import { SetDetailsPanel, type SetDetailsText } from './set-details-panel';
import { SetScenariosPanel, type SetScenariosText } from './set-scenarios-panel';
import { StaleChoice, StudioActionBar, useStudioActions, type SaveText, type StudioNoticeState } from './studio-actions';
import { CHECK_DELAY_MS } from './studio-editor';

export type SetStudioText = SaveText & {
  details: SetDetailsText;
  scenarios: SetScenariosText;
  issuesHeading: string;
  issuesNone: string;
  /** "{errors} errors, {warnings} warnings" */
  issuesCount: string;
  error: string;
  warning: string;
  /** Where a problem is: "Title", "Scenario {position}", the path of another file… */
  fields: Record<SetIssue['target']['field'], string>;
  scenarioField: string;
  fileHeading: string;
  checking: string;
  checkFailed: string;
  added: string;
  alreadyIn: string;
  unknownToAdd: string;
};

type SetStudioProps = {
  locale: Locale;
  revisionId: string;
  draft: SetDraft;
  choices: readonly SetScenarioChoice[];
  /** A scenario to append on opening (from a scenario's "Add to set…"). */
  addOnOpen?: string;
  check: (draft: SetDraft) => Promise<SetCheckOutcome>;
  save: (input: { draft: SetDraft; baseRevisionId: string | null }) => Promise<SetSaveOutcome>;
  publish: (revisionId: string) => Promise<PublishOutcome>;
  text: SetStudioText;
};

const sameDraft = (a: SetDraft, b: SetDraft) => JSON.stringify(a) === JSON.stringify(b);

function opening(draft: SetDraft, choices: readonly SetScenarioChoice[], add: string | undefined, locale: Locale, text: SetStudioText): { draft: SetDraft; notice: StudioNoticeState | null } {
  if (!add) return { draft, notice: null };
  const choice = choices.find((candidate) => candidate.id === add);
  if (!choice) return { draft, notice: { tone: 'error', message: formatMessage(text.unknownToAdd, { id: add }) } };
  if (draft.scenarioIds.includes(add)) return { draft, notice: { tone: 'success', message: formatMessage(text.alreadyIn, { id: add }) } };
  return { draft: { ...draft, scenarioIds: [...draft.scenarioIds, add] }, notice: { tone: 'success', message: formatMessage(text.added, { title: choice.title[locale] ?? choice.title['zh-CN'] ?? add }) } };
}

/**
 * A quiz set's editor: its fields, its scenarios in order, the checker's problems as the admin
 * edits, Save (a draft revision on top of the one it started from) and Publish (the latest saved
 * revision, refused while the checker finds errors). A save that collides with another admin's
 * shows their set beside ours; nothing is overwritten without a choice.
 */
export function SetStudio({ locale, revisionId, draft, choices, addOnOpen, check, save, publish, text }: SetStudioProps) {
  const [start] = useState(() => opening(draft, choices, addOnOpen, locale, text));
  const [base, setBase] = useState({ revisionId, draft });
  const [current, setCurrent] = useState(start.draft);
  const [checked, setChecked] = useState<{ draft: SetDraft; issues: SetIssue[]; text: string } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { notice, conflict, isPending, saveWith, publishWith, dropConflict } = useStudioActions<LatestSetRevision>(text.networkError);
  const sequence = useRef(0);

  const key = JSON.stringify(current);
  useEffect(() => {
    const mine = ++sequence.current;
    const timer = setTimeout(
      async () => {
        try {
          const outcome = await check(current);
          if (mine !== sequence.current) return;
          if (!outcome.ok) return setFailure(outcome.message);
          setFailure(null);
          setChecked({ draft: current, issues: outcome.issues, text: outcome.text });
        } catch {
          if (mine === sequence.current) setFailure(text.checkFailed);
        }
      },
      sequence.current === 1 ? 0 : CHECK_DELAY_MS,
    );
    return () => clearTimeout(timer);
    // The draft's text is what matters, not its identity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, check]);

  const isDirty = !sameDraft(current, base.draft);
  const isChecked = checked !== null && sameDraft(checked.draft, current);
  const issues = checked?.issues ?? [];
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  const publishBlock = isDirty ? text.publishNeedsSave : isChecked && errors > 0 ? text.publishHasErrors : null;
  const issueText = { error: text.error, warning: text.warning };

  const onSave = (baseRevisionId: string) => saveWith(() => save({ draft: current, baseRevisionId }), (saved) => setBase({ revisionId: saved.revisionId, draft: current }));
  const onPublish = () => publishWith(() => publish(base.revisionId));

  const takeTheirs = (theirs: LatestSetRevision) => {
    setBase({ revisionId: theirs.revisionId, draft: theirs.draft });
    setCurrent(theirs.draft);
    dropConflict();
  };

  const where = (issue: SetIssue) => {
    if (issue.target.field === 'scenarios' && issue.target.index !== undefined) return formatMessage(text.scenarioField, { position: issue.target.index + 1, id: current.scenarioIds[issue.target.index] ?? '' });
    return issue.target.field === 'file' ? `${text.fields.file} ${issue.path}` : text.fields[issue.target.field];
  };

  return (
    <div className="studio-set">
      {start.notice && (
        <p className={`notice ${start.notice.tone}`} role="status">
          {start.notice.message}
        </p>
      )}
      {conflict && (
        <section className="panel studio-conflict" aria-labelledby="studio-conflict-heading">
          <h2 id="studio-conflict-heading">{text.staleHeading}</h2>
          <p>{text.staleHelp}</p>
          <div className="studio-diff">{conflict.changed === 0 ? <p className="hint">{text.staleNoChange}</p> : <DiffLines lines={conflict.diff} />}</div>
          <StaleChoice text={text} isPending={isPending} onKeepMine={() => onSave(conflict.revisionId)} onTakeTheirs={() => takeTheirs(conflict)} />
        </section>
      )}
      <SetDetailsPanel draft={current} issues={isChecked ? issues : []} onChange={setCurrent} text={text.details} issueText={issueText} />
      <SetScenariosPanel locale={locale} scenarioIds={current.scenarioIds} choices={choices} issues={isChecked ? issues : []} onChange={(scenarioIds) => setCurrent((draft) => ({ ...draft, scenarioIds }))} text={text.scenarios} issueText={issueText} />
      <section className="panel studio-set-check" aria-labelledby="set-issues-heading">
        <h2 id="set-issues-heading">
          {text.issuesHeading}{' '}
          <span className="studio-issue-count">{isChecked ? (issues.length === 0 ? text.issuesNone : formatMessage(text.issuesCount, { errors, warnings: issues.length - errors })) : ''}</span>
        </h2>
        <p className="studio-status" role="status" aria-live="polite">
          {failure ?? (isChecked ? '' : text.checking)}
        </p>
        {issues.length > 0 && (
          <ul className="studio-set-issues">
            {issues.map((issue, index) => (
              <li key={index} className={`studio-field-issue ${issue.severity}`}>
                <strong>{issue.severity === 'error' ? text.error : text.warning}</strong> <span className="studio-issue-position">{where(issue)}</span> {issue.message}
              </li>
            ))}
          </ul>
        )}
        {checked && (
          <details className="studio-set-file">
            <summary>{formatMessage(text.fileHeading, { path: `content/sets/${current.id}.md` })}</summary>
            <pre>{checked.text}</pre>
          </details>
        )}
        <StudioActionBar
          text={text}
          isPending={isPending}
          isDirty={isDirty}
          hasConflict={conflict !== null}
          publishBlock={publishBlock}
          notice={notice}
          onSave={() => onSave(base.revisionId)}
          onPublish={onPublish}
        />
      </section>
    </div>
  );
}
