import sharp from 'sharp';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/admin/media/route';
import { GET } from '@/app/media/[...path]/route';
import { MAX_UPLOAD_BYTES } from '@/domain/media/limits';
import type { UploadOutcome } from '@/domain/media/upload-outcome';
import en from '@/i18n/messages/en.json';
import { db } from '@/server/db/client';
import { listMediaAssets } from '@/server/db/media-assets';
import { uploadImage } from '@/server/media/upload-image';
import { createClassWithTrainer, createStaff, joinAsStudent } from '../../../factories/classes';
import { concat, drawImage, drawJpegWithExif, text } from '../../../factories/images';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

/*
 * Uploaded images: checked by their bytes, re-encoded without metadata, stored once per picture,
 * only by admins, and served as images that can never run as a page.
 */

const ORIGIN = 'http://studio.test';

function uploadRequest(body: Uint8Array, { fileName = 'screenshot.png', origin = ORIGIN, locale = 'en' } = {}): Request {
  return new Request(`${ORIGIN}/api/admin/media?locale=${locale}`, {
    method: 'POST',
    body: new Uint8Array(body),
    headers: { host: 'studio.test', origin, 'content-type': 'application/octet-stream', 'x-file-name': encodeURIComponent(fileName) },
  });
}

async function post(body: Uint8Array, options?: Parameters<typeof uploadRequest>[1]): Promise<{ status: number; outcome: UploadOutcome }> {
  const response = await POST(uploadRequest(body, options));
  return { status: response.status, outcome: (await response.json()) as UploadOutcome };
}

async function serve(name: string): Promise<Response> {
  return GET(new Request(`${ORIGIN}/media/${name}`), { params: Promise.resolve({ path: name.split('/') }) });
}

/** Runs `act` and checks it wrote no image. */
async function expectNothingStored<T>(act: () => Promise<T>): Promise<T> {
  const before = await db.mediaAsset.findMany({ select: { id: true }, orderBy: { id: 'asc' } });
  const result = await act();
  expect(await db.mediaAsset.findMany({ select: { id: true }, orderBy: { id: 'asc' } })).toEqual(before);
  return result;
}

async function asAdmin() {
  const admin = await createStaff('admin');
  await actAsStaff(admin.email);
  return admin;
}

beforeEach(() => resetRequest());

