import 'server-only';
import type { ContentIssue } from '@/domain/content/issues';
import { groupContentFiles } from '@/domain/content/revisions';
import { importFileBundles, type FileImportReport } from '@/server/db/content-revisions';
import { checkFolderImages } from './check-images';
import { CONTENT_FOLDERS, readContentFolder } from './read-files';

/**
 * Imports the content files below `root` as revisions (rules in src/domain/content/revisions.ts):
 * what changed since the last import is published, what is gone is withdrawn. Files whose names
 * are neither a scenario's nor a set's are reported and left out. Image exhibits whose picture is
 * neither in content/media/ nor uploaded are reported too (`content:check` fails on them): such a
 * scenario is still served, with its picture missing, so a start never withdraws content for it.
 */
export async function importContentFiles(
  root: string,
  now: Date = new Date(),
): Promise<FileImportReport & { unrecognised: string[]; missingImages: ContentIssue[] }> {
  const scenarioFiles = readContentFolder(root, CONTENT_FOLDERS.scenarios);
  const { bundles, unrecognised } = groupContentFiles([...scenarioFiles, ...readContentFolder(root, CONTENT_FOLDERS.sets)]);
  const report = await importFileBundles(bundles, now);
  const images = await checkFolderImages(root, scenarioFiles);
  return { ...report, unrecognised: unrecognised.map((file) => file.path), missingImages: images.issues };
}
