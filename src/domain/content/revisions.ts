import { diffLines } from 'diff';
import { z } from 'zod';
import { isError, type ContentIssue } from './issues';
import { buildContentLibrary, scenarioVersionHash, type ContentFile, type ContentLibrary } from './library';

export type { ContentFile } from './library';
import { LOCALES } from '../shared/locales';

/*
 * Revisions of the content library: every version of a scenario (its two language files) or of a
 * quiz set (its one file) is kept, and the app serves the published revision of each.
 *
 * How the content files and the studio meet (also in content/README.md):
 * - At every start, each scenario or set whose files differ from the revision last imported from
 *   files becomes a new revision (source "file") and is published at once, errors and all, as the
 *   files always were: the library skips a broken file and logs it. Studio edits therefore win
 *   until a newer file arrives; then the file wins, and the studio's revisions stay in the history.
 * - A scenario or set whose files are gone is withdrawn (no longer published) when its live
 *   revision is the one imported from files; one published from the studio stays. A content
 *   folder without any file withdraws nothing.
 * - A studio revision is published only when the checker accepts it: no error in its files, and no
 *   new error elsewhere (a set naming a scenario that is not published, two languages that disagree).
 * - Only the latest revision can be published; restoring an old one saves its texts as a new revision.
 */

export const CONTENT_KINDS = ['scenario', 'set'] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];
export const REVISION_SOURCES = ['file', 'studio', 'import'] as const;
export type RevisionSource = (typeof REVISION_SOURCES)[number];

/** The files of one scenario or set, as a revision holds them. */
export type ContentBundle = { kind: ContentKind; id: string; files: ContentFile[] };

const CONTENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Longest file the studio accepts; the longest bundled scenario is under a tenth of it. */
export const MAX_CONTENT_FILE_CHARS = 100_000;

/** The paths a scenario's or set's files must have, in the order of LOCALES for a scenario. */
export function contentPaths(kind: ContentKind, id: string): string[] {
  return kind === 'scenario' ? LOCALES.map((locale) => `content/scenarios/${id}.${locale}.md`) : [`content/sets/${id}.md`];
}

/** Which scenario or set a content path belongs to, or undefined for any other path. */
export function contentKeyOfPath(path: string): { kind: ContentKind; id: string } | undefined {
  const scenario = /^content\/scenarios\/([^/]+)\.(zh-CN|en)\.md$/.exec(path);
  if (scenario && CONTENT_ID.test(scenario[1])) return { kind: 'scenario', id: scenario[1] };
  const set = /^content\/sets\/([^/]+)\.md$/.exec(path);
  if (set && CONTENT_ID.test(set[1])) return { kind: 'set', id: set[1] };
  return undefined;
}

/** Files in the order of their expected paths (a scenario's languages in LOCALES order). */
export function orderFiles(kind: ContentKind, id: string, files: ContentFile[]): ContentFile[] {
  const order = contentPaths(kind, id);
  const rank = (path: string) => (order.includes(path) ? order.indexOf(path) : order.length);
  return [...files].sort((a, b) => rank(a.path) - rank(b.path) || a.path.localeCompare(b.path));
}

/**
 * Groups the files of content folders by scenario or set. Files whose names fit neither pattern
 * are returned apart, for the caller to report; the library's checker names what is wrong with them.
 */
export function groupContentFiles(files: ContentFile[]): { bundles: ContentBundle[]; unrecognised: ContentFile[] } {
  const byKey = new Map<string, ContentBundle>();
  const unrecognised: ContentFile[] = [];
  for (const file of files) {
    const key = contentKeyOfPath(file.path);
    if (!key) {
      unrecognised.push(file);
      continue;
    }
    const name = `${key.kind}:${key.id}`;
    const bundle = byKey.get(name) ?? { ...key, files: [] };
    bundle.files.push(file);
    byKey.set(name, bundle);
  }
  const bundles = [...byKey.values()].map((bundle) => ({ ...bundle, files: orderFiles(bundle.kind, bundle.id, bundle.files) }));
  return { bundles: bundles.sort((a, b) => a.kind.localeCompare(b.kind) || a.id.localeCompare(b.id)), unrecognised };
}

