import { stringify } from 'yaml';
import { z } from 'zod';
import { parseYaml, splitFrontMatter } from '../content/front-matter';
import { isError, sortContentIssues, type ContentIssue } from '../content/issues';
import { buildSets, type ContentFile } from '../content/library';
import type { Scenario } from '../content/scenario';
import { contentPaths, publishBlockers, type ContentBundle } from '../content/revisions';
import { contentIdSchema } from '../content/schemas';
import { LOCALES, type Locale } from '../shared/locales';

/*
 * A quiz set as the studio's set editor holds it: the fields of its one file, which the editor
 * writes back as YAML front matter that parseSetFile (and so `npm run content:check`) reads.
 */

export type SetDraft = {
  id: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** true: open for anonymous practice; false: assignment-only. */
  practice: boolean;
  /** How many scenarios an attempt draws at random; undefined plays all, in order. */
  draw?: number;
  scenarioIds: string[];
};

/** The most scenarios one set may list in the studio; the largest bundled set has 14. */
export const MAX_SET_SCENARIOS = 200;

const localized = (max: number) => z.object(Object.fromEntries(LOCALES.map((locale) => [locale, z.string().max(max)])) as Record<Locale, z.ZodString>);

/** What the set editor sends to be checked or saved. Emptiness and duplicates are the checker's to report. */
export const setDraftSchema = z.object({
  id: contentIdSchema,
  title: localized(300),
  description: localized(2000),
  practice: z.boolean(),
  draw: z.int().positive().max(MAX_SET_SCENARIOS).optional(),
  scenarioIds: z.array(contentIdSchema).max(MAX_SET_SCENARIOS),
});

export function setFilePath(id: string): string {
  return contentPaths('set', id)[0];
}

/** An empty set to start from: both languages to fill in, open for practice, no scenario yet. */
export function emptySetDraft(id: string): SetDraft {
  const blank = Object.fromEntries(LOCALES.map((locale) => [locale, ''])) as Record<Locale, string>;
  return { id, title: { ...blank }, description: { ...blank }, practice: true, scenarioIds: [] };
}

/** The set file's text: front matter in the order of the bundled sets, no body. */
export function writeSetFile(draft: SetDraft): string {
  const front = {
    id: draft.id,
    title: Object.fromEntries(LOCALES.map((locale) => [locale, draft.title[locale]])),
    description: Object.fromEntries(LOCALES.map((locale) => [locale, draft.description[locale]])),
    practice: draft.practice,
    ...(draft.draw === undefined ? {} : { draw: draft.draw }),
    scenarios: draft.scenarioIds,
  };
  return `---\n${stringify(front, { lineWidth: 0 })}---\n`;
}

/**
 * Reads a set file into the editor's fields, keeping what it can of a broken file (a wrong field
 * is left empty) so the admin can repair it; `issues` says when the file could not be read at all.
 */
export function readSetDraft(id: string, text: string): { draft: SetDraft; issues: ContentIssue[] } {
  const draft = emptySetDraft(id);
  const path = setFilePath(id);
  const split = splitFrontMatter(path, text);
  if ('message' in split) return { draft, issues: [split] };
  const { source, issues } = parseYaml(path, split);
  if (issues.length > 0) return { draft, issues };
  const data = (source.data ?? {}) as Record<string, unknown>;
  for (const field of ['title', 'description'] as const) {
    const value = data[field];
    for (const locale of LOCALES) {
      const text = value && typeof value === 'object' ? (value as Record<string, unknown>)[locale] : undefined;
      if (typeof text === 'string') draft[field][locale] = text;
    }
  }
  if (typeof data.practice === 'boolean') draft.practice = data.practice;
  if (typeof data.draw === 'number' && Number.isInteger(data.draw) && data.draw > 0) draft.draw = data.draw;
  if (Array.isArray(data.scenarios)) draft.scenarioIds = data.scenarios.filter((entry): entry is string => typeof entry === 'string');
  return { draft, issues: [] };
}

