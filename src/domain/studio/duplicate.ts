import { LOCALES } from '../shared/locales';
import type { DraftFiles } from './draft-check';

/**
 * A copy of a scenario under a new id: the front matter's `id` line is rewritten in both
 * languages and everything else stays, so the copy passes the checker as the original did.
 */
export function duplicateScenarioFiles(files: DraftFiles, fromId: string, toId: string): DraftFiles {
  const idLine = new RegExp(`^id:\\s*['"]?${fromId.replace(/-/g, '\\-')}['"]?\\s*$`, 'm');
  return Object.fromEntries(LOCALES.map((locale) => [locale, files[locale].replace(idLine, `id: ${toId}`)])) as DraftFiles;
}
