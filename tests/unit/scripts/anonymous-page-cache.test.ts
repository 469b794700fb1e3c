import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCALE_COOKIE as APP_LOCALE_COOKIE } from '@/i18n/config';
import { createAnonymousPageCache, LOCALE_COOKIE } from '../../../scripts/anonymous-page-cache.mjs';

/*
 * The cache in front of a stand-in for Next.js over real HTTP: the stand-in counts its renders
 * and answers as Next.js does (headers set one by one, the body written in chunks).
 */

type Render = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server | undefined;
let clock = 0;
let renders = 0;

function renderPage(request: IncomingMessage, response: ServerResponse): void {
  renders += 1;
  response.statusCode = 200;
  response.setHeader('content-type', 'text/html; charset=utf-8');
  response.setHeader('content-security-policy', `script-src 'nonce-Nonce${renders}Of+Render/=='`);
  if (!request.headers.cookie) response.setHeader('set-cookie', ['NEXT_LOCALE=en; Path=/']);
  if (request.headers['accept-encoding']) response.setHeader('x-asked-for-encoding', String(request.headers['accept-encoding']));
  response.write(`<html><script nonce="Nonce${renders}Of+Render/==">boot()</script>render ${renders}`);
  response.end(' for everyone</html>');
}

async function serveWith(render: Render = renderPage, ttlMs = 5000): Promise<string> {
  const cache = createAnonymousPageCache({ paths: ['/en', '/zh-CN'], ttlMs, now: () => clock });
  server = createServer((request, response) => {
    if (cache.serve(request, response)) return;
    cache.capture(request, response);
    render(request, response);
  });
  await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}`;
}

afterEach(async () => {
  if (server) {
    server.closeAllConnections();
    await new Promise((done) => server!.close(done));
    server = undefined;
  }
  renders = 0;
  clock = 0;
});

const get = async (url: string, headers: Record<string, string> = {}) => {
  const response = await fetch(url, { headers: { 'accept-encoding': 'identity', ...headers } });
  return { status: response.status, body: await response.text(), headers: response.headers };
};

const nonceOf = (policy: string | null) => /'nonce-([^']+)'/.exec(policy ?? '')?.[1];

describe('the anonymous page cache', () => {
  it("knows the app's language cookie by its name", () => {
    expect(LOCALE_COOKIE).toBe(APP_LOCALE_COOKIE);
  });

  it('serves the same home page to visitors without cookies from one render, each copy with a fresh nonce', async () => {
    const base = await serveWith();
    const first = await get(`${base}/en`);
    const second = await get(`${base}/en`);
    const third = await get(`${base}/en`);
    expect(renders).toBe(1);
    const nonces = [first, second, third].map((response) => nonceOf(response.headers.get('content-security-policy')));
    expect(new Set(nonces).size).toBe(3);
    for (const [index, response] of [first, second, third].entries()) {
      expect(response.body).toBe(`<html><script nonce="${nonces[index]}">boot()</script>render 1 for everyone</html>`);
    }
    // The copies are sent whole, with their length; the render that made them was streamed.
    for (const copy of [second, third]) expect(copy.headers.get('content-length')).toBe(String(Buffer.byteLength(copy.body)));
    expect(second.headers.get('set-cookie')).toBe('NEXT_LOCALE=en; Path=/');
    // Another language, another page.
    await get(`${base}/zh-CN`);
    expect(renders).toBe(2);
  });

  it('renders every request that could be personal or is not the document', async () => {
    const base = await serveWith();
    await get(`${base}/en`);
    const personal: [string, Record<string, string>][] = [
      ['/en', { cookie: 'ss_owner=0b6f1c1e-6d8c-4a5e-9d8e-0e4b6c2f9a11' }],
      ['/en', { cookie: 'NEXT_LOCALE=en; better-auth.session_token=abc' }],
      ['/en?error=unknown-set', {}],
      ['/en', { rsc: '1' }],
      ['/en', { 'next-router-prefetch': '1' }],
      ['/en/my', {}],
    ];
    for (const [path, headers] of personal) await get(`${base}${path}`, headers);
    expect(renders).toBe(1 + personal.length);
  });

  it('keeps pages apart by cookie', async () => {
    const base = await serveWith();
    await get(`${base}/en`);
    await get(`${base}/en`, { cookie: 'NEXT_LOCALE=en' });
    expect(renders).toBe(2);
    const withCookie = await get(`${base}/en`, { cookie: 'NEXT_LOCALE=en' });
    expect(renders).toBe(2);
    expect(withCookie.headers.get('set-cookie')).toBeNull();
  });

  it('stores the page uncompressed and compresses each copy for a client that accepts gzip', async () => {
    const base = await serveWith();
    const rendered = await get(`${base}/en`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(rendered.headers.get('x-asked-for-encoding')).toBeNull();
    const response = await fetch(`${base}/en`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const nonce = nonceOf(response.headers.get('content-security-policy'));
    expect(await response.text()).toBe(`<html><script nonce="${nonce}">boot()</script>render 1 for everyone</html>`);
    expect(renders).toBe(1);
  });

  it('stores neither an error nor a page that sets any other cookie', async () => {
    let failing = true;
    const base = await serveWith((request, response) => {
      if (failing) {
        renders += 1;
        response.statusCode = 500;
        response.end('broken');
        return;
      }
      renders += 1;
      response.setHeader('set-cookie', ['NEXT_LOCALE=en; Path=/', 'ss_owner=someone; HttpOnly']);
      response.end('<html>a new device</html>');
    });
    await get(`${base}/en`);
    await get(`${base}/en`);
    expect(renders).toBe(2);
    failing = false;
    await get(`${base}/en`);
    await get(`${base}/en`);
    expect(renders).toBe(4);
  });

  it('renders again after its time, serving the old copy while the new one renders', async () => {
    let releaseSlowRender: () => void = () => {};
    let slow = false;
    const base = await serveWith((request, response) => {
      if (!slow) return renderPage(request, response);
      renders += 1;
      const count = renders;
      releaseSlowRender = () => {
        response.statusCode = 200;
        response.end(`<html>render ${count}</html>`);
      };
    }, 5000);
    await get(`${base}/en`);
    clock = 6000;
    slow = true;
    const refreshing = get(`${base}/en`);
    await new Promise((done) => setTimeout(done, 50));
    expect((await get(`${base}/en`)).body).toMatch(/render 1 for everyone<\/html>$/);
    releaseSlowRender();
    expect((await refreshing).body).toBe('<html>render 2</html>');
    expect((await get(`${base}/en`)).body).toBe('<html>render 2</html>');
    expect(renders).toBe(2);
  });
});
