'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type { SetIssue } from '@/domain/studio/set-draft';
import type { SetScenarioChoice } from '@/domain/studio/set-outcome';
import type { Locale } from '@/domain/shared/locales';
import { formatMessage } from '@/i18n/translate';
import { FieldIssues } from './set-field-issues';

export type SetScenariosText = {
  /** "Scenarios ({count})" */
  heading: string;
  none: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  /** "Move {title} up" and the like: what a screen reader hears for each button. */
  moveUpLabel: string;
  moveDownLabel: string;
  removeLabel: string;
  unknown: string;
  addHeading: string;
  search: string;
  searchHint: string;
  add: string;
  addLabel: string;
  /** "{count} more match: …" */
  more: string;
  noMatch: string;
  channels: Record<string, string>;
  verdicts: Record<string, string>;
  statuses: Record<string, string>;
};

/** How many scenarios the search lists at once: a few to start with, more once the admin types. */
export const SET_SEARCH_RESULTS = { browsing: 6, searching: 12 };

type SetScenariosPanelProps = {
  locale: Locale;
  scenarioIds: readonly string[];
  choices: readonly SetScenarioChoice[];
  issues: readonly SetIssue[];
  onChange: (scenarioIds: string[]) => void;
  text: SetScenariosText;
  issueText: { error: string; warning: string };
};

const titleOf = (choice: SetScenarioChoice | undefined, id: string, locale: Locale) => choice?.title[locale] ?? choice?.title['zh-CN'] ?? id;

/**
 * The set's scenarios in playing order, each with buttons to move it up or down and to remove it
 * (plain buttons: keyboard and touch, no dragging), and a search of the library to add more.
 */
export function SetScenariosPanel({ locale, scenarioIds, choices, issues, onChange, text, issueText }: SetScenariosPanelProps) {
  const [query, setQuery] = useState('');
  // Where the focus goes once the list shows a change: set by a button, used after the next render.
  const focusTarget = useRef<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  const byId = new Map(choices.map((choice) => [choice.id, choice]));

  useLayoutEffect(() => {
    if (!focusTarget.current) return;
    panel.current?.querySelector<HTMLElement>(focusTarget.current)?.focus();
    focusTarget.current = null;
  });

  const move = (index: number, by: -1 | 1) => {
    const next = [...scenarioIds];
    [next[index], next[index + by]] = [next[index + by], next[index]];
    onChange(next);
    const landed = index + by;
    // Keep the focus on the moved scenario: on the same button, or the other one at an end.
    const edge = (by === -1 && landed === 0) || (by === 1 && landed === next.length - 1);
    focusTarget.current = `[data-entry="${landed}"] [data-move="${edge ? -by : by}"]`;
  };
  const remove = (index: number) => {
    onChange(scenarioIds.filter((_, at) => at !== index));
    focusTarget.current = scenarioIds.length > 1 ? `[data-entry="${Math.min(index, scenarioIds.length - 2)}"] [data-remove]` : '#set-scenario-search';
  };
  const add = (id: string) => {
    onChange([...scenarioIds, id]);
    focusTarget.current = '#set-scenario-search';
  };

  const needle = query.trim().toLowerCase();
  const matches = choices.filter((choice) => {
    if (scenarioIds.includes(choice.id)) return false;
    if (!needle) return true;
    const words = [choice.id, ...Object.values(choice.title), choice.channel && text.channels[choice.channel], choice.verdict && text.verdicts[choice.verdict]];
    return words.some((word) => word?.toLowerCase().includes(needle));
  });

  const shown = needle ? SET_SEARCH_RESULTS.searching : SET_SEARCH_RESULTS.browsing;
  const facts = (choice: SetScenarioChoice | undefined) => (
    <>
      {choice?.channel && <span>{text.channels[choice.channel]}</span>}
      {choice?.verdict && <span>{text.verdicts[choice.verdict]}</span>}
      {choice && choice.status !== 'published' && <span className={`badge studio-status-${choice.status}`}>{text.statuses[choice.status]}</span>}
      {!choice && <span className="badge studio-status-unpublished">{text.unknown}</span>}
    </>
  );

  return (
    <section ref={panel} className="panel studio-set-scenarios" aria-labelledby="set-scenarios-heading">
      <h2 id="set-scenarios-heading">{formatMessage(text.heading, { count: scenarioIds.length })}</h2>
      <FieldIssues issues={issues.filter((issue) => issue.target.field === 'scenarios' && issue.target.index === undefined)} text={issueText} />
      {scenarioIds.length === 0 ? (
        <p className="hint">{text.none}</p>
      ) : (
        <ol className="studio-set-entries">
          {scenarioIds.map((id, index) => {
            const choice = byId.get(id);
            const title = titleOf(choice, id, locale);
            return (
              <li key={id} data-entry={index} className="studio-set-entry">
                <span className="studio-set-position" aria-hidden="true">
                  {index + 1}
                </span>
                <div className="studio-set-entry-main">
                  <p className="studio-set-entry-title">{title}</p>
                  <p className="row-meta">
                    <code>{id}</code>
                    {facts(choice)}
                  </p>
                  <FieldIssues issues={issues.filter((issue) => issue.target.field === 'scenarios' && issue.target.index === index)} text={issueText} />
                </div>
                <div className="studio-set-entry-actions">
                  <button type="button" className="button small secondary" data-move="-1" disabled={index === 0} aria-label={formatMessage(text.moveUpLabel, { title })} onClick={() => move(index, -1)}>
                    <span aria-hidden="true">↑</span> {text.moveUp}
                  </button>
                  <button type="button" className="button small secondary" data-move="1" disabled={index === scenarioIds.length - 1} aria-label={formatMessage(text.moveDownLabel, { title })} onClick={() => move(index, 1)}>
                    <span aria-hidden="true">↓</span> {text.moveDown}
                  </button>
                  <button type="button" className="button small secondary" data-remove="" aria-label={formatMessage(text.removeLabel, { title })} onClick={() => remove(index)}>
                    {text.remove}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      <div className="studio-set-add">
        <h3>{text.addHeading}</h3>
        <label htmlFor="set-scenario-search">{text.search}</label>
        <input id="set-scenario-search" type="search" value={query} placeholder={text.searchHint} autoComplete="off" onChange={(event) => setQuery(event.target.value)} />
        {matches.length === 0 ? (
          <p className="hint">{text.noMatch}</p>
        ) : (
          <ul className="studio-set-matches">
            {matches.slice(0, shown).map((choice) => {
              const title = titleOf(choice, choice.id, locale);
              return (
                <li key={choice.id} className="studio-set-match">
                  <div className="studio-set-entry-main">
                    <p className="studio-set-entry-title">{title}</p>
                    <p className="row-meta">
                      <code>{choice.id}</code>
                      {facts(choice)}
                    </p>
                  </div>
                  <button type="button" className="button small secondary" aria-label={formatMessage(text.addLabel, { title })} onClick={() => add(choice.id)}>
                    {text.add}
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {matches.length > shown && <p className="hint">{formatMessage(text.more, { count: matches.length - shown })}</p>}
      </div>
    </section>
  );
}
