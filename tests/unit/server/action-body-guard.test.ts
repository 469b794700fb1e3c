import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import { MAX_ACTION_BODY_BYTES, refuseBrokenActionBody } from '@/server/http/action-body-guard';

/*
 * Bodies of server-action requests: what React's own client encoder makes must pass untouched;
 * what its decoder would crash on gets 400 or 413 with a sentence.
 */

// The encoder the browser runs (React's encodeReply, as Next.js ships it), so "valid" means real.
const { encodeReply } = createRequire(import.meta.url)('next/dist/compiled/react-server-dom-turbopack/client.node.js') as {
  encodeReply: (args: unknown[]) => Promise<string | FormData>;
};

const ACTION_ID = '4041b90db21159525d784d59e9c7c3f56e57192af1';

function actionRequest(body: BodyInit | null, headers: Record<string, string> = {}, path = '/en/join'): Request {
  const init: RequestInit & { duplex?: 'half' } = { method: 'POST', body, headers: { 'next-action': ACTION_ID, ...headers } };
  if (body instanceof ReadableStream) init.duplex = 'half';
  return new Request(`http://app.test${path}`, init);
}

const text = (body: string) => actionRequest(body, { 'content-type': 'text/plain;charset=UTF-8' });

/** A multipart body by hand, for forms a browser would never send. */
function multipart(fields: [string, string][], { truncate = false } = {}): Request {
  const boundary = '----guardtest';
  let body = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`).join('');
  body += truncate ? `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\nunfinis` : `--${boundary}--\r\n`;
  return actionRequest(body, { 'content-type': `multipart/form-data; boundary=${boundary}` });
}

async function encoded(args: unknown[]): Promise<Request> {
  const body = await encodeReply(args);
  return typeof body === 'string' ? text(body) : actionRequest(body);
}

describe('refuseBrokenActionBody lets through', () => {
  it('requests that are not server actions, without reading their body', async () => {
    const get = new Request('http://app.test/en', { headers: { 'next-action': ACTION_ID } });
    const post = new Request('http://app.test/en/join', { method: 'POST', body: 'not json' });
    expect(await refuseBrokenActionBody(get)).toBeUndefined();
    expect(await refuseBrokenActionBody(post)).toBeUndefined();
    expect(post.bodyUsed).toBe(false);
  });

  it.each<[string, () => unknown[]]>([
    ['an answer as the quiz sends it', () => [{ attemptId: 'a1', step: 2, answerId: 'b7', responses: { q1: { choices: ['c3'] }, q2: { lines: [4, 7] } } }]],
    ['a form state and a form', () => [{ status: 'idle' }, formOf({ locale: 'en', code: 'ABC234', displayName: '李雷' })]],
    ['a form with a roster file', () => [{ status: 'idle' }, formOf({ locale: 'en' }, new File(['name,number\nAnna,1\n'], 'roster.csv', { type: 'text/csv' }))]],
    ['one object twice, dates, undefined, a "$" text, a BigInt, a Map and a Set', () => {
      const shared = { a: 1 };
      return [shared, { again: shared }, new Date(0), undefined, '$5 off', 10n, new Map([[1, 2]]), new Set(['x']), -0, Number.NaN, Number.POSITIVE_INFINITY];
    }],
    ['bytes and a blob', () => [new Uint8Array([1, 2, 3]), new Blob(['x'])]],
    ['no arguments', () => []],
  ])('%s, encoded by React', async (_case, args) => {
    expect(await refuseBrokenActionBody(await encoded(args()))).toBeUndefined();
  });

  it(`a body of exactly ${MAX_ACTION_BODY_BYTES} bytes`, async () => {
    const body = `["${'a'.repeat(MAX_ACTION_BODY_BYTES - 4)}"]`;
    expect(new TextEncoder().encode(body).byteLength).toBe(MAX_ACTION_BODY_BYTES);
    expect(await refuseBrokenActionBody(text(body))).toBeUndefined();
  });
});

function formOf(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  if (file) form.set('file', file);
  return form;
}

describe('refuseBrokenActionBody refuses with 400 and says so', () => {
  const deep = (levels: number) => `${'['.repeat(levels)}${']'.repeat(levels)}`;

  it.each<[string, () => Request]>([
    ['text that is not JSON', () => text('not json')],
    ['an empty body', () => text('')],
    ['bytes that are not UTF-8', () => actionRequest(new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]), { 'content-type': 'text/plain' })],
    ['JSON that is not a list of arguments', () => text('"just a string"')],
    ['arrays nested 100 000 deep', () => text(deep(100_000))],
    ['objects nested 40 deep', () => text(`[${'{"a":'.repeat(40)}1${'}'.repeat(40)}]`)],
    ['a reference to a part the body does not have', () => text('["$1"]')],
    ['a map whose part is missing', () => text('["$Q1"]')],
    ['a server reference whose part is missing', () => text('["$h1"]')],
    ['a reference that is no number', () => text('["$zz"]')],
    ['a BigInt of 301 digits', () => text(`["$n${'9'.repeat(301)}"]`)],
    ['a multipart form cut off in the middle', () => multipart([['0', '[]']], { truncate: true })],
    ['a multipart form without its arguments', () => multipart([['_1_code', 'ABC234']])],
    ['a multipart form whose arguments are not JSON', () => multipart([['0', 'not json']])],
    ['a multipart part nested 1 000 deep', () => multipart([['0', '["$1"]'], ['1', deep(1000)]])],
    ['a blob reference to a text part', () => multipart([['0', '["$B1"]'], ['1', 'text']])],
    ['a multipart content type on a body that is not multipart', () => actionRequest('garbage', { 'content-type': 'multipart/form-data; boundary=XYZ' })],
  ])('%s', async (_case, request) => {
    const refused = await refuseBrokenActionBody(request());
    expect(refused?.status).toBe(400);
    expect(refused?.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await refused?.text()).toBe(`${en['errors.request.actionMalformed']}\n`);
  });

  it('in the language of the page, Chinese by default', async () => {
    const zhPage = actionRequest('not json', { 'content-type': 'text/plain' }, '/zh-CN/join');
    const noLocale = actionRequest('not json', { 'content-type': 'text/plain' }, '/');
    expect(await (await refuseBrokenActionBody(zhPage))?.text()).toBe(`${zhCN['errors.request.actionMalformed']}\n`);
    expect(await (await refuseBrokenActionBody(noLocale))?.text()).toBe(`${zhCN['errors.request.actionMalformed']}\n`);
  });
});

describe('refuseBrokenActionBody refuses a body over 1 MB with 413', () => {
  const tooLarge = `${en['errors.request.actionTooLarge'].replace('{max}', String(MAX_ACTION_BODY_BYTES / 1024))}\n`;

  it('when the declared length says so, before reading it', async () => {
    const request = actionRequest('[]', { 'content-type': 'text/plain', 'content-length': String(MAX_ACTION_BODY_BYTES + 1) });
    const refused = await refuseBrokenActionBody(request);
    expect(refused?.status).toBe(413);
    expect(await refused?.text()).toBe(tooLarge);
    expect(request.bodyUsed).toBe(false);
  });

  it('when a body sent without a length grows past it, and stops reading there', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(0x61);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const refused = await refuseBrokenActionBody(actionRequest(endless, { 'content-type': 'text/plain' }));
    expect(refused?.status).toBe(413);
    expect(await refused?.text()).toBe(tooLarge);
    expect(pulled).toBeLessThan(MAX_ACTION_BODY_BYTES + 4 * chunk.byteLength);
  });
});
