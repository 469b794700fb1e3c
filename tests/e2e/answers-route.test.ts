import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import { answerRequest, openPositions, startPracticeAttempt, type AnswerRequest } from '../../bench/answers';
import { answerPlans } from '../../bench/suite';
import { readActionIds } from '../../bench/http';
import { attemptItems, openDatabase, type Db } from '../../bench/verify';

/*
 * The answers route over real HTTP, as the answer form's fetch and as anyone else could call it:
 * a browser's answer is stored and acknowledged; a request from another site, in another format,
 * unreadable, oversized or from a browser without the device cookie is refused with a sentence,
 * and nothing is stored.
 */

const root = resolve('.');
const baseUrl = inject('baseUrl');
let db: Db;
let answer: AnswerRequest;
let attemptId: string;

beforeAll(async () => {
  const databaseUrl = inject('databaseUrl');
  db = openDatabase(databaseUrl);
  const plans = answerPlans({ root, baseUrl, ids: readActionIds(root), env: { DATABASE_URL: databaseUrl, CONTENT_ROOT: root }, db });
  const attempt = await startPracticeAttempt(baseUrl, readActionIds(root), plans.practiceSets[0].id, 7100);
  attemptId = attempt.attemptId;
  const items = attemptItems(db, [attemptId]);
  [answer] = openPositions([attempt], (id) => items.get(id) ?? [], plans.decisions).map((open) => answerRequest(baseUrl, open));
});

afterAll(() => db?.close());

const storedAnswers = () => (db.prepare('SELECT COUNT(*) AS count FROM "Answer" WHERE "attemptId" = ?').get(attemptId) as { count: number }).count;

function send(headers: Record<string, string | undefined>, body: BodyInit = answer.body): Promise<Response> {
  const sent = Object.fromEntries(Object.entries({ ...answer.headers, ...headers }).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return fetch(`${baseUrl}${answer.path}`, { method: 'POST', headers: sent, body });
}

describe('POST /api/attempts/<id>/answers', () => {
  it("refuses a request from another site's page, whatever it carries", async () => {
    const forged: Record<string, string | undefined>[] = [
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: undefined, 'sec-fetch-site': 'cross-site' },
      { origin: undefined, 'sec-fetch-site': 'same-site' },
    ];
    for (const headers of forged) {
      const response = await send(headers);
      expect(response.status, JSON.stringify(headers)).toBe(403);
      expect(await response.json()).toEqual({ ok: false, message: en['errors.request.crossOrigin'] });
    }
    expect(storedAnswers()).toBe(0);
  });

  it('refuses a body that is not JSON, or not an answer, with what to do', async () => {
    const plainText = await send({ 'content-type': 'text/plain;charset=UTF-8' });
    expect(plainText.status).toBe(415);
    expect(await plainText.json()).toEqual({ ok: false, message: en['errors.answer.malformed'] });
    const unreadable = await send({}, '{"position": 0,');
    expect(unreadable.status).toBe(400);
    // A body that cannot be read names no language: the app's default one answers.
    expect(await unreadable.json()).toEqual({ ok: false, message: zhCN['errors.answer.malformed'] });
    const wrongShape = await send({}, JSON.stringify({ locale: 'zh-CN', position: 'first' }));
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toEqual({ ok: false, message: zhCN['errors.answer.malformed'] });
    expect(storedAnswers()).toBe(0);
  });

  it('refuses a body over 16 KB before reading it all', async () => {
    const response = await send({}, JSON.stringify({ padding: 'x'.repeat(17 * 1024) }));
    expect(response.status).toBe(413);
    expect(storedAnswers()).toBe(0);
  });

  it('answers "not found" to a browser without the device cookie', async () => {
    const response = await send({ cookie: undefined });
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toBe(en['errors.attempt.notFound']);
    expect(storedAnswers()).toBe(0);
  });

  it("stores the answer form's request once and acknowledges it, again when it is sent twice", async () => {
    for (const attempt of [1, 2]) {
      const response = await send({});
      expect(response.status, `send ${attempt}`).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      expect(await response.json()).toEqual({ ok: true });
    }
    expect(storedAnswers()).toBe(1);
  });
});
