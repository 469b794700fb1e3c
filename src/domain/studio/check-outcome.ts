import type { DraftIssue } from './draft-check';
import type { ScenarioPreview } from './preview';
import type { Locale } from '../shared/locales';

/**
 * What the editor gets back for a draft: every problem, and the preview of each language once the
 * scenario has no error. `message` of a refusal is already translated for the admin.
 */
export type DraftCheckOutcome =
  | { ok: true; issues: DraftIssue[]; previews?: Record<Locale, ScenarioPreview> }
  | { ok: false; message: string };
