import 'server-only';
import { existsSync } from 'node:fs';
import { checkImageReferences, findImageReferences } from '@/domain/content/media-references';
import type { ContentIssue } from '@/domain/content/issues';
import type { ContentFile } from '@/domain/content/library';
import { mediaNameOf, parseUploadedMediaName } from '@/domain/media/references';
import { env } from '@/server/env';
import { listMediaFiles } from './media-files';
import { CONTENT_FOLDERS, readContentFolder } from './read-files';

/** Uploaded images are looked up only in a database that is there: a SQLite file that exists, or PostgreSQL. */
function hasDatabase(url: string): boolean {
  return !url.startsWith('file:') || existsSync(url.slice('file:'.length));
}

/**
 * `npm run content:check`'s image check of the scenario files below `root`: every image exhibit's
 * `src` must name a file of content/media/ or, for an uploaded image's name that no file has, an
 * image stored in DATABASE_URL's database (opened only then). `note` says when it could not be read.
 * A caller that has read the scenario files already passes them as `files`.
 */
export async function checkFolderImages(
  root: string,
  files: readonly ContentFile[] = readContentFolder(root, CONTENT_FOLDERS.scenarios),
): Promise<{ issues: ContentIssue[]; note?: string }> {
  const onDisk = listMediaFiles(root);
  const wanted = files
    .flatMap((file) => findImageReferences(file.path, file.text))
    .map(({ src }) => mediaNameOf(src))
    .filter((name): name is string => !!name && !onDisk.has(name) && !!parseUploadedMediaName(name));
  let uploads = new Set<string>();
  let note: string | undefined;
  if (wanted.length > 0) {
    if (!hasDatabase(env.DATABASE_URL)) note = `uploaded images were not looked up: the database ${env.DATABASE_URL} does not exist`;
    else {
      try {
        const { listMediaAssetNames } = await import('@/server/db/media-assets');
        uploads = await listMediaAssetNames();
      } catch (error) {
        note = `uploaded images were not looked up: the database could not be read (${(error as Error).message.split('\n')[0]})`;
      }
    }
  }
  const exists = (name: string) => onDisk.has(name) || uploads.has(name);
  return { issues: files.flatMap((file) => checkImageReferences(file.path, file.text, exists)), note };
}
