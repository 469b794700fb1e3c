'use client';

import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import type { DraftFiles, DraftIssue } from '@/domain/studio/draft-check';
import type { DraftCheckInput } from '@/domain/studio/schemas';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { formatMessage } from '@/i18n/translate';
import { IssueList, type IssueListText } from './issue-list';
import { MarkdownEditor, type MarkdownEditorHandle } from './markdown-editor';
import type { StudentScreenText } from './preview-text';
import { StudioPreview, type StudioPreviewText } from './studio-preview';

/** How long typing must pause before the draft is checked again. */
export const CHECK_DELAY_MS = 400;

export type StudioEditorText = {
  localeNames: Record<Locale, string>;
  editorLabel: string;
  languages: string;
  checking: string;
  checkFailed: string;
  issues: IssueListText;
  preview: StudioPreviewText;
};

/** The state the page's buttons (save, publish) act on. */
export type StudioEditorState = { files: DraftFiles; issues: DraftIssue[]; isChecked: boolean };

type StudioEditorProps = {
  id: string;
  locale: Locale;
  /** Read once: to load another text (a restored revision), give the editor a new `key`. */
  initialFiles: DraftFiles;
  /** The checker: the server action in the app. */
  check: (input: DraftCheckInput) => Promise<DraftCheckOutcome>;
  screens: Record<Locale, StudentScreenText>;
  text: StudioEditorText;
  /** The page's own controls, given the current text and problems. */
  actions?: (state: StudioEditorState) => ReactNode;
  onFilesChange?: (files: DraftFiles) => void;
};

/**
 * Both language files of a scenario side by side (tabs on a phone), checked as the admin types,
 * each problem in the gutter and in a list that jumps to it, and the phone-size preview.
 */
export function StudioEditor({ id, locale, initialFiles, check, screens, text, actions, onFilesChange }: StudioEditorProps) {
  const [files, setFiles] = useState<DraftFiles>(initialFiles);
  const [issues, setIssues] = useState<DraftIssue[]>([]);
  const [checkedText, setCheckedText] = useState<DraftFiles | null>(null);
  const [previews, setPreviews] = useState<Extract<DraftCheckOutcome, { ok: true }>['previews']>();
  const [failure, setFailure] = useState<string | null>(null);
  const [activeLocale, setActiveLocale] = useState<Locale>(locale);
  const editors = useRef<Partial<Record<Locale, MarkdownEditorHandle | null>>>({});
  const sequence = useRef(0);

  const runCheck = useCallback(
    async (draft: DraftFiles) => {
      const mine = ++sequence.current;
      try {
        const outcome = await check({ id, files: draft });
        if (mine !== sequence.current) return;
        if (!outcome.ok) {
          setFailure(outcome.message);
          return;
        }
        setFailure(null);
        setIssues(outcome.issues);
        setCheckedText(draft);
        if (outcome.previews) setPreviews(outcome.previews);
      } catch {
        if (mine === sequence.current) setFailure(text.checkFailed);
      }
    },
    [check, id, text.checkFailed],
  );

  useEffect(() => {
    const timer = setTimeout(() => void runCheck(files), checkedText === null ? 0 : CHECK_DELAY_MS);
    return () => clearTimeout(timer);
    // Only a new text starts a check; the first one runs at once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [files, runCheck]);

  const isChecked = checkedText !== null && LOCALES.every((at) => checkedText[at] === files[at]);
  const hasErrors = issues.some((issue) => issue.severity === 'error');
  const change = (at: Locale, value: string) => setFiles((current) => ({ ...current, [at]: value }));
  // The page's buttons follow the text; told after render, never during it.
  const latestListener = useRef(onFilesChange);
  useEffect(() => {
    latestListener.current = onFilesChange;
  });
  useEffect(() => latestListener.current?.(files), [files]);

  return (
    <div className="studio">
      <div className="studio-editors">
        <div className="studio-tabs" role="tablist" aria-label={text.languages}>
          {LOCALES.map((at) => {
            const count = issues.filter((issue) => issue.locale === at && issue.severity === 'error').length;
            return (
              <button key={at} type="button" role="tab" id={`studio-tab-${at}`} aria-controls={`studio-pane-${at}`} aria-selected={at === activeLocale} onClick={() => setActiveLocale(at)}>
                {text.localeNames[at]}
                {count > 0 && <span className="studio-tab-count">{count}</span>}
              </button>
            );
          })}
        </div>
        {LOCALES.map((at) => (
          <section key={at} id={`studio-pane-${at}`} className={`studio-pane${at === activeLocale ? ' is-active' : ''}`} aria-labelledby={`studio-heading-${at}`}>
            <h2 id={`studio-heading-${at}`} className="studio-pane-heading">
              {text.localeNames[at]} <code>{`${id}.${at}.md`}</code>
            </h2>
            <MarkdownEditor
              ref={(handle) => {
                editors.current[at] = handle;
              }}
              value={files[at]}
              onChange={(value) => change(at, value)}
              issues={checkedText && checkedText[at] === files[at] ? issues.filter((issue) => issue.locale === at) : []}
              label={formatMessage(text.editorLabel, { language: text.localeNames[at] })}
              lang={at}
            />
            <IssueList issues={issues.filter((issue) => issue.locale === at)} isChecked={isChecked} text={text.issues} onPick={(issue) => editors.current[at]?.goTo(issue.line, issue.column)} />
          </section>
        ))}
        <p className="studio-status" role="status" aria-live="polite">
          {failure ?? (isChecked ? '' : text.checking)}
        </p>
        {actions?.({ files, issues, isChecked })}
      </div>
      <StudioPreview previews={previews} isStale={isChecked && hasErrors} initialLocale={locale} screens={screens} text={text.preview} />
    </div>
  );
}
