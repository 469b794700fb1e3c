import type { DiffLine } from '../content/revisions';
import type { Locale } from '../shared/locales';
import type { DraftFiles } from './draft-check';

/**
 * The other admin's revision that a save collided with, to show next to one's own text: their
 * files, and per language the line diff from their text to the one being saved.
 */
export type LatestRevision = { revisionId: string; number: number; authorName: string | null; files: DraftFiles; diffs: Record<Locale, { lines: DiffLine[]; changed: number }> };

/** What the editor's Save gets back; messages are already translated. */
export type SaveOutcome =
  | { status: 'saved'; revisionId: string; number: number; message: string }
  | { status: 'stale'; latest: LatestRevision; message: string }
  | { status: 'error'; message: string };

/** A problem that blocks publishing, as "path:line:column message" parts. */
export type PublishIssue = { path: string; line: number; column: number; message: string };

export type PublishOutcome =
  | { status: 'published'; number: number; message: string }
  | { status: 'has_errors'; issues: PublishIssue[]; message: string }
  | { status: 'error'; message: string };
