import 'server-only';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { findImageReferences } from '@/domain/content/media-references';
import { mediaNameOf, parseUploadedMediaName } from '@/domain/media/references';
import { loadPublishedBundles } from '@/server/db/content-revisions';
import { getMediaAssetFiles } from '@/server/db/media-assets';
import { MEDIA_FOLDER } from './media-files';
import { CONTENT_FOLDERS, readContentFolder } from './read-files';

export type ExportReport = { written: string[]; unchanged: string[]; others: string[]; removed: string[] };

/**
 * Writes the live library (every published revision) below `root` as content/scenarios and
 * content/sets files, byte for byte as published, so `npm run content:check` reads the library the
 * app serves and the files can be committed. Uploaded images that published scenarios show are
 * written to content/media/ under the names they are referred to by, so the folder passes the
 * check without the database. Scenario or set files below `root` that the live library does not
 * hold are listed in `others`, and deleted only with `prune` (images are never deleted).
 */
export async function exportPublishedLibrary(root: string, { prune = false }: { prune?: boolean } = {}): Promise<ExportReport> {
  const { bundles } = await loadPublishedBundles();
  const report: ExportReport = { written: [], unchanged: [], others: [], removed: [] };
  const live = new Set<string>();
  const write = (path: string, content: string | Uint8Array) => {
    const target = join(root, path);
    let current: Buffer | undefined;
    try {
      current = readFileSync(target);
    } catch {
      current = undefined;
    }
    if (current?.equals(typeof content === 'string' ? Buffer.from(content) : content)) {
      report.unchanged.push(path);
      return;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    report.written.push(path);
  };
  const files = bundles.flatMap((bundle) => bundle.files);
  for (const file of files) {
    live.add(file.path);
    write(file.path, file.text);
  }
  const uploaded = files.flatMap((file) => findImageReferences(file.path, file.text)).flatMap(({ src }) => {
    const name = mediaNameOf(src);
    return name && parseUploadedMediaName(name) ? [name] : [];
  });
  for (const image of await getMediaAssetFiles(uploaded)) write(`${MEDIA_FOLDER.split(sep).join('/')}/${image.name}`, image.bytes);
  for (const file of [...readContentFolder(root, CONTENT_FOLDERS.scenarios), ...readContentFolder(root, CONTENT_FOLDERS.sets)]) {
    if (live.has(file.path)) continue;
    if (prune) {
      rmSync(join(root, file.path));
      report.removed.push(file.path);
    } else report.others.push(file.path);
  }
  return report;
}
