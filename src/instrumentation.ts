/**
 * Runs once when the server starts, before it takes requests: from then on the app serves the
 * published revisions of the content library from the database (src/server/content/library.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  const { servePublishedLibrary } = await import('@/server/content/library');
  await servePublishedLibrary();
}
