import 'server-only';
import type { ContentLibrary } from '@/domain/content/library';
import { formatContentIssue, isError } from '@/domain/content/issues';
import { env } from '@/server/env';
import { CONTENT_FOLDERS, newestContentChange, readContentLibrary } from './read-files';

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
  const stamp = newestContentChange(env.CONTENT_ROOT, Object.values(CONTENT_FOLDERS));
  if (cached && cached.stamp === stamp) {
    cached.checkedAt = now;
    return cached.library;
  }
  const library = readContentLibrary(env.CONTENT_ROOT);
  for (const issue of library.issues) {
    if (isError(issue)) console.error(`[content] skipped: ${formatContentIssue(issue)}`);
    else console.warn(`[content] ${formatContentIssue(issue)}`);
  }
  holder.scamsenseContent = { library, stamp, checkedAt: now };
  return library;
}
