import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ContentFile } from '@/domain/content/library';
import { db } from '@/server/db/client';
import { importContentFiles } from '@/server/content/import-files';
import { refreshPublishedLibrary } from '@/server/content/library';

/** The fixture library every integration test's database starts with (imported into the template). */
export const FIXTURE_ROOT = resolve('tests/fixtures/library');

/**
 * Puts the content tables back to the fixture library as `npm start` imports it. resetDatabase
 * keeps them (every test reads the imported library); tests that write revisions call this first.
 */
export async function resetContent(): Promise<void> {
  await db.contentItem.deleteMany();
  await db.contentRevision.deleteMany();
  await importContentFiles(FIXTURE_ROOT);
  // The served library may have been reloaded while the tables were empty: look at the stamp again now.
  await refreshPublishedLibrary();
}

/** A scenario's two fixture files, in the order revisions keep them. */
export function fixtureScenarioFiles(id: string): ContentFile[] {
  return ['zh-CN', 'en'].map((locale) => {
    const path = `content/scenarios/${id}.${locale}.md`;
    return { path, text: readFileSync(join(FIXTURE_ROOT, path), 'utf8') };
  });
}

/** A copy of the fixture library in a folder of its own, to change files in. */
export function copyOfFixtureRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'scamsense-content-'));
  cpSync(join(FIXTURE_ROOT, 'content'), join(root, 'content'), { recursive: true });
  return root;
}

/** Everything a refused content action could have changed. */
export async function contentSnapshot() {
  return {
    items: await db.contentItem.findMany({ orderBy: [{ kind: 'asc' }, { contentId: 'asc' }] }),
    revisions: await db.contentRevision.findMany({ orderBy: { id: 'asc' } }),
    stamp: await db.contentLibraryStamp.findMany(),
  };
}
