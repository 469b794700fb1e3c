import 'server-only';
import { buildContentLibrary, type ContentLibrary } from '@/domain/content/library';
import { formatContentIssue } from '@/domain/content/issues';
import { env } from '@/server/env';
import { newestContentChange, readContentFolder } from './read-files';

const FOLDERS = ['content/scenarios', 'content/sets'];
// Admins edit files while the app runs; looking at modification times at most this often keeps
// edits visible within a second without re-reading the folder on every request.
const RECHECK_MS = 1000;

type Cache = { library: ContentLibrary; stamp: number; checkedAt: number };
const holder = globalThis as unknown as { scamsenseContent?: Cache };

/** The current content library; broken files are skipped and logged, never fatal. */
export function getContentLibrary(): ContentLibrary {
  const now = Date.now();
  const cached = holder.scamsenseContent;
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.library;
  const stamp = newestContentChange(env.CONTENT_ROOT, FOLDERS);
  if (cached && cached.stamp === stamp) {
    cached.checkedAt = now;
    return cached.library;
  }
  const library = buildContentLibrary(readContentFolder(env.CONTENT_ROOT, FOLDERS[0]), readContentFolder(env.CONTENT_ROOT, FOLDERS[1]));
  for (const issue of library.issues) console.error(`[content] skipped: ${formatContentIssue(issue)}`);
  holder.scamsenseContent = { library, stamp, checkedAt: now };
  return library;
}
