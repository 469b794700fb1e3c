import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/media/[...path]/route';
import { scenarioTemplate } from '@/domain/studio/templates';
import en from '@/i18n/messages/en.json';
import { checkDraftAction, publishScenarioAction, saveScenarioAction } from '@/server/actions/studio';
import { checkFolderImages } from '@/server/content/check-images';
import { importContentFiles } from '@/server/content/import-files';
import { exportPublishedLibrary } from '@/server/content/export-files';
import { db } from '@/server/db/client';
import { getContentEntry } from '@/server/db/content-revisions';
import { uploadImage } from '@/server/media/upload-image';
import { createStaff } from '../../../factories/classes';
import { copyOfFixtureRoot, FIXTURE_ROOT, resetContent } from '../../../factories/content-revisions';
import { drawImage } from '../../../factories/images';
import { actAsStaff } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/*
 * Uploaded images in scenarios: the studio's checker and publish accept a reference to one and
 * refuse a missing one at its line, and content:export writes the images the live library shows.
 */

const MISSING = 'ffffffffffffffffffffffffffffffff.png';
const folders: string[] = [];

function withImage(text: string, src: string): string {
  return `${text.trimEnd()}\n\n\`\`\`image\nsrc: ${src}\nalt: 付款截图\n\`\`\`\n`;
}

function draftShowing(id: string, src: string) {
  const files = scenarioTemplate('payment-screenshot', id);
  return { 'zh-CN': withImage(files['zh-CN'], src), en: withImage(files.en, src) };
}

async function asAdminWithImage() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  const uploaded = await uploadImage(admin, { bytes: await drawImage('png'), fileName: 'receipt.png' });
  if (!uploaded.ok) throw new Error(uploaded.code);
  return { admin, name: uploaded.value.name };
}

/** Saves and publishes a scenario through the studio's actions; answers the publish outcome. */
async function saveAndPublish(id: string, files: ReturnType<typeof draftShowing>) {
  const saved = await saveScenarioAction('en', { id, files, baseRevisionId: null });
  if (saved.status !== 'saved') throw new Error(saved.message);
  return publishScenarioAction('en', saved.revisionId);
}

beforeEach(() => resetContent());
afterAll(async () => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
  await resetContent();
});

describe('the studio checker and publishing', () => {
  it('accepts an uploaded image and reports a missing one at its line and column in each language', async () => {
    const { name } = await asAdminWithImage();
    expect(await checkDraftAction('en', { id: 'img-ok', files: draftShowing('img-ok', `media/${name}`) })).toMatchObject({ ok: true, issues: [] });

    const broken = draftShowing('img-missing', `media/${MISSING}`);
    const outcome = await checkDraftAction('en', { id: 'img-missing', files: broken });
    const line = broken.en.split('\n').indexOf(`src: media/${MISSING}`) + 1;
    expect(outcome).toMatchObject({ ok: true, issues: [{ locale: 'en', line, column: 6, severity: 'error' }, { locale: 'zh-CN', line: broken['zh-CN'].split('\n').indexOf(`src: media/${MISSING}`) + 1, column: 6 }] });
    expect(outcome.ok && outcome.previews).toBeUndefined();
  });

  it('publishes a scenario showing an uploaded image, and refuses one whose image is missing', async () => {
    const { name } = await asAdminWithImage();
    expect(await saveAndPublish('img-ok', draftShowing('img-ok', `media/${name}`))).toMatchObject({ status: 'published' });
    const refused = await saveAndPublish('img-missing', draftShowing('img-missing', `media/${MISSING}`));
    expect(refused).toMatchObject({ status: 'has_errors', message: en['errors.content.hasErrors'].replace('{count}', '2') });
    expect(refused.status === 'has_errors' && refused.issues[0].message).toMatch(/^image "media\/f{32}\.png" does not exist/);
    const entry = await getContentEntry(await createStaff('admin'), 'scenario', 'img-missing');
    expect(entry.ok && entry.value.published).toBeNull();
  });

  it('keeps serving the image a published revision shows: images are never replaced or removed', async () => {
    const { name } = await asAdminWithImage();
    await saveAndPublish('img-ok', draftShowing('img-ok', `media/${name}`));
    const before = await db.mediaAsset.findUniqueOrThrow({ where: { id: name.split('.')[0] } });
    const response = await GET(new Request(`http://studio.test/media/${name}`), { params: Promise.resolve({ path: [name] }) });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(before.bytes))).toBe(true);
  });
});

