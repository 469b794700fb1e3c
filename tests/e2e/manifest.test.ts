import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

type ManifestIcon = { src: string; type: string; sizes: string; purpose?: string };

/** Width and height from a PNG's header chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function get(path: string): Promise<{ response: Response; body: Buffer }> {
  const response = await fetch(new URL(path, baseUrl), { redirect: 'manual' });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('web app manifest, icons and favicon', () => {
  it('serves a manifest a phone can install from, in both languages', async () => {
    const { response, body } = await get('/manifest.webmanifest');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    const manifest = JSON.parse(body.toString('utf8'));
    expect(manifest).toMatchObject({ name: '识骗 ScamSense', short_name: 'ScamSense', start_url: '/', scope: '/', display: 'standalone', theme_color: '#0f766e', background_color: '#f5f7fa' });
    expect(manifest.description).toContain('先认识骗局');
    expect(manifest.description).toContain('Meet the scam');
    const icons: ManifestIcon[] = manifest.icons;
    // What Chrome asks for before it offers to install: PNG icons of 192 and 512 px, and one that may be masked.
    const png = (size: string, purpose: string) => icons.some((icon) => icon.type === 'image/png' && icon.sizes === size && icon.purpose === purpose);
    expect(png('192x192', 'any') && png('512x512', 'any') && png('512x512', 'maskable')).toBe(true);
    // The start address leads to a page in the visitor's language.
    const start = await fetch(new URL(manifest.start_url, baseUrl), { redirect: 'manual', headers: { 'accept-language': 'en' } });
    expect(start.status).toBe(307);
    expect(start.headers.get('location')).toMatch(/\/en$/);
  });

  it('serves every icon the manifest names, with the type and size it declares', async () => {
    const manifest = JSON.parse((await get('/manifest.webmanifest')).body.toString('utf8'));
    for (const icon of manifest.icons as ManifestIcon[]) {
      const { response, body } = await get(icon.src);
      expect(response.status, icon.src).toBe(200);
      expect(response.headers.get('content-type'), icon.src).toContain(icon.type);
      if (icon.type === 'image/png') expect(pngSize(body), icon.src).toBe(icon.sizes);
      else expect(body.toString('utf8'), icon.src).toMatch(/^<svg[^>]+viewBox=/);
    }
  });

  it('links the manifest, the favicon, the Apple touch icon and a theme colour per scheme from every page', async () => {
    for (const path of ['/zh-CN', '/en/join', '/en/no-such-page']) {
      const html = await (await fetch(new URL(path, baseUrl))).text();
      const hrefOf = (rel: string) => new RegExp(`<link rel="${rel}" href="([^"?]+)`).exec(html)?.[1];
      expect(hrefOf('manifest'), path).toBe('/manifest.webmanifest');
      expect(hrefOf('icon'), path).toBeDefined();
      expect(hrefOf('apple-touch-icon'), path).toBe('/apple-icon.png');
      const metas = [...html.matchAll(/<meta ([^>]*)\/>/g)].map((match) => Object.fromEntries([...match[1].matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])));
      expect(metas, path).toEqual(
        expect.arrayContaining([
          { name: 'theme-color', media: '(prefers-color-scheme: light)', content: '#0f766e' },
          { name: 'theme-color', media: '(prefers-color-scheme: dark)', content: '#161d26' },
          { name: 'color-scheme', content: 'light dark' },
        ]),
      );
    }
    const favicon = await get('/favicon.ico');
    expect(favicon.response.status).toBe(200);
    expect(favicon.body.readUInt16LE(2)).toBe(1);
    const apple = await get('/apple-icon.png');
    expect(apple.response.status).toBe(200);
    expect(pngSize(apple.body)).toBe('180x180');
  });
});