describe('uploading an image', () => {
  it('stores a PNG once, named by the hash of its bytes, and finds it again when the same picture comes back', async () => {
    const admin = await asAdmin();
    const png = await drawImage('png');
    const first = await post(png, { fileName: '付款截图.png' });
    expect(first.status).toBe(201);
    if (!first.outcome.ok) throw new Error(first.outcome.message);
    expect(first.outcome.asset).toMatchObject({ name: expect.stringMatching(/^[0-9a-f]{32}\.png$/), width: 40, height: 30, originalName: '付款截图.png', isNew: true });

    const again = await post(png, { fileName: 'copy.png' });
    expect(again.status).toBe(200);
    expect(again.outcome).toMatchObject({ ok: true, asset: { name: first.outcome.asset.name, isNew: false, originalName: '付款截图.png' } });
    expect(await db.mediaAsset.count()).toBe(1);

    const listed = await listMediaAssets(admin);
    expect(listed.ok && listed.value.map((asset) => [asset.name, asset.uploaderName])).toEqual([[first.outcome.asset.name, 'Test Trainer']]);
  });

  it('stores one row when two admins upload the same picture at the same moment', async () => {
    const [ann, bob] = [await createStaff('admin'), await createStaff('admin')];
    const png = await drawImage('png');
    const both = await Promise.all([uploadImage(ann, { bytes: png, fileName: 'a.png' }), uploadImage(bob, { bytes: png, fileName: 'b.png' })]);
    expect(both.map((result) => result.ok)).toEqual([true, true]);
    expect(new Set(both.map((result) => result.ok && result.value.name)).size).toBe(1);
    expect(both.map((result) => result.ok && result.value.isNew).sort()).toEqual([false, true]);
    expect(await db.mediaAsset.count()).toBe(1);
  });

  it('keeps JPEG and WebP as they are, and names each by its type', async () => {
    await asAdmin();
    const jpeg = await post(await drawImage('jpeg'), { fileName: 'a.jpeg' });
    const webp = await post(await drawImage('webp'), { fileName: 'b.webp' });
    expect(jpeg.outcome).toMatchObject({ ok: true, asset: { name: expect.stringMatching(/\.jpg$/) } });
    expect(webp.outcome).toMatchObject({ ok: true, asset: { name: expect.stringMatching(/\.webp$/) } });
  });

  it('strips EXIF, GPS position included, by re-encoding', async () => {
    const admin = await createStaff('admin');
    const photo = await drawJpegWithExif();
    expect((await sharp(photo).metadata()).exif).toBeDefined();
    expect(Buffer.from(photo).includes('Ann Owner')).toBe(true);
    const uploaded = await uploadImage(admin, { bytes: photo, fileName: 'photo.jpg' });
    if (!uploaded.ok) throw new Error(uploaded.code);
    const stored = await db.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.value.id } });
    const bytes = Buffer.from(stored.bytes);
    expect(bytes.includes('Ann Owner')).toBe(false);
    const metadata = await sharp(bytes).metadata();
    expect(metadata.exif).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
    expect(metadata.format).toBe('jpeg');
  });

  it('re-encodes a polyglot: a PNG with a web page appended is stored without the page', async () => {
    const admin = await createStaff('admin');
    const polyglot = concat(await drawImage('png'), text('<html><script>alert(document.cookie)</script></html>'));
    const uploaded = await uploadImage(admin, { bytes: polyglot, fileName: 'x.png' });
    if (!uploaded.ok) throw new Error(uploaded.code);
    const stored = await db.mediaAsset.findUniqueOrThrow({ where: { id: uploaded.value.id } });
    expect(Buffer.from(stored.bytes).includes('<script>')).toBe(false);
    expect(uploaded.value.type).toBe('image/png');
  });

  it.each([
    ['a web page renamed .png', text('<!doctype html><html><body><script>alert(1)</script></body></html>'), 'a web page (HTML)'],
    ['an SVG drawing renamed .png', text('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="9" height="9"/></svg>'), 'an SVG drawing, which can carry script'],
    ['a PDF renamed .png', text('%PDF-1.7\n1 0 obj'), 'a PDF document'],
    ['a GIF', concat(text('GIF89a'), new Uint8Array([1, 0, 1, 0, 0, 0, 0, 59])), 'a GIF image (GIF is not taken: save the frame you need as PNG)'],
  ])('refuses %s by its content, saying what it looks like', async (_name, body, looksLike) => {
    await asAdmin();
    const { status, outcome } = await expectNothingStored(() => post(body, { fileName: 'screenshot.png' }));
    expect(status).toBe(415);
    expect(outcome).toEqual({ ok: false, message: en['errors.media.wrongType'].replace('{kind}', looksLike) });
  });

  it('refuses an empty file, a damaged image and one with too many pixels, saying so', async () => {
    await asAdmin();
    expect(await expectNothingStored(() => post(new Uint8Array()))).toEqual({ status: 422, outcome: { ok: false, message: en['errors.media.empty'] } });
    const cut = (await drawImage('png')).slice(0, 40);
    expect(await expectNothingStored(() => post(cut))).toEqual({ status: 422, outcome: { ok: false, message: en['errors.media.unreadable'] } });
    const huge = await drawImage('png', { width: 6000, height: 5000 });
    expect(huge.byteLength).toBeLessThan(MAX_UPLOAD_BYTES);
    const refused = await expectNothingStored(() => post(huge));
    expect(refused).toEqual({ status: 422, outcome: { ok: false, message: 'This image is 6000 × 5000 pixels; an image may have at most 25 million pixels. Scale it down and upload it again.' } });
  });

  it('refuses a file over the size limit, with the limit', async () => {
    await asAdmin();
    const large = concat(await drawImage('png'), new Uint8Array(MAX_UPLOAD_BYTES));
    const { status, outcome } = await expectNothingStored(() => post(large));
    expect(status).toBe(413);
    expect(outcome).toEqual({ ok: false, message: en['errors.media.overLimit'].replace('{max}', '5') });
  });

  it('answers in the language the page asked for', async () => {
    await asAdmin();
    const { outcome } = await post(text('<html></html>'), { locale: 'zh-CN' });
    expect(outcome).toEqual({ ok: false, message: expect.stringContaining('它看起来是网页（HTML）') });
  });
});

