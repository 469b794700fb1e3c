// Requests as a browser with JavaScript sends them: pages, and server actions posted with the
// action's id from the build, the Origin header, the router state of the page they were sent from
// and the device cookie. Each simulated client also sends its own X-Forwarded-For, which the
// server trusts for one proxy hop (TRUSTED_PROXY_HOPS=1), so per-address limits apply per client.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const DEVICE_COOKIE = 'ss_owner';

/** The server actions the student path uses, by their exported names. */
export const ACTION_NAMES = ['startAttemptAction', 'joinClassAction', 'startAssignmentAction'] as const;
export type ActionName = (typeof ACTION_NAMES)[number];
export type ActionIds = Record<ActionName, string>;

/** The ids Next.js gave the student path's server actions in the build under `root`/.next. */
export function readActionIds(root: string): ActionIds {
  const manifest = JSON.parse(readFileSync(resolve(root, '.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const entries = Object.entries(manifest.node);
  const ids = {} as ActionIds;
  for (const name of ACTION_NAMES) {
    const id = entries.find(([, action]) => action.exportedName === name)?.[0];
    if (!id) throw new Error(`no server action ${name} in the build: run npm run build`);
    ids[name] = id;
  }
  return ids;
}

/** A distinct address for simulated client `index` in address block `block` (0-255). */
export function clientAddress(block: number, index: number): string {
  return `10.${block}.${(index >> 8) & 255}.${index & 255}`;
}

/**
 * The Next-Router-State-Tree header a page of the app sends with its actions: the root and
 * [locale] layouts, then one entry per segment below, a dynamic one as [name, value].
 */
export function routerStateTree(locale: string, segments: (string | [string, string])[]): string {
  const node = (segment: unknown, child: unknown, flag: number) => [segment, child ? { children: child } : {}, null, null, flag];
  let tree: unknown = ['__PAGE__', {}, null, null, 0];
  for (const segment of [...segments].reverse()) tree = node(Array.isArray(segment) ? [segment[0], segment[1], 'd', null] : segment, tree, 0);
  tree = node(['locale', locale, 'd', null], tree, 16);
  tree = node('', tree, 16);
  return encodeURIComponent(JSON.stringify(tree));
}

/** A multipart body as the browser encodes a form for a server action: fields prefixed "_1_", arguments in part "0". */
export function actionFormBody(fields: Record<string, string>, args: string): { body: string; contentType: string } {
  const boundary = '----ScamSenseBench7MA4YWxkTrZu0gW';
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="_1_${name}"\r\n\r\n${value}\r\n`);
  parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${args}\r\n--${boundary}--\r\n`);
  return { body: parts.join(''), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** The headers of a server-action request sent from `page` (a path) of the app at `baseUrl`. */
export function actionHeaders(baseUrl: string, actionId: string, tree: string, address: string, deviceKey: string | undefined, contentType: string): Record<string, string> {
  return {
    'next-action': actionId,
    'next-router-state-tree': tree,
    accept: 'text/x-component',
    origin: baseUrl,
    'content-type': contentType,
    'x-forwarded-for': address,
    ...(deviceKey && { cookie: `${DEVICE_COOKIE}=${deviceKey}` }),
  };
}

/** The headers of a page request from a client, with its device cookie when it has one. */
export function pageHeaders(address: string, deviceKey?: string): Record<string, string> {
  return { accept: 'text/html', 'x-forwarded-for': address, ...(deviceKey && { cookie: `${DEVICE_COOKIE}=${deviceKey}` }) };
}

/** The headers the answer form's fetch sends to the answers route. */
export function answerHeaders(baseUrl: string, address: string, deviceKey: string): Record<string, string> {
  return { origin: baseUrl, 'content-type': 'application/json', accept: '*/*', 'x-forwarded-for': address, cookie: `${DEVICE_COOKIE}=${deviceKey}` };
}

/** True when the answers route acknowledged an answer: it replied `{ "ok": true }`. */
export function isAcknowledged(body: string): boolean {
  try {
    return (JSON.parse(body) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

/** The device cookie value the response set last (joining rotates it), or undefined. */
export function deviceCookieOf(response: Response): string | undefined {
  let value: string | undefined;
  for (const cookie of response.headers.getSetCookie()) {
    const match = new RegExp(`^${DEVICE_COOKIE}=([^;]*)`).exec(cookie);
    if (match) value = match[1];
  }
  return value;
}

/** Where a redirecting server action sends the browser (the x-action-redirect header without ";push"), or undefined. */
export function actionRedirectOf(response: Response): string | undefined {
  return response.headers.get('x-action-redirect')?.split(';')[0];
}

export type Timed<T> = { ms: number; value: T };

/** Runs one request and reads its whole body, timing both. */
export async function timedFetch(url: string, init: RequestInit): Promise<Timed<{ response: Response; body: string }>> {
  const started = performance.now();
  const response = await fetch(url, { redirect: 'manual', ...init });
  const body = await response.text();
  return { ms: performance.now() - started, value: { response, body } };
}