describe('files and uploads resolve the same references', () => {
  it('serves a file of content/media/ at the same kind of address, briefly cached', async () => {
    mkdirSync(join(FIXTURE_ROOT, 'content/media'));
    const file = join(FIXTURE_ROOT, 'content/media/test-receipt.png');
    writeFileSync(file, await drawImage('png'));
    try {
      const response = await GET(new Request('http://studio.test/media/test-receipt.png'), { params: Promise.resolve({ path: ['test-receipt.png'] }) });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('public, max-age=300');
      expect(response.headers.get('content-security-policy')).toMatch(/sandbox$/);
      const traversal = await GET(new Request('http://studio.test/media/x'), { params: Promise.resolve({ path: ['..', 'scenarios', 'relink-chat.en.md'] }) });
      expect(traversal.status).toBe(404);
    } finally {
      rmSync(join(FIXTURE_ROOT, 'content/media'), { recursive: true });
    }
  });

  it('content:export writes the uploaded images published scenarios show, so the folder passes content:check', { timeout: 60_000 }, async () => {
    // The fixture library without its deliberately broken scenario, as the export test does.
    const out = copyOfFixtureRoot();
    folders.push(out);
    rmSync(join(out, 'content/scenarios/broken-sample.en.md'));
    rmSync(join(out, 'content/scenarios/broken-sample.zh-CN.md'));
    await importContentFiles(out);
    const { name } = await asAdminWithImage();
    const other = await uploadImage(await createStaff('admin'), { bytes: await drawImage('jpeg'), fileName: 'unused.jpg' });
    await saveAndPublish('img-ok', draftShowing('img-ok', `media/${name}`));

    const report = await exportPublishedLibrary(out);
    expect(report.written).toContain(`content/media/${name}`);
    expect(report.written).not.toContain(`content/media/${other.ok && other.value.name}`);
    const stored = await db.mediaAsset.findUniqueOrThrow({ where: { id: name.split('.')[0] } });
    expect(readFileSync(join(out, 'content/media', name)).equals(Buffer.from(stored.bytes))).toBe(true);
    expect((await exportPublishedLibrary(out)).unchanged).toContain(`content/media/${name}`);

    // The exported folder checks without the database: the image is a file there now.
    await db.mediaAsset.deleteMany();
    expect(await checkFolderImages(out)).toEqual({ issues: [] });
    const check = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve('scripts/content-check.ts'), out], { encoding: 'utf8', stdio: 'pipe' });
    expect(check).toMatch(/^Content OK/);
  });

  it('content:check accepts an uploaded image that is only in the database, and reports a missing one at its line', async () => {
    const { name } = await asAdminWithImage();
    const root = copyOfFixtureRoot();
    folders.push(root);
    rmSync(join(root, 'content/scenarios/broken-sample.en.md'));
    rmSync(join(root, 'content/scenarios/broken-sample.zh-CN.md'));
    const files = draftShowing('img-files', `media/${name}`);
    for (const [locale, text] of Object.entries(files)) writeFileSync(join(root, `content/scenarios/img-files.${locale}.md`), text);
    expect(await checkFolderImages(root)).toEqual({ issues: [] });

    const missing = draftShowing('img-files', `media/${MISSING}`);
    writeFileSync(join(root, 'content/scenarios/img-files.en.md'), missing.en);
    const { issues } = await checkFolderImages(root);
    expect(issues).toEqual([{ path: 'content/scenarios/img-files.en.md', line: missing.en.split('\n').indexOf(`src: media/${MISSING}`) + 1, column: 6, message: expect.stringMatching(/does not exist/) }]);
  });

  it('the import at start reports a missing image at its line, and still publishes the scenario', async () => {
    const root = copyOfFixtureRoot();
    folders.push(root);
    const missing = draftShowing('img-start', `media/${MISSING}`);
    for (const [locale, text] of Object.entries(missing)) writeFileSync(join(root, `content/scenarios/img-start.${locale}.md`), text);

    const report = await importContentFiles(root);

    const at = (text: string) => text.split('\n').indexOf(`src: media/${MISSING}`) + 1;
    expect(report.missingImages).toEqual([
      { path: 'content/scenarios/img-start.en.md', line: at(missing.en), column: 6, message: expect.stringMatching(/does not exist/) },
      { path: 'content/scenarios/img-start.zh-CN.md', line: at(missing['zh-CN']), column: 6, message: expect.stringMatching(/does not exist/) },
    ]);
    expect(report.imported).toContainEqual(expect.objectContaining({ kind: 'scenario', id: 'img-start' }));
    const entry = await getContentEntry(await createStaff('admin'), 'scenario', 'img-start');
    expect(entry.ok && entry.value.published?.number).toBe(1);
  });
});
