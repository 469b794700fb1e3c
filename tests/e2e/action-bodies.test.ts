import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '@/i18n/messages/en.json';
import { answerCurrentScenario, useSharedBrowser } from './browser';

/*
 * Server-action requests with bodies React cannot decode, sent to the production server as anyone
 * could send them: each gets a 400 or 413 with a sentence, the server log shows no crash, and the
 * app's real actions, sent by a browser, still work. The test runs its own server on the same
 * build and database, so it can read that server's log.
 */

const databaseUrl = inject('databaseUrl');
const port = Number(new URL(inject('baseUrl')).port) + 1;
const baseUrl = `http://127.0.0.1:${port}`;
const shared = useSharedBrowser();

let server: ChildProcess;
let log = '';

/** The id Next.js gave a server action in this build. */
function actionId(name: string): string {
  const manifest = JSON.parse(readFileSync(resolve('.next/server/server-reference-manifest.json'), 'utf8')) as { node: Record<string, { exportedName?: string }> };
  const id = Object.entries(manifest.node).find(([, action]) => action.exportedName === name)?.[0];
  if (!id) throw new Error(`no server action ${name} in this build`);
  return id;
}

beforeAll(async () => {
  server = spawn(process.execPath, [resolve('scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, CONTENT_ROOT: resolve('.'), NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (log += chunk));
  server.stderr?.on('data', (chunk) => (log += chunk));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${log}`);
    const answered = await fetch(`${baseUrl}/en`, { redirect: 'manual' }).then((response) => response.status < 500, () => false);
    if (answered) break;
    if (Date.now() > deadline) throw new Error(`the server did not answer within 60 s:\n${log}`);
    await new Promise((done) => setTimeout(done, 250));
  }
});

afterAll(() => {
  server?.kill('SIGTERM');
});

/** Posts `body` to a page as a server action, as React's client would address it. */
function postAction(path: string, action: string, body: BodyInit, contentType?: string): Promise<Response> {
  const init: RequestInit & { duplex?: 'half' } = {
    method: 'POST',
    headers: { 'next-action': actionId(action), origin: baseUrl, ...(contentType && { 'content-type': contentType }) },
    body,
  };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return fetch(`${baseUrl}${path}`, init);
}

function multipart(fields: [string, string][], { truncate = false } = {}): { body: string; contentType: string } {
  const boundary = '----probe';
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('');
  return { body: parts + (truncate ? `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\ncut` : `--${boundary}--\r\n`), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A body sent without a length that never ends: Next.js would read it to its limit, then crash. */
function endlessBody(): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent > 4 * 1024 * 1024) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

const crashLines = () => log.split('\n').filter((line) => /⨯|Error|^\s+at /.test(line));

describe('server-action bodies the app cannot read', () => {
  const malformed = `${en['errors.request.actionMalformed']}\n`;
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  const bad = multipart([['0', '[]']], { truncate: true });
  const notJsonForm = multipart([['0', 'not json'], ['_1_code', 'ABC234']]);
  const missingPart = multipart([['0', '[{"status":"idle"},"$1"]']]);

  it.each<[string, number, () => Promise<Response>, string]>([
    ['text that is not JSON', 400, () => postAction('/en', 'startAttemptAction', 'not json', 'text/plain;charset=UTF-8'), malformed],
    ['arguments nested 100 000 deep', 400, () => postAction('/en', 'startAttemptAction', deep, 'text/plain;charset=UTF-8'), malformed],
    ['a reference to a part that is not there', 400, () => postAction('/en', 'startAttemptAction', '["$Q1"]', 'text/plain;charset=UTF-8'), malformed],
    ['a form cut off in the middle', 400, () => postAction('/en/join', 'joinClassAction', bad.body, bad.contentType), malformed],
    ['a form whose arguments are not JSON', 400, () => postAction('/en/join', 'joinClassAction', notJsonForm.body, notJsonForm.contentType), malformed],
    ['a form that refers to a missing part', 400, () => postAction('/en/join', 'joinClassAction', missingPart.body, missingPart.contentType), malformed],
    ['a body over 1 MB sent without a length', 413, () => postAction('/en', 'startAttemptAction', endlessBody(), 'text/plain;charset=UTF-8'), `${en['errors.request.actionTooLarge'].replace('{max}', '1024')}\n`],
  ])('%s gets %i and a sentence', async (_case, status, send, message) => {
    const response = await send();
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await response.text()).toBe(message);
  });

  it('a body over 1 MB with its length declared gets 413 and a sentence too', async () => {
    const response = await postAction('/en', 'startAttemptAction', 'a'.repeat(1024 * 1024 + 1), 'text/plain;charset=UTF-8');
    expect(response.status).toBe(413);
    expect(await response.text()).toMatch(/1 MB|1024 KB/);
  });

  it('real actions from a browser still work: a form with fields, a form with one button, an answer', async () => {
    const context = await shared.get().newContext({ locale: 'en' });
    const page = await context.newPage();
    // A form sent as multipart: a code no class has is refused by the action itself.
    await page.goto(`${baseUrl}/en/join`);
    await page.getByLabel(en['join.code']).fill('ZZZZZZ');
    await page.getByLabel(en['join.name']).fill('Probe Student');
    await page.getByRole('button', { name: en['join.submit'], exact: true }).click();
    await page.getByText(en['errors.join.codeUnknown']).first().waitFor();
    // A practice start (a form action) and an answer (arguments sent as JSON text).
    await page.goto(`${baseUrl}/en`);
    await page.getByRole('button', { name: en['home.start'] }).first().click();
    await page.waitForURL(/\/en\/attempts\/[^/]+\/1$/);
    await answerCurrentScenario(page);
    await context.close();
  });

  it('leaves nothing in the server log that looks like a crash', () => {
    expect(crashLines()).toEqual([]);
  });
});
