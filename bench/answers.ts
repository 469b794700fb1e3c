// Practice attempts started through the real HTTP flow (the home page's start form, posted to its
// server action) and the answers the benchmark sends to them (to the answers route, as the form does): every request answers a different
// open position, with a real answer the app scores and stores.
import { randomUUID } from 'node:crypto';
import type { StageResponse } from '../src/domain/quiz/schemas';
import { actionFormBody, actionHeaders, actionRedirectOf, answerHeaders, clientAddress, deviceCookieOf, routerStateTree, timedFetch, type ActionIds } from './http';

const LOCALE = 'en';
/** Address block of the devices that start practice attempts (see clientAddress). */
const PRACTICE_BLOCK = 2;

export type PracticeAttempt = { attemptId: string; deviceKey: string; address: string; path: string };

/** Starts a practice run of `setId` from a new device, as the home page's start form does; the attempt and the device cookie it got. */
export async function startPracticeAttempt(baseUrl: string, ids: ActionIds, setId: string, index: number): Promise<PracticeAttempt> {
  const address = clientAddress(PRACTICE_BLOCK, index);
  const { body, contentType } = actionFormBody({ setId, locale: LOCALE }, '["$K1"]');
  const { value } = await timedFetch(`${baseUrl}/${LOCALE}`, {
    method: 'POST',
    headers: actionHeaders(baseUrl, ids.startAttemptAction, routerStateTree(LOCALE, []), address, undefined, contentType),
    body,
  });
  const target = actionRedirectOf(value.response);
  const attemptId = /^\/en\/attempts\/([^/]+)\/1$/.exec(target ?? '')?.[1];
  const deviceKey = deviceCookieOf(value.response);
  if (value.response.status !== 200 || !attemptId || !deviceKey) {
    throw new Error(`starting a practice run of ${setId} answered ${value.response.status}, redirect ${target ?? 'none'}: ${value.body.slice(0, 200)}`);
  }
  return { attemptId, deviceKey, address, path: target! };
}

/** Runs `task` for 0..count-1 with at most `concurrency` at a time. */
export async function inParallel<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next++;
      results[index] = await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return results;
}

/** One open position of an attempt: its decision is not answered yet. */
export type OpenPosition = { attempt: PracticeAttempt; position: number; responses: StageResponse[] };

/**
 * Open positions ordered position by position across attempts, so requests sent together answer
 * different attempts, as a room of students does. `itemsOf` gives an attempt's scenario ids in
 * play order (read from the database); `decisions` a real decision for each scenario.
 */
export function openPositions(attempts: PracticeAttempt[], itemsOf: (attemptId: string) => string[], decisions: Record<string, StageResponse[]>): OpenPosition[] {
  const items = attempts.map((attempt) => itemsOf(attempt.attemptId));
  const longest = Math.max(0, ...items.map((list) => list.length));
  const positions: OpenPosition[] = [];
  for (let position = 0; position < longest; position += 1) {
    attempts.forEach((attempt, index) => {
      const scenarioId = items[index][position];
      if (scenarioId === undefined) return;
      const responses = decisions[scenarioId];
      if (!responses) throw new Error(`no decision known for scenario ${scenarioId}`);
      positions.push({ attempt, position, responses });
    });
  }
  return positions;
}

export type AnswerRequest = { clientAnswerId: string; path: string; headers: Record<string, string>; body: string };

/** The request the answer form sends for the decision at `open` (to the answers route), with a fresh client answer id. */
export function answerRequest(baseUrl: string, open: OpenPosition): AnswerRequest {
  const clientAnswerId = randomUUID();
  const { attempt, position, responses } = open;
  const path = `/api/attempts/${attempt.attemptId}/answers`;
  const body = JSON.stringify({ locale: LOCALE, position, stage: 'decision', clientAnswerId, responses });
  return { clientAnswerId, path, headers: answerHeaders(baseUrl, attempt.address, attempt.deviceKey), body };
}
