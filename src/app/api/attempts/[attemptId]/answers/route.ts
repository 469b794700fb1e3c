import { getTranslator } from '@/i18n/get-messages';
import { getDevice } from '@/server/auth/device';
import { withBodyLimit } from '@/server/http/body-limit';
import { isSameOriginRequest } from '@/server/http/same-origin';
import { requestedLocale, submitAnswer } from '@/server/quiz/submit-answer';

/** An answer is a few choices: a few kilobytes at most. */
const MAX_ANSWER_BODY_BYTES = 16 * 1024;

const NO_STORE = { 'cache-control': 'no-store' };

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function refuse(status: number, message: string): Response {
  return Response.json({ ok: false, message }, { status, headers: NO_STORE });
}

/**
 * Stores one answer of the device's attempt (the answer form posts here). A route handler rather
 * than a server action: the reply is one line of JSON, with nothing of the page rendered.
 */
export async function POST(request: Request, { params }: { params: Promise<{ attemptId: string }> }): Promise<Response> {
  const { attemptId } = await params;
  return withBodyLimit(async (limited) => {
    const body = parseJson(await limited.text());
    // Refusals speak the language the answer names, when it can be read.
    const t = getTranslator(requestedLocale(body));
    if (!isSameOriginRequest(limited.headers)) return refuse(403, t('errors.request.crossOrigin'));
    if (!/^application\/json\b/i.test(limited.headers.get('content-type') ?? '')) return refuse(415, t('errors.answer.malformed'));
    if (typeof body !== 'object' || body === null || Array.isArray(body)) return refuse(400, t('errors.answer.malformed'));
    const { status, outcome } = await submitAnswer(await getDevice(), { ...body, attemptId });
    return Response.json(outcome, { status, headers: NO_STORE });
  }, MAX_ANSWER_BODY_BYTES)(request);
}
