import 'server-only';
import { groupContentFiles } from '@/domain/content/revisions';
import { importFileBundles, type FileImportReport } from '@/server/db/content-revisions';
import { CONTENT_FOLDERS, readContentFolder } from './read-files';

/**
 * Imports the content files below `root` as revisions (rules in src/domain/content/revisions.ts):
 * what changed since the last import is published, what is gone is withdrawn. Files whose names
 * are neither a scenario's nor a set's are reported and left out.
 */
export async function importContentFiles(root: string, now: Date = new Date()): Promise<FileImportReport & { unrecognised: string[] }> {
  const files = [...readContentFolder(root, CONTENT_FOLDERS.scenarios), ...readContentFolder(root, CONTENT_FOLDERS.sets)];
  const { bundles, unrecognised } = groupContentFiles(files);
  const report = await importFileBundles(bundles, now);
  return { ...report, unrecognised: unrecognised.map((file) => file.path) };
}
