/*
 * Checks the body of a server-action request before Next.js decodes it. Next.js answers a body it
 * cannot decode (not JSON, nested thousands deep, a broken multipart form, a reference to a part
 * that is not there, over the size limit) with a bare 500 and logs it as a crash; this answers 400
 * or 413 with a plain sentence instead, and logs nothing. Kept free of server-only and Next
 * imports: src/proxy.ts calls it, and it is unit-tested.
 *
 * What React's client sends (encodeReply): the action's arguments as one JSON array, as text, or,
 * when an argument is a FormData or a file, as a multipart form whose field "0" holds that array
 * and whose other numbered fields hold the parts it refers to ("$1", "$Q2", "$B3"...). The form's
 * own entries come as "_<n>_<name>" fields, referred to by "$K<n>".
 */
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/i18n/config';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import { createTranslator, type Messages } from '@/i18n/translate';

const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

/** The largest action body: the same 1 MB as serverActions.bodySizeLimit in next.config.ts. */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
/** The deepest nesting of arrays and objects an action argument may have; the app's forms send a few levels. */
export const MAX_ACTION_NESTING = 32;
/** React refuses a BigInt longer than this. */
const MAX_BIGINT_DIGITS = 300;

export type ActionBodyProblem = 'too_large' | 'malformed';

type Part = string | Blob;

/** "$" strings that stand for a value of their own ($$ escapes a "$"); every other one refers to a part. */
const SELF_CONTAINED = new Set(['$', 'H', 'T', 'K', 'I', '-', 'N', 'u', 'D', 'n', '@']);
/** Letters that name the kind of the part a "$" string refers to; without one the id follows the "$". */
const PART_KINDS = new Set([...'hQWiAOoUSsLlGgMmVBRrXx']);

/**
 * A server-action request (POST with a Next-Action header) whose body React's decoder would fail
 * on, with the answer to give; undefined for every other request and for a readable body.
 */
export async function refuseBrokenActionBody(request: Request): Promise<Response | undefined> {
  if (request.method !== 'POST' || !request.headers.has('next-action')) return undefined;
  const problem = await checkActionBody(request);
  if (!problem) return undefined;
  const [, first] = new URL(request.url).pathname.split('/');
  const t = createTranslator(CATALOGUES[isLocale(first) ? first : DEFAULT_LOCALE]);
  const message = problem === 'too_large' ? t('errors.request.actionTooLarge', { max: MAX_ACTION_BODY_BYTES / 1024 }) : t('errors.request.actionMalformed');
  return new Response(`${message}\n`, { status: problem === 'too_large' ? 413 : 400, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });
}

/** What is wrong with a server-action request's body, or undefined when React can decode it. */
export async function checkActionBody(request: Request): Promise<ActionBodyProblem | undefined> {
  const bytes = await readAtMost(request, MAX_ACTION_BODY_BYTES);
  if (!bytes) return 'too_large';
  const contentType = request.headers.get('content-type') ?? '';
  const parts = /^multipart\/form-data\s*;/i.test(contentType) ? await multipartParts(bytes, contentType) : textPart(bytes);
  return parts && arePartsReadable(parts) ? undefined : 'malformed';
}

/** The body, or undefined as soon as it passes `maxBytes` (a declared length is believed first). */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | undefined> {
  if (Number(request.headers.get('content-length') ?? 0) > maxBytes) return undefined;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

function textPart(bytes: Uint8Array): Map<string, Part> | undefined {
  try {
    return new Map([['0', new TextDecoder('utf-8', { fatal: true }).decode(bytes)]]);
  } catch {
    return undefined;
  }
}

/** The numbered fields of a multipart body (the entries of a submitted form are not parts). */
async function multipartParts(bytes: Uint8Array<ArrayBuffer>, contentType: string): Promise<Map<string, Part> | undefined> {
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return undefined;
  }
  const parts = new Map<string, Part>();
  for (const [name, value] of form) if (/^\d+$/.test(name)) parts.set(name, value);
  return parts;
}

/** True when part "0" is an array and every text part is shallow JSON whose references all resolve. */
function arePartsReadable(parts: Map<string, Part>): boolean {
  const models: unknown[] = [];
  for (const [name, part] of parts) {
    if (typeof part !== 'string') continue;
    if (nestingDepth(part) > MAX_ACTION_NESTING) return false;
    try {
      const model: unknown = JSON.parse(part);
      if (name === '0' && !Array.isArray(model)) return false;
      models.push(model);
    } catch {
      return false;
    }
  }
  if (typeof parts.get('0') !== 'string') return false;
  return models.every((model) => strings(model).every((value) => isResolvable(value, parts)));
}

/** Every string value in a parsed model (keys are names, not values). Depth is bounded already. */
function strings(model: unknown): string[] {
  if (typeof model === 'string') return [model];
  if (Array.isArray(model)) return model.flatMap(strings);
  if (model !== null && typeof model === 'object') return Object.values(model).flatMap(strings);
  return [];
}

/** A "$" string stands for a value of its own or refers to a part that is in the body. */
function isResolvable(value: string, parts: Map<string, Part>): boolean {
  if (!value.startsWith('$')) return true;
  const kind = value[1];
  if (kind !== undefined && SELF_CONTAINED.has(kind)) return kind !== 'n' || value.length - 2 <= MAX_BIGINT_DIGITS;
  const id = Number.parseInt((kind !== undefined && PART_KINDS.has(kind) ? value.slice(2) : value.slice(1)).split(':')[0], 16);
  const part = Number.isFinite(id) ? parts.get(String(id)) : undefined;
  return kind === 'B' ? part instanceof Blob : part !== undefined;
}

/** How deep arrays and objects nest in JSON text, counted without parsing it (strings are skipped). */
function nestingDepth(json: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const char = json[index];
    if (inString) {
      if (char === '\\') index += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === ']' || char === '}') {
      depth -= 1;
    }
  }
  return deepest;
}