/** The version a scenario revision pins (the library's hash of both files); null for sets and incomplete scenarios. */
export function revisionVersion(kind: ContentKind, id: string, files: ContentFile[]): string | null {
  if (kind !== 'scenario') return null;
  const texts = contentPaths(kind, id).map((path) => files.find((file) => file.path === path)?.text);
  return texts.every((text) => text !== undefined) ? scenarioVersionHash(texts as string[]) : null;
}

/** Whether two revisions hold the same files with the same texts, in any order. */
export function sameFiles(a: ContentFile[], b: ContentFile[]): boolean {
  if (a.length !== b.length) return false;
  const texts = new Map(a.map((file) => [file.path, file.text]));
  return b.every((file) => texts.get(file.path) === file.text);
}

/** What the database holds of one scenario or set, as the file import needs it. */
export type ImportedState = {
  kind: ContentKind;
  id: string;
  /** The files of the revision last imported from files; null when none was. */
  fileRevisionFiles: ContentFile[] | null;
  /** Whether the published revision is that file revision. */
  isFileRevisionPublished: boolean;
  isPublished: boolean;
};

export type ImportStep = { action: 'import'; bundle: ContentBundle } | { action: 'withdraw'; kind: ContentKind; id: string };

/**
 * What a start does with the content files: import (and publish) each scenario or set whose files
 * differ from the revision last imported from files; withdraw each one whose files are gone while
 * its file revision is live. An empty content folder withdraws nothing (a wrong CONTENT_ROOT must
 * not empty the library).
 */
export function planFileImport(states: ImportedState[], bundles: ContentBundle[]): ImportStep[] {
  const stateOf = new Map(states.map((state) => [`${state.kind}:${state.id}`, state]));
  const steps: ImportStep[] = [];
  for (const bundle of bundles) {
    const state = stateOf.get(`${bundle.kind}:${bundle.id}`);
    if (!state?.fileRevisionFiles || !sameFiles(state.fileRevisionFiles, bundle.files)) steps.push({ action: 'import', bundle });
  }
  if (bundles.length === 0) return steps;
  const present = new Set(bundles.map((bundle) => `${bundle.kind}:${bundle.id}`));
  for (const state of states) {
    if (!present.has(`${state.kind}:${state.id}`) && state.fileRevisionFiles && state.isFileRevisionPublished) steps.push({ action: 'withdraw', kind: state.kind, id: state.id });
  }
  return steps;
}

/** Builds the library from bundles, as content:check does from folders. */
export function libraryOfBundles(bundles: readonly ContentBundle[]): ContentLibrary {
  const files = (kind: ContentKind) => bundles.filter((bundle) => bundle.kind === kind).flatMap((bundle) => bundle.files);
  return buildContentLibrary(files('scenario'), files('set'));
}

/** The published library's files with one scenario's or set's files replaced by a candidate's. */
export function withCandidate(published: ContentBundle[], candidate: ContentBundle): ContentBundle[] {
  return [...published.filter((bundle) => bundle.kind !== candidate.kind || bundle.id !== candidate.id), candidate];
}

/**
 * The errors that keep a candidate revision from being published: every error in its own files,
 * and every error elsewhere in the library that it would bring (a message the live library does
 * not have). Library-rule warnings never block.
 */
export function publishBlockers(candidatePaths: string[], liveIssues: ContentIssue[], candidateIssues: ContentIssue[]): ContentIssue[] {
  const key = (issue: ContentIssue) => `${issue.path}\n${issue.message}`;
  const live = new Set(liveIssues.filter(isError).map(key));
  return candidateIssues.filter((issue) => isError(issue) && (candidatePaths.includes(issue.path) || !live.has(key(issue))));
}

