import 'server-only';
import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import { answerSubmissionSchema } from '@/domain/quiz/schemas';
import { DEFAULT_LOCALE, isLocale, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { recordAnswer, type RecordAnswerError } from '@/server/db/attempts';

export type SubmitAnswerResponse = { status: number; outcome: SubmitAnswerOutcome };

/** The HTTP status of each refusal: what the client did wrong (4xx), never a 5xx for a rule. */
const STATUS_OF: Record<RecordAnswerError, number> = {
  attempt_not_found: 404,
  not_in_attempt: 404,
  attempt_closed: 409,
  already_answered: 409,
  decision_first: 409,
  answer_id_conflict: 409,
  scenario_unavailable: 409,
  time_limit_passed: 409,
  assignment_closed: 409,
  answer_invalid: 422,
  answer_incomplete: 422,
  student_removed: 403,
};

/** The language a request asked for in its body, for its messages; the default when it names none. */
export function requestedLocale(raw: unknown): Locale {
  const locale = (raw as { locale?: unknown } | null)?.locale;
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * Scores and stores one answer of `device`'s attempt; every refusal comes back as a translated,
 * actionable message with its HTTP status. `raw` is the request body as the browser sent it.
 */
export async function submitAnswer(device: Device | undefined, raw: unknown): Promise<SubmitAnswerResponse> {
  const t = getTranslator(requestedLocale(raw));
  const input = answerSubmissionSchema.safeParse(raw);
  if (!input.success) return { status: 400, outcome: { ok: false, message: t('errors.answer.malformed') } };
  if (!device) return { status: 404, outcome: { ok: false, message: t('errors.attempt.notFound') } };
  const library = getContentLibrary();
  try {
    const result = await recordAnswer(device, input.data, (id) => library.scenarios.get(id));
    if (result.ok) return { status: 200, outcome: { ok: true } };
    return { status: STATUS_OF[result.code as RecordAnswerError] ?? 422, outcome: { ok: false, message: t(result.message, result.params) } };
  } catch (error) {
    // A lost database connection or a bug: log the ids for the operator, never the details to the student.
    console.error(`[answers] could not store answer ${input.data.clientAnswerId} for attempt ${input.data.attemptId} position ${input.data.position} (${input.data.stage}):`, error);
    return { status: 503, outcome: { ok: false, message: t('errors.answer.notSaved') } };
  }
}
