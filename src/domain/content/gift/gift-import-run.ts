import { contentPaths } from '../revisions';
import type { ContentFile } from '../library';
import { DRAFT_URL_PREFIX, type GiftImport } from './gift-to-scenario';

/*
 * What the command line (`npm run content:import-gift`) and the studio's import page share around
 * importGift: reading the uploaded bytes, the summary counts, and recognising a file imported before.
 */

/** The largest GIFT file imported at once, in bytes: a few hundred questions, well under the 1 MB request limit. */
export const MAX_GIFT_BYTES = 256 * 1024;

/** The file's text when it is UTF-8 (a byte-order mark is dropped later by the parser); Moodle requires UTF-8 too. */
export function decodeGiftBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: 'not_utf8' } {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, reason: 'not_utf8' };
  }
}

/** The counts an import reports: questions read and imported, refused (errors) and changed on the way (warnings). */
export type GiftImportSummary = { questions: number; imported: number; sets: number; refused: number; changed: number; draftProblems: number };

export function summarizeGiftImport(result: GiftImport): GiftImportSummary {
  const refused = result.problems.filter((problem) => problem.severity === 'error').length;
  return {
    questions: result.questionCount,
    imported: result.scenarios.length,
    sets: result.sets.length,
    refused,
    changed: result.problems.length - refused,
    draftProblems: result.draftIssues.length,
  };
}

/**
 * A draft scenario's files without its id, so the same question imported under another id compares
 * equal: importGift writes the id in two places only, the `id:` line and the exhibit's address.
 */
function withoutId(id: string, files: readonly ContentFile[]): string[] {
  return contentPaths('scenario', id).map((path) =>
    (files.find((file) => file.path === path)?.text ?? '')
      .replace(/^id: .*$/m, 'id:')
      .split(`${DRAFT_URL_PREFIX}${id} `)
      .join(DRAFT_URL_PREFIX),
  );
}

/**
 * The drafts of an import that an earlier import already created, with the id it created them
 * under: the same question of the same file in the same language writes the same text, apart from
 * the id (a re-import would get a suffixed one). `earlier` holds the scenarios imported before.
 */
export function findEarlierImports(result: GiftImport, earlier: readonly { id: string; files: ContentFile[] }[]): { draftId: string; earlierId: string }[] {
  const known = new Map(earlier.map((scenario) => [withoutId(scenario.id, scenario.files).join('\n\u0000\n'), scenario.id]));
  return result.scenarios.flatMap((draft) => {
    const key = withoutId(draft.id, result.files).join('\n\u0000\n');
    const earlierId = known.get(key);
    return earlierId ? [{ draftId: draft.id, earlierId }] : [];
  });
}
