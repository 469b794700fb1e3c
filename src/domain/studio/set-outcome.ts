import type { DiffLine } from '../content/revisions';
import type { Channel, Verdict } from '../content/taxonomy';
import type { Locale } from '../shared/locales';
import type { LibraryStatus } from './library-filter';
import type { SetDraft, SetIssue } from './set-draft';

/** A scenario the set editor offers: channel and verdict come from its published text, when it has one. */
export type SetScenarioChoice = { id: string; title: Partial<Record<Locale, string>>; status: LibraryStatus; channel?: Channel; verdict?: Verdict };

/** What the set editor gets back for a draft: its problems and the file text it would save. */
export type SetCheckOutcome = { ok: true; issues: SetIssue[]; text: string } | { ok: false; message: string };

/** Another admin's revision a set save collided with, and the diff from their file to ours. */
export type LatestSetRevision = { revisionId: string; number: number; authorName: string | null; draft: SetDraft; diff: DiffLine[]; changed: number };

/** What the set editor's Save gets back; messages are already translated. */
export type SetSaveOutcome =
  | { status: 'saved'; revisionId: string; number: number; message: string }
  | { status: 'stale'; latest: LatestSetRevision; message: string }
  | { status: 'error'; message: string };