/** One line of a readable diff; numbers are 1-based lines of the older and the newer text. */
export type DiffLine =
  | { kind: 'same'; oldLine: number; newLine: number; text: string }
  | { kind: 'removed'; oldLine: number; text: string }
  | { kind: 'added'; newLine: number; text: string }
  /** Unchanged lines left out between two changes. */
  | { kind: 'gap'; lines: number };

export type FileDiff = { path: string; status: 'added' | 'removed' | 'changed' | 'unchanged'; added: number; removed: number; lines: DiffLine[] };

function splitLines(value: string): string[] {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A line diff of one text, with `context` unchanged lines around each change and gaps between. */
export function diffText(before: string, after: string, context = 3): { lines: DiffLine[]; added: number; removed: number } {
  const all: DiffLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  let added = 0;
  let removed = 0;
  for (const part of diffLines(before.replace(/\r\n/g, '\n'), after.replace(/\r\n/g, '\n'))) {
    for (const text of splitLines(part.value)) {
      if (part.added) {
        all.push({ kind: 'added', newLine: newLine++, text });
        added++;
      } else if (part.removed) {
        all.push({ kind: 'removed', oldLine: oldLine++, text });
        removed++;
      } else all.push({ kind: 'same', oldLine: oldLine++, newLine: newLine++, text });
    }
  }
  const near = all.map(() => false);
  all.forEach((line, index) => {
    if (line.kind === 'same') return;
    for (let at = Math.max(0, index - context); at <= Math.min(all.length - 1, index + context); at++) near[at] = true;
  });
  const lines: DiffLine[] = [];
  let skipped = 0;
  all.forEach((line, index) => {
    if (near[index]) {
      if (skipped > 0) lines.push({ kind: 'gap', lines: skipped });
      skipped = 0;
      lines.push(line);
    } else skipped++;
  });
  if (skipped > 0 && lines.length > 0) lines.push({ kind: 'gap', lines: skipped });
  return { lines, added, removed };
}

/** The diff between two revisions of one scenario or set, file by file, in path order. */
export function diffRevisionFiles(from: ContentFile[], to: ContentFile[], context = 3): FileDiff[] {
  const paths = [...new Set([...from, ...to].map((file) => file.path))].sort();
  return paths.map((path) => {
    const before = from.find((file) => file.path === path);
    const after = to.find((file) => file.path === path);
    const { lines, added, removed } = diffText(before?.text ?? '', after?.text ?? '', context);
    const status = !before ? 'added' : !after ? 'removed' : added + removed === 0 ? 'unchanged' : 'changed';
    return { path, status, added, removed, lines };
  });
}

export const contentKindSchema = z.enum(CONTENT_KINDS);
export const contentIdSchema = z.string().regex(CONTENT_ID, { error: 'must be kebab-case: lowercase letters, digits and single hyphens, e.g. "price-relink"' });
export const revisionIdSchema = z.string().min(1).max(64);

const contentFileSchema = z.object({
  path: z.string().min(1).max(200),
  text: z.string().max(MAX_CONTENT_FILE_CHARS, { error: `a file may hold at most ${MAX_CONTENT_FILE_CHARS} characters` }),
});

/**
 * A save from the studio: the files of one scenario (both languages) or set, on top of the
 * revision the editor started from (null for a new scenario or set).
 */
export const saveRevisionInputSchema = z
  .object({
    kind: contentKindSchema,
    id: contentIdSchema,
    files: z.array(contentFileSchema).min(1).max(LOCALES.length),
    baseRevisionId: revisionIdSchema.nullable(),
    source: z.enum(['studio', 'import']).default('studio'),
  })
  .superRefine((input, context) => {
    const expected = contentPaths(input.kind, input.id);
    const paths = input.files.map((file) => file.path);
    if (paths.length !== expected.length || expected.some((path) => !paths.includes(path))) {
      context.addIssue({ code: 'custom', path: ['files'], message: `the files must be exactly ${expected.join(' and ')}` });
    }
  });
export type SaveRevisionInput = z.input<typeof saveRevisionInputSchema>;
