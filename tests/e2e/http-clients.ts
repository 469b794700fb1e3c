import { actionFormBody, actionHeaders, actionRedirectOf, answerHeaders, deviceCookieOf, routerStateTree, type ActionIds } from '../../bench/http';

/*
 * Students and trainers as a browser with JavaScript talks to a server: server actions posted
 * with the build's action ids, the answer form's fetch to the answers route, the sign-in form's
 * fetch to the authentication route. Every request names its client address (X-Forwarded-For, one
 * trusted hop) and the Origin of the server it goes to, as a browser behind a load balancer sends it.
 */

const LOCALE = 'en';
/** Generous: hundreds of requests at once on a small machine queue for a while. */
const REQUEST_TIMEOUT_MS = 90_000;

export type Reply = { status: number; body: string };

/** A device that joined a class: its address and the device cookie it acts with. */
export type StudentDevice = { address: string; deviceKey: string };

async function send(url: string, init: RequestInit): Promise<{ response: Response; body: string }> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS), ...init });
  return { response, body: await response.text() };
}

/** The message of a refused form in a server action's flight response, when one is there. */
function refusalText(body: string): string {
  return /"message":"([^"]*)"/.exec(body)?.[1] ?? body.slice(0, 200);
}

/** Joins the class with its code and a display name as a new device, through the join form's action; the device it became. */
export async function joinClass(baseUrl: string, ids: ActionIds, joinCode: string, displayName: string, address: string): Promise<StudentDevice> {
  const form = actionFormBody({ locale: LOCALE, code: joinCode, displayName, studentNumber: '' }, '[{"status":"idle"},"$K1"]');
  const { response, body } = await send(`${baseUrl}/${LOCALE}/join/${joinCode}`, {
    method: 'POST',
    headers: actionHeaders(baseUrl, ids.joinClassAction, routerStateTree(LOCALE, ['join', ['code', joinCode]]), address, undefined, form.contentType),
    body: form.body,
  });
  const deviceKey = deviceCookieOf(response);
  if (actionRedirectOf(response) !== `/${LOCALE}/my` || !deviceKey) throw new Error(`joining at ${baseUrl} answered ${response.status}, not "my assignments": ${refusalText(body)}`);
  return { address, deviceKey };
}

/** Starts the assignment from "my assignments", through its start button's action; the new attempt's id. */
export async function startAssignment(baseUrl: string, ids: ActionIds, device: StudentDevice, assignmentId: string): Promise<string> {
  const form = actionFormBody({ assignmentId, locale: LOCALE }, '["$K1"]');
  const { response, body } = await send(`${baseUrl}/${LOCALE}/my`, {
    method: 'POST',
    headers: actionHeaders(baseUrl, ids.startAssignmentAction, routerStateTree(LOCALE, ['my']), device.address, device.deviceKey, form.contentType),
    body: form.body,
  });
  const attemptId = new RegExp(`^/${LOCALE}/attempts/([^/?]+)$`).exec(actionRedirectOf(response) ?? '')?.[1];
  if (!attemptId) throw new Error(`starting the assignment at ${baseUrl} answered ${response.status}, sent to ${actionRedirectOf(response) ?? 'nowhere'}: ${refusalText(body)}`);
  return attemptId;
}

/**
 * Posts one answer as the answer form's fetch does. `signal` replaces the generous timeout, to
 * cut a request off as a flaky network would; a request cut off rejects.
 */
export async function postAnswer(baseUrl: string, device: StudentDevice, attemptId: string, body: string, signal?: AbortSignal): Promise<Reply> {
  const response = await fetch(`${baseUrl}/api/attempts/${attemptId}/answers`, {
    method: 'POST',
    headers: answerHeaders(baseUrl, device.address, device.deviceKey),
    body,
    signal: signal ?? AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  return { status: response.status, body: await response.text() };
}

/** Signs a trainer or admin in through the authentication route, as the sign-in form does; the Cookie header their browser then sends. */
export async function signIn(baseUrl: string, account: { email: string; password: string }, address: string): Promise<string> {
  const { response, body } = await send(`${baseUrl}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl, 'x-forwarded-for': address },
    body: JSON.stringify(account),
  });
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]);
  if (response.status !== 200 || cookies.length === 0) throw new Error(`signing in ${account.email} at ${baseUrl} answered ${response.status}: ${body.slice(0, 200)}`);
  return cookies.join('; ');
}

/** A page or download as a signed-in browser at `address` loads it. */
export async function loadSignedIn(url: string, cookie: string, address: string): Promise<Reply> {
  const { response, body } = await send(url, { headers: { accept: 'text/html,text/csv', cookie, 'x-forwarded-for': address } });
  return { status: response.status, body };
}
