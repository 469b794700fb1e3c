'use client';

import type { SetDraft, SetIssue } from '@/domain/studio/set-draft';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { FieldIssues } from './set-field-issues';

export type SetDetailsText = {
  heading: string;
  title: string;
  description: string;
  localeNames: Record<Locale, string>;
  useHeading: string;
  practice: string;
  assignmentOnly: string;
  draw: string;
  drawHint: string;
};

type SetDetailsPanelProps = { draft: SetDraft; issues: readonly SetIssue[]; onChange: (draft: SetDraft) => void; text: SetDetailsText; issueText: { error: string; warning: string } };

/** A set's title and description in both languages, who may use it, and how many scenarios an attempt draws. */
export function SetDetailsPanel({ draft, issues, onChange, text, issueText }: SetDetailsPanelProps) {
  const setText = (field: 'title' | 'description', locale: Locale, value: string) => onChange({ ...draft, [field]: { ...draft[field], [locale]: value } });
  const of = (field: SetIssue['target']['field']) => issues.filter((issue) => issue.target.field === field);
  return (
    <section className="panel studio-set-details" aria-labelledby="set-details-heading">
      <h2 id="set-details-heading">{text.heading}</h2>
      <div className="studio-set-languages">
        {LOCALES.map((locale) => (
          <fieldset key={locale} className="studio-set-language" lang={locale}>
            <legend>{text.localeNames[locale]}</legend>
            <label htmlFor={`set-title-${locale}`}>{text.title}</label>
            <input id={`set-title-${locale}`} value={draft.title[locale]} onChange={(event) => setText('title', locale, event.target.value)} />
            <label htmlFor={`set-description-${locale}`}>{text.description}</label>
            <textarea id={`set-description-${locale}`} rows={3} value={draft.description[locale]} onChange={(event) => setText('description', locale, event.target.value)} />
          </fieldset>
        ))}
      </div>
      <FieldIssues issues={[...of('title'), ...of('description')]} text={issueText} />
      <fieldset className="studio-set-use">
        <legend>{text.useHeading}</legend>
        <label className="choice">
          <input type="radio" name="set-use" checked={draft.practice} onChange={() => onChange({ ...draft, practice: true })} />
          <span>{text.practice}</span>
        </label>
        <label className="choice">
          <input type="radio" name="set-use" checked={!draft.practice} onChange={() => onChange({ ...draft, practice: false })} />
          <span>{text.assignmentOnly}</span>
        </label>
      </fieldset>
      <FieldIssues issues={of('practice')} text={issueText} />
      <div className="studio-set-draw">
        <label htmlFor="set-draw">{text.draw}</label>
        <input
          id="set-draw"
          type="number"
          inputMode="numeric"
          min={1}
          max={Math.max(1, draft.scenarioIds.length)}
          value={draft.draw ?? ''}
          aria-describedby="set-draw-hint"
          onChange={(event) => {
            const value = Number.parseInt(event.target.value, 10);
            onChange({ ...draft, draw: Number.isInteger(value) && value > 0 ? value : undefined });
          }}
        />
        <p id="set-draw-hint" className="hint">
          {text.drawHint}
        </p>
      </div>
      <FieldIssues issues={of('draw')} text={issueText} />
    </section>
  );
}