describe('who may upload', () => {
  it('refuses a trainer, a student device and a visitor, and stores nothing', async () => {
    const png = await drawImage('png');
    const { joinCode, staff } = await createClassWithTrainer();
    await actAsStaff(staff.email);
    expect(await expectNothingStored(() => post(png))).toEqual({ status: 403, outcome: { ok: false, message: en['errors.auth.forbidden'] } });
    const { device } = await joinAsStudent(joinCode);
    actAsDevice(device);
    expect(await expectNothingStored(() => post(png))).toEqual({ status: 403, outcome: { ok: false, message: en['errors.auth.signInRequired'] } });
    resetRequest();
    expect(await expectNothingStored(() => post(png))).toEqual({ status: 403, outcome: { ok: false, message: en['errors.auth.signInRequired'] } });
  });

  it('refuses an upload another site makes an admin’s browser send', async () => {
    await asAdmin();
    const png = await drawImage('png');
    const { status } = await expectNothingStored(() => post(png, { origin: 'https://evil.example' }));
    expect(status).toBe(403);
  });

  it('checks the admin in the data layer too, before looking at the file', async () => {
    const trainer = await createStaff('trainer');
    expect(await expectNothingStored(() => uploadImage(trainer, { bytes: new Uint8Array(), fileName: 'x' }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await expectNothingStored(() => uploadImage(undefined, { bytes: new Uint8Array(), fileName: 'x' }))).toMatchObject({ ok: false, code: 'forbidden' });
    expect(await listMediaAssets(trainer)).toMatchObject({ ok: false, code: 'forbidden' });
    const admin = await createStaff('admin');
    expect(await expectNothingStored(() => uploadImage(admin, { bytes: new Uint8Array(MAX_UPLOAD_BYTES + 1), fileName: 'x' }))).toEqual({ ok: false, code: 'too_large', message: 'errors.media.tooLarge', params: { size: 5, max: 5 } });
  });
});

describe('serving uploaded images', () => {
  it('serves the stored bytes as the sniffed image type, inline, sandboxed, never sniffed and cached for good', async () => {
    await asAdmin();
    const { outcome } = await post(await drawImage('webp'), { fileName: 'a "quoted".png' });
    if (!outcome.ok) throw new Error(outcome.message);
    const response = await serve(outcome.asset.name);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="${outcome.asset.name}"`,
      'content-security-policy': "default-src 'none'; sandbox",
      'cache-control': 'public, max-age=31536000, immutable',
    });
    const stored = await db.mediaAsset.findUniqueOrThrow({ where: { id: outcome.asset.name.split('.')[0] } });
    expect(Buffer.from(await response.arrayBuffer()).equals(Buffer.from(stored.bytes))).toBe(true);
  });

  it('finds nothing under another extension or an unknown hash', async () => {
    await asAdmin();
    const { outcome } = await post(await drawImage('png'));
    if (!outcome.ok) throw new Error(outcome.message);
    const id = outcome.asset.name.split('.')[0];
    expect((await serve(`${id}.webp`)).status).toBe(404);
    expect((await serve(`${id}.html`)).status).toBe(404);
    expect((await serve('ffffffffffffffffffffffffffffffff.png')).status).toBe(404);
  });
});
