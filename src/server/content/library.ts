import 'server-only';
import type { ContentLibrary } from '@/domain/content/library';
import { formatContentIssue, isError } from '@/domain/content/issues';
import { env } from '@/server/env';
import { CONTENT_FOLDERS, newestContentChange, readContentLibrary } from './read-files';

/*
 * The library the app serves. The server (src/instrumentation.ts) and the integration tests call
 * servePublishedLibrary() before taking requests: from then on it is the published revisions in the
 * database, reloaded when the library stamp changes (looked at once a second by a timer, so
 * getContentLibrary() stays synchronous for its many callers and never waits for the database). A process that never
 * asks for the database (content:check, the GIFT scripts, a page rendered at build time) reads the
 * content files, as before revisions existed.
 */

// Looking at the stamp (or, in file mode, the files' modification times) at most this often keeps
// changes visible within a second without a database read or a folder scan on every request.
const RECHECK_MS = 1000;

type Cache = { library: ContentLibrary; source: 'files' | 'database'; stamp: string; checkedAt: number };
type Serving = { check?: Promise<void>; timer?: ReturnType<typeof setInterval>; failing?: boolean };
const holder = globalThis as unknown as { scamsenseContent?: Cache; scamsenseContentServing?: Serving };

function logIssues(library: ContentLibrary): void {
  for (const issue of library.issues) {
    if (isError(issue)) console.error(`[content] skipped: ${formatContentIssue(issue)}`);
    else console.warn(`[content] ${formatContentIssue(issue)}`);
  }
}

/** The current content library; broken files are skipped and logged, never fatal. */
export function getContentLibrary(): ContentLibrary {
  const cached = holder.scamsenseContent;
  if (holder.scamsenseContentServing && cached?.source === 'database') return cached.library;
  // Not serving the database, or it could not be read yet (the timer keeps trying): the files.
  return fileLibrary();
}

/** The library read from the content files, re-read within a second of a change. */
function fileLibrary(): ContentLibrary {
  const now = Date.now();
  const cached = holder.scamsenseContent?.source === 'files' ? holder.scamsenseContent : undefined;
  if (cached && now - cached.checkedAt < RECHECK_MS) return cached.library;
  const stamp = String(newestContentChange(env.CONTENT_ROOT, Object.values(CONTENT_FOLDERS)));
  if (cached && cached.stamp === stamp) {
    cached.checkedAt = now;
    return cached.library;
  }
  const library = readContentLibrary(env.CONTENT_ROOT);
  logIssues(library);
  holder.scamsenseContent = { library, source: 'files', stamp, checkedAt: now };
  return library;
}

function startCheck(serving: Serving, force: boolean): Promise<void> {
  serving.check ??= checkDatabase(serving, force).finally(() => (serving.check = undefined));
  return serving.check;
}

/** Reloads the published library when its stamp changed; a failed read keeps the last good library. */
async function checkDatabase(serving: Serving, force: boolean): Promise<void> {
  try {
    const { readLibraryStamp, loadPublishedBundles, libraryOf } = await import('@/server/db/content-revisions');
    const cached = holder.scamsenseContent;
    if (!force && cached?.source === 'database' && cached.stamp === (await readLibraryStamp())) {
      cached.checkedAt = Date.now();
    } else {
      const { stamp, bundles } = await loadPublishedBundles();
      const library = libraryOf(bundles);
      logIssues(library);
      holder.scamsenseContent = { library, source: 'database', stamp, checkedAt: Date.now() };
    }
    if (serving.failing) console.error('[content] the database answers again: serving its published library.');
    serving.failing = false;
  } catch (error) {
    if (!serving.failing) {
      const kept = holder.scamsenseContent?.source === 'database' ? 'the last library it served' : 'the content files';
      console.error(`[content] could not read the published library from the database; serving ${kept} and trying again every second: ${(error as Error).message}`);
    }
    serving.failing = true;
  }
}

/**
 * Serves the published revisions from now on: loads them (waiting for it) and keeps them fresh.
 * Called once before the server takes requests; calling it again reloads at once.
 */
export async function servePublishedLibrary(): Promise<ContentLibrary> {
  const serving = (holder.scamsenseContentServing ??= {});
  await serving.check;
  await startCheck(serving, true);
  // Looks at the stamp every second whether or not requests come, so the first request after a
  // publish already gets the new library; the timer never keeps the process alive.
  serving.timer ??= setInterval(() => void startCheck(serving, false), RECHECK_MS);
  serving.timer.unref?.();
  return getContentLibrary();
}

/**
 * Looks at the library stamp now instead of within the next second, and waits for a reload: the
 * instance that published shows the change at once (the others within a second).
 */
export async function refreshPublishedLibrary(): Promise<void> {
  const serving = holder.scamsenseContentServing;
  if (!serving) return;
  await serving.check;
  await startCheck(serving, false);
}

/** Stops serving from the database (before its connection closes); later calls read the files. */
export async function stopServingPublishedLibrary(): Promise<void> {
  const serving = holder.scamsenseContentServing;
  holder.scamsenseContentServing = undefined;
  if (serving?.timer) clearInterval(serving.timer);
  await serving?.check;
  if (holder.scamsenseContent?.source === 'database') holder.scamsenseContent = undefined;
}
