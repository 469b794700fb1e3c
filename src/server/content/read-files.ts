import 'server-only';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildContentLibrary, type ContentFile, type ContentLibrary } from '@/domain/content/library';

/** Reads every `.md` file of a content folder; paths are relative to `root` for readable messages. */
export function readContentFolder(root: string, folder: string): ContentFile[] {
  const dir = join(root, folder);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({ path: relative(root, join(dir, name)).split('\\').join('/'), text: readFileSync(join(dir, name), 'utf8') }));
}

/** Where scenarios and sets live below a content root. */
export const CONTENT_FOLDERS = { scenarios: 'content/scenarios', sets: 'content/sets' } as const;

/** Reads and validates every scenario and set below `root`. */
export function readContentLibrary(root: string): ContentLibrary {
  return buildContentLibrary(readContentFolder(root, CONTENT_FOLDERS.scenarios), readContentFolder(root, CONTENT_FOLDERS.sets));
}

/** Newest modification time in the content folders, to know when a cached library is stale. */
export function newestContentChange(root: string, folders: string[]): number {
  let newest = 0;
  for (const folder of folders) {
    const dir = join(root, folder);
    try {
      newest = Math.max(newest, statSync(dir).mtimeMs);
      for (const name of readdirSync(dir)) newest = Math.max(newest, statSync(join(dir, name)).mtimeMs);
    } catch {
      // A missing folder simply holds no content.
    }
  }
  return newest;
}
