import sharp from 'sharp';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { createAdminWithScript } from './accounts';
import { signIn } from './http-clients';

/*
 * Image uploads through the production server (scripts/serve.mjs in front of Next.js): an image
 * up to 5 MB reaches the upload route, whose own limit answers a larger one in the page's
 * language; the stored picture comes back from /media/ as an image that cannot run as a page.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('databaseUrl');
const ADMIN = { email: 'media-e2e@example.com', password: 'media-e2e-password', name: 'Media Admin' };
const ADDRESS = '203.0.113.77';

let cookie: string;
beforeAll(async () => {
  createAdminWithScript(databaseUrl, ADMIN);
  cookie = await signIn(baseUrl, ADMIN, ADDRESS);
});

function upload(body: Uint8Array, locale = 'en'): Promise<Response> {
  return fetch(`${baseUrl}/api/admin/media?locale=${locale}`, {
    method: 'POST',
    headers: { cookie, origin: baseUrl, 'x-forwarded-for': ADDRESS, 'content-type': 'application/octet-stream', 'x-file-name': 'big.png' },
    body: new Uint8Array(body),
  });
}

describe('image uploads on the running app', () => {
  it('takes an image over the 1 MB other requests may have, and serves it back as an image only', async () => {
    // Noise does not compress: a 900 × 900 PNG of random pixels is about 2.4 MB.
    const noise = new Uint8Array(900 * 900 * 3).map(() => Math.floor(Math.random() * 256));
    const png = await sharp(noise, { raw: { width: 900, height: 900, channels: 3 } }).png().toBuffer();
    expect(png.byteLength).toBeGreaterThan(1024 * 1024);
    const response = await upload(png);
    expect(response.status).toBe(201);
    const { asset } = (await response.json()) as { asset: { name: string } };

    const served = await fetch(`${baseUrl}/media/${asset.name}`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/png');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect(served.headers.get('content-security-policy')).toBe("default-src 'none'; sandbox");
    expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('refuses a file over 5 MB with 413 and a sentence, before the app reads it', async () => {
    const response = await upload(new Uint8Array(5 * 1024 * 1024 + 1), 'zh-CN');
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('5 MB');
  });

  it('refuses a visitor without a session', async () => {
    const response = await fetch(`${baseUrl}/api/admin/media?locale=en`, { method: 'POST', headers: { origin: baseUrl, 'x-forwarded-for': ADDRESS }, body: new Uint8Array([0x89, 0x50]) });
    expect(response.status).toBe(403);
  });
});
