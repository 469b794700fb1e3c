import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importContentFiles } from '@/server/content/import-files';
import { getContentLibrary, servePublishedLibrary } from '@/server/content/library';
import { readContentLibrary } from '@/server/content/read-files';
import { db } from '@/server/db/client';
import { publishRevision, saveRevision } from '@/server/db/content-revisions';
import { exportPublishedLibrary } from '@/server/content/export-files';
import { createStaff } from '../../factories/classes';
import { copyOfFixtureRoot, fixtureScenarioFiles, resetContent } from '../../factories/content-revisions';

/*
 * `npm run content:export` writes the live library back to files: content:check accepts them and
 * reads exactly the scenarios and sets the app serves, studio edits included.
 */

let source: string;
let out: string;
beforeAll(() => {
  source = copyOfFixtureRoot();
  out = copyOfFixtureRoot();
});
afterAll(async () => {
  rmSync(source, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
  await resetContent();
});

describe('content:export', () => {
  it('round-trips the live library through files that content:check accepts', { timeout: 60_000 }, async () => {
    // The fixture library without its deliberately broken scenario, and one studio edit published.
    rmSync(join(source, 'content/scenarios/broken-sample.en.md'));
    rmSync(join(source, 'content/scenarios/broken-sample.zh-CN.md'));
    await importContentFiles(source);
    const admin = await createStaff('admin');
    const item = await db.contentItem.findUniqueOrThrow({ where: { kind_contentId: { kind: 'scenario', contentId: 'relink-chat' } } });
    const files = fixtureScenarioFiles('relink-chat').map((file) => ({ ...file, text: file.text.replace('difficulty: 1', 'difficulty: 2') }));
    const saved = await saveRevision(admin, { kind: 'scenario', id: 'relink-chat', files, baseRevisionId: item.latestRevisionId });
    if (!saved.ok) throw new Error(saved.code);
    expect((await publishRevision(admin, saved.value.revisionId)).ok).toBe(true);
    const live = await servePublishedLibrary();

    const report = await exportPublishedLibrary(out);
    expect(report.written).toEqual(['content/scenarios/relink-chat.zh-CN.md', 'content/scenarios/relink-chat.en.md']);
    expect(report.others).toEqual(['content/scenarios/broken-sample.en.md', 'content/scenarios/broken-sample.zh-CN.md']);
    expect((await exportPublishedLibrary(out, { prune: true })).removed).toHaveLength(2);

    const check = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve('scripts/content-check.ts'), out], { encoding: 'utf8', stdio: 'pipe' });
    expect(check).toMatch(/^Content OK/);
    const exported = readContentLibrary(out);
    const versions = (library: typeof live) => Object.fromEntries([...library.scenarios.values()].map((scenario) => [scenario.id, scenario.version]));
    expect(versions(exported)).toEqual(versions(getContentLibrary()));
    expect([...exported.sets.keys()].sort()).toEqual([...live.sets.keys()].sort());
    expect(exported.scenarios.get('relink-chat')!.byLocale.en.difficulty).toBe(2);
  });

  it('runs as npm run content:export, and says how to use it when called wrong', { timeout: 60_000 }, () => {
    const run = (args: string[]) => execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve('scripts/content-export.ts'), ...args], { encoding: 'utf8', stdio: 'pipe', env: process.env });
    expect(run(['--out', out])).toMatch(/^Wrote 0 file\(s\) of the live library to .* \(\d+ already up to date\)\./);
    expect(() => run(['--bogus'])).toThrow(/Usage: npm run content:export -- \[--out folder\] \[--prune\]/);
  });
});
