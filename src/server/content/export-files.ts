import 'server-only';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadPublishedBundles } from '@/server/db/content-revisions';
import { CONTENT_FOLDERS, readContentFolder } from './read-files';

export type ExportReport = { written: string[]; unchanged: string[]; others: string[]; removed: string[] };

/**
 * Writes the live library (every published revision) below `root` as content/scenarios and
 * content/sets files, byte for byte as published, so `npm run content:check` reads the library the
 * app serves and the files can be committed. Scenario or set files below `root` that the live
 * library does not hold are listed in `others`, and deleted only with `prune`.
 */
export async function exportPublishedLibrary(root: string, { prune = false }: { prune?: boolean } = {}): Promise<ExportReport> {
  const { bundles } = await loadPublishedBundles();
  const report: ExportReport = { written: [], unchanged: [], others: [], removed: [] };
  const live = new Set<string>();
  for (const file of bundles.flatMap((bundle) => bundle.files)) {
    live.add(file.path);
    const target = join(root, file.path);
    let current: string | undefined;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      current = undefined;
    }
    if (current === file.text) {
      report.unchanged.push(file.path);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
    report.written.push(file.path);
  }
  for (const file of [...readContentFolder(root, CONTENT_FOLDERS.scenarios), ...readContentFolder(root, CONTENT_FOLDERS.sets)]) {
    if (live.has(file.path)) continue;
    if (prune) {
      rmSync(join(root, file.path));
      report.removed.push(file.path);
    } else report.others.push(file.path);
  }
  return report;
}
