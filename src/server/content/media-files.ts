import 'server-only';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, relative, sep } from 'node:path';
import { MEDIA_FILE_EXTENSIONS } from '@/domain/media/references';

/*
 * The image files of content/media/, read from disk only (no database), so `npm run
 * content:check` can use them without opening one.
 */

const TYPES: Record<string, string> = { '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif', '.svg': 'image/svg+xml' };

/** Where image files live below a content root. */
export const MEDIA_FOLDER = join('content', 'media');

/** An image to serve: a file of content/media/ or an uploaded one (immutable, named by its hash). */
export type MediaBody = { body: Uint8Array; type: string; isUpload: boolean };

/** Reads an image from content/media/ below `root`; undefined for anything outside it or of another type. */
export async function readMediaFile(segments: string[], root: string): Promise<MediaBody | undefined> {
  const folder = join(root, MEDIA_FOLDER);
  const file = normalize(join(folder, ...segments));
  const type = TYPES[extname(file).toLowerCase()];
  if (!file.startsWith(folder + sep) || !type) return undefined;
  try {
    return { body: new Uint8Array(await readFile(file)), type, isUpload: false };
  } catch {
    return undefined;
  }
}

/** Every image file below content/media/, as names relative to it with "/" between folders. */
export function listMediaFiles(root: string): Set<string> {
  const folder = join(root, MEDIA_FOLDER);
  let entries: string[];
  try {
    entries = readdirSync(folder, { recursive: true, encoding: 'utf8' });
  } catch {
    return new Set();
  }
  return new Set(
    entries
      .filter((entry) => (MEDIA_FILE_EXTENSIONS as readonly string[]).includes(extname(entry).toLowerCase()))
      .map((entry) => relative(folder, join(folder, entry)).split(sep).join('/')),
  );
}
