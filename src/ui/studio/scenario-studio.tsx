'use client';

import { useState } from 'react';
import { formatCalendarDay, readFreshnessFields, reviewStatus, type ReviewStatus } from '@/domain/content/freshness';
import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import type { DraftFiles } from '@/domain/studio/draft-check';
import type { LatestRevision, PublishOutcome, SaveOutcome } from '@/domain/studio/save-outcome';
import type { DraftCheckInput } from '@/domain/studio/schemas';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/shared/locales';
import { formatMessage } from '@/i18n/translate';
import { DiffLines } from './diff-lines';
import type { StudentScreenText } from './preview-text';
import { StaleChoice, StudioActionBar, useStudioActions, type SaveText } from './studio-actions';
import { StudioEditor, type StudioEditorText } from './studio-editor';

export type ScenarioStudioText = SaveText & {
  staleDiffOf: string;
  header: ScenarioHeaderText;
  editor: StudioEditorText;
};

/** The strings of the line above the editors: revision numbers, history link, source and review date. */
export type ScenarioHeaderText = {
  revision: string;
  neverPublished: string;
  history: string;
  source: string;
  noSource: string;
  noReviewBy: string;
  review: Record<Exclude<ReviewStatus, 'none'>, string>;
};

type ScenarioStudioProps = {
  id: string;
  locale: Locale;
  revisionId: string;
  /** The latest revision's number and the published one's (null: never published). */
  number: number;
  publishedNumber: number | null;
  /** The server's UTC date (YYYY-MM-DD) the review status is judged on. */
  today: string;
  historyHref: string;
  files: DraftFiles;
  check: (input: DraftCheckInput) => Promise<DraftCheckOutcome>;
  save: (input: { id: string; files: DraftFiles; baseRevisionId: string | null }) => Promise<SaveOutcome>;
  publish: (revisionId: string) => Promise<PublishOutcome>;
  screens: Record<Locale, StudentScreenText>;
  text: ScenarioStudioText;
};

/**
 * A scenario's editor with Save (a draft revision on top of the one it started from) and Publish
 * (the latest saved revision, refused while the checker finds errors). A save that collides with
 * another admin's shows their text beside one's own; nothing is overwritten without a choice.
 */
export function ScenarioStudio({ id, locale, revisionId, number, publishedNumber, today, historyHref, files, check, save, publish, screens, text }: ScenarioStudioProps) {
  const [base, setBase] = useState({ revisionId, number, files });
  const [published, setPublished] = useState(publishedNumber);
  const [loaded, setLoaded] = useState({ key: revisionId, files });
  const [current, setCurrent] = useState(files);
  const { notice, conflict, isPending, saveWith, publishWith, dropConflict } = useStudioActions<LatestRevision>(text.networkError);
  const isDirty = LOCALES.some((at) => current[at] !== base.files[at]);

  const onSave = (mine: DraftFiles, baseRevisionId: string) => saveWith(() => save({ id, files: mine, baseRevisionId }), (saved) => setBase({ revisionId: saved.revisionId, number: saved.number, files: mine }));
  const onPublish = () => publishWith(() => publish(base.revisionId), setPublished);

  const takeTheirs = (theirs: LatestRevision) => {
    setBase({ revisionId: theirs.revisionId, number: theirs.number, files: theirs.files });
    setLoaded({ key: theirs.revisionId, files: theirs.files });
    setCurrent(theirs.files);
    dropConflict();
  };

  return (
    <>
      <ScenarioHeader locale={locale} number={base.number} publishedNumber={published} files={base.files} today={today} historyHref={historyHref} text={text.header} />
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
          <StaleChoice text={text} isPending={isPending} onKeepMine={() => onSave(current, conflict.revisionId)} onTakeTheirs={() => takeTheirs(conflict)} />
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
            <StudioActionBar
              text={text}
              isPending={isPending}
              isDirty={isDirty}
              hasConflict={conflict !== null}
              publishBlock={publishBlock}
              notice={notice}
              onSave={() => onSave(current, base.revisionId)}
              onPublish={onPublish}
            />
          );
        }}
      />
    </>
  );
}

type ScenarioHeaderProps = { locale: Locale; number: number; publishedNumber: number | null; files: DraftFiles; today: string; historyHref: string; text: ScenarioHeaderText };

/**
 * Where the saved scenario stands: its latest and published revision (updated after each save and
 * publish), and the source and review date its saved text gives.
 */
export function ScenarioHeader({ locale, number, publishedNumber, files, today, historyHref, text }: ScenarioHeaderProps) {
  const fields = readFreshnessFields(files[locale]);
  const fallback = readFreshnessFields(files[DEFAULT_LOCALE]);
  const source = fields.source?.value ?? fallback.source?.value;
  const reviewBy = fields.reviewBy?.value ?? fallback.reviewBy?.value;
  const status = reviewStatus(reviewBy, new Date(`${today}T00:00:00Z`));
  return (
    <div className="studio-head">
      <p className="studio-revision-line">
        {publishedNumber === null ? formatMessage(text.neverPublished, { number }) : formatMessage(text.revision, { number, published: publishedNumber })} <a href={historyHref}>{text.history}</a>
      </p>
      <p className="studio-freshness">
        {status === 'none' || !reviewBy ? (
          <span className="badge studio-review-none">{text.noReviewBy}</span>
        ) : (
          <span className={`badge studio-review-${status}`}>{formatMessage(text.review[status], { date: formatCalendarDay(reviewBy, locale) })}</span>
        )}{' '}
        <span className="studio-source">{source ? formatMessage(text.source, { source }) : text.noSource}</span>
      </p>
    </div>
  );
}
