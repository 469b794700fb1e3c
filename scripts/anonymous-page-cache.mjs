// A few-second cache of pages that are the same for every anonymous visitor (the home page of each
// language), kept in front of Next.js by scripts/serve.mjs. When a class opens the app at once,
// one render serves them all instead of one render each.
//
// Only a request that cannot be personalised is served from it or stored in it: a GET of one of
// the listed paths for the HTML document (not a client-side navigation's payload), with no query
// string and no cookie but the language one. The page then depends
// on nothing but the path, the host, the scheme and that cookie, which together are the key. A
// response is stored only when it is a 200 whose only cookie is the language one. Every copy
// served gets a fresh script nonce (in its policy and on its scripts), as a rendered page does, and
// is compressed for the client that accepts it; the stored page is kept uncompressed for that.

import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const LOCALE_COOKIE = 'NEXT_LOCALE';
const NONCE_IN_POLICY = /'nonce-([^']+)'/;
const LOCALE_COOKIE_ONLY = new RegExp(`^\\s*${LOCALE_COOKIE}=[A-Za-z-]{1,16}\\s*$`);
/** Headers that describe one transfer, not the page; the cached copy gets its own. */
const TRANSFER_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive', 'date']);
/** Requests for something other than the HTML document (React Server Component payloads, actions). */
const NOT_A_DOCUMENT = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-action', 'next-url'];

/**
 * @param {{ paths: string[], ttlMs?: number, maxEntries?: number, now?: () => number }} options
 */
export function createAnonymousPageCache({ paths, ttlMs = 5000, maxEntries = 32, now = Date.now }) {
  const cacheable = new Set(paths);
  /** @type {Map<string, { status: number, headers: [string, string | string[]][], body: string, nonce: string | undefined, storedAt: number, refreshing: boolean }>} */
  const entries = new Map();

  /** The cache key of a request that may be served from the cache, or undefined. */
  function keyOf(request) {
    if (request.method !== 'GET' || NOT_A_DOCUMENT.some((name) => request.headers[name] !== undefined)) return undefined;
    const url = request.url ?? '';
    if (url.includes('?') || !cacheable.has(url)) return undefined;
    const cookie = request.headers.cookie;
    if (cookie !== undefined && !LOCALE_COOKIE_ONLY.test(cookie)) return undefined;
    const scheme = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim().toLowerCase() === 'https' ? 'https' : 'http';
    return [url, request.headers.host ?? '', scheme, cookie?.trim() ?? ''].join('\n');
  }

  /**
   * Answers `request` from the cache when it may; false when Next.js must render it. An entry past
   * its time is still served while one request renders its replacement.
   */
  function serve(request, response) {
    const key = keyOf(request);
    const entry = key && entries.get(key);
    if (!entry) return false;
    if (now() - entry.storedAt > ttlMs && !entry.refreshing) {
      entry.refreshing = true;
      return false;
    }
    const nonce = randomBytes(16).toString('base64');
    const fresh = (text) => (entry.nonce ? text.split(entry.nonce).join(nonce) : text);
    for (const [name, value] of entry.headers) response.setHeader(name, name === 'content-security-policy' ? fresh(String(value)) : value);
    const html = Buffer.from(fresh(entry.body));
    const body = /\bgzip\b/i.test(String(request.headers['accept-encoding'] ?? '')) ? gzipSync(html, { level: 4 }) : html;
    if (body !== html) response.setHeader('content-encoding', 'gzip');
    response.setHeader('content-length', body.length);
    response.writeHead(entry.status);
    response.end(body);
    return true;
  }

  /** Records what Next.js sends for `request`, when it may be cached, as the entry for its key. */
  function capture(request, response) {
    const key = keyOf(request);
    if (!key) return;
    // The stored copy must be plain HTML, so its nonce can be replaced and each client's copy compressed.
    delete request.headers['accept-encoding'];
    const chunks = [];
    const collect = (chunk, encoding) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? encoding : 'utf8') : Buffer.from(chunk));
    };
    const write = response.write;
    const end = response.end;
    response.write = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return write.call(this, chunk, encoding, callback);
    };
    response.end = function (chunk, encoding, callback) {
      collect(chunk, encoding);
      return end.call(this, chunk, encoding, callback);
    };
    response.once('finish', () => {
      const stale = entries.get(key);
      if (stale) stale.refreshing = false;
      const cookies = [response.getHeader('set-cookie') ?? []].flat().map(String);
      const encoded = response.getHeader('content-encoding') !== undefined;
      if (response.statusCode !== 200 || encoded || cookies.some((cookie) => !cookie.startsWith(`${LOCALE_COOKIE}=`))) {
        entries.delete(key);
        return;
      }
      const headers = Object.entries(response.getHeaders()).filter(([name]) => !TRANSFER_HEADERS.has(name));
      entries.delete(key);
      if (entries.size >= maxEntries) entries.delete(entries.keys().next().value);
      const nonce = NONCE_IN_POLICY.exec(String(response.getHeader('content-security-policy') ?? ''))?.[1];
      entries.set(key, { status: 200, headers, body: Buffer.concat(chunks).toString('utf8'), nonce, storedAt: now(), refreshing: false });
    });
  }

  return { serve, capture, size: () => entries.size };
}