/** Which field of the set a line of its written file belongs to; `index` is the scenario's place. */
export type SetField = { field: 'id' | 'title' | 'description' | 'practice' | 'draw' | 'scenarios' | 'file'; index?: number };

export function setFieldOfLine(text: string, line: number): SetField {
  const lines = text.split('\n');
  let field: SetField = { field: 'file' };
  let entries = -1;
  for (let at = 1; at < Math.min(line, lines.length); at++) {
    const key = /^([a-z]+):/.exec(lines[at])?.[1];
    if (key) {
      field = (['id', 'title', 'description', 'practice', 'draw', 'scenarios'] as const).includes(key as never) ? { field: key as SetField['field'] } : { field: 'file' };
      entries = -1;
    } else if (field.field === 'scenarios' && /^\s*-\s/.test(lines[at])) field = { field: 'scenarios', index: ++entries };
  }
  return field;
}

/** A checker problem of a set draft, with the field it concerns; lines are of the written file. */
export type SetIssue = { path: string; line: number; column: number; message: string; severity: 'error' | 'warning'; target: SetField };

/** The published library as the set editor checks against it: the parsed scenarios, which have files, and the set files. */
export type SetCheckLibrary = { scenarios: ReadonlyMap<string, Scenario>; scenarioIds: ReadonlySet<string>; setFiles: ContentFile[] };

/** The published bundles as a SetCheckLibrary over already parsed scenarios (the served library's). */
export function setCheckLibrary(published: readonly ContentBundle[], scenarios: ReadonlyMap<string, Scenario>): SetCheckLibrary {
  return {
    scenarios,
    scenarioIds: new Set(published.filter((bundle) => bundle.kind === 'scenario').map((bundle) => bundle.id)),
    setFiles: published.filter((bundle) => bundle.kind === 'set').flatMap((bundle) => bundle.files),
  };
}

/**
 * The checks `npm run content:check` makes, for a set draft within the published library: its
 * file's errors and library-rule warnings (unknown scenarios, a scenario both in a practice and an
 * assignment-only set, near duplicates, the no-reading baseline), and errors it would bring to
 * other files. A scenario that exists but was never published is named as such: publish it first.
 * The scenarios are not parsed again, so a check takes milliseconds.
 */
export function checkSetDraft(draft: SetDraft, library: SetCheckLibrary, unpublishedScenarioIds: ReadonlySet<string>): { text: string; issues: SetIssue[] } {
  const text = writeSetFile(draft);
  const path = setFilePath(draft.id);
  const setIssues = (setFiles: ContentFile[]) => buildSets(setFiles, library.scenarioIds, library.scenarios).issues;
  const withDraft = setIssues([...library.setFiles.filter((file) => file.path !== path), { path, text }]);
  const elsewhere = publishBlockers([path], setIssues(library.setFiles), withDraft).filter((issue) => issue.path !== path);
  const own = withDraft.filter((issue) => issue.path === path);
  const toSetIssue = (issue: ContentIssue, target: SetField): SetIssue => ({ path: issue.path, line: issue.line, column: issue.column, message: issue.message, severity: isError(issue) ? 'error' : 'warning', target });
  const issues = sortContentIssues(own).map((issue) => {
    const target = setFieldOfLine(text, issue.line);
    const id = target.index === undefined ? undefined : draft.scenarioIds[target.index];
    const notPublished = id !== undefined && unpublishedScenarioIds.has(id) && isError(issue) && issue.message.startsWith('unknown scenario id');
    return toSetIssue(notPublished ? { ...issue, message: `scenario "${id}" is not published yet, so students could not play it; publish it first, or remove it from this set` } : issue, target);
  });
  return { text, issues: [...issues, ...sortContentIssues(elsewhere).map((issue) => toSetIssue(issue, { field: 'file' }))] };
}
