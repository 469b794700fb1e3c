'use server';

import { redirect } from 'next/navigation';
import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { answerSubmissionSchema, startAttemptSchema } from '@/domain/quiz/schemas';
import { DEFAULT_LOCALE, isLocale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { getOrCreateDevice, getDevice } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import { getContentLibrary } from '@/server/content/library';
import { loadAttemptSubmittingExpired, recordAnswer, startPracticeAttempt } from '@/server/db/attempts';
import { consumeRateLimitSlot } from '@/server/db/rate-limits';
import { formLocale } from './form-locale';

/** Practice runs one device may start per hour. */
const PRACTICE_START_LIMIT = { windowSeconds: 60 * 60, max: 60 };

/**
 * Starts a quiz set (or a retry of the missed scenarios of an attempt) and opens its first step.
 * While the device has an unfinished run of the set, only a confirmed "start over" (which names
 * that run) starts a new one; anything else goes back to the home page, which offers both.
 */
export async function startAttemptAction(form: FormData): Promise<void> {
  const locale = formLocale(form);
  const input = startAttemptSchema.safeParse({ setId: form.get('setId'), retryOf: form.get('retryOf') || undefined, replaces: form.get('replaces') || undefined });
  if (!input.success) redirect(`/${locale}?error=invalid-set`);
  const library = getContentLibrary();
  const set = library.sets.get(input.data.setId);
  if (!set) redirect(`/${locale}?error=unknown-set`);
  // Checked here, not only by hiding the set: a request crafted by hand must not open the key either.
  if (!set.isPractice) redirect(`/${locale}?error=assignment-only`);
  const device = await getOrCreateDevice();
  // One device may start only so many practice runs an hour: each one is a row in the database.
  if ((await consumeRateLimitSlot(`practice:${hashToken(device.ownerKey)}`, PRACTICE_START_LIMIT)) !== undefined) redirect(`/${locale}?error=too-many-starts`);

  let items = planAttemptItems(set);
  if (input.data.retryOf) {
    const previous = await loadAttemptSubmittingExpired(device, input.data.retryOf);
    // Retrying "the ones I missed" of an assignment would tell which answers were wrong before the trainer's feedback time.
    if (!previous || previous.assignment) redirect(`/${locale}?error=unknown-attempt`);
    const scored = new Map(previous.answers.filter((answer) => answer.isComplete).map((answer) => [answer.position, answer.score]));
    items = previous.items.filter((scenarioId, position) => (scored.get(position) ?? 0) < 1 && library.scenarios.has(scenarioId));
    if (items.length === 0) redirect(`/${locale}/attempts/${previous.id}/summary`);
  }
  const started = await startPracticeAttempt(device, { setId: set.id, items, locale, retryOfId: input.data.retryOf, replaces: input.data.replaces });
  if (!started.ok) redirect(`/${locale}?error=unfinished&set=${set.id}#set-${set.id}`);
  redirect(`/${locale}/attempts/${started.value.id}/1`);
}

/** Scores and stores one answer; every failure comes back as a translated, actionable message. */
export async function submitAnswerAction(raw: unknown): Promise<SubmitAnswerOutcome> {
  const locale = isLocale((raw as { locale?: unknown } | null)?.locale) ? (raw as { locale: typeof DEFAULT_LOCALE }).locale : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  const input = answerSubmissionSchema.safeParse(raw);
  if (!input.success) return { ok: false, message: t('errors.answer.malformed') };
  const device = await getDevice();
  if (!device) return { ok: false, message: t('errors.attempt.notFound') };
  const library = getContentLibrary();
  try {
    const result = await recordAnswer(device, input.data, (id) => library.scenarios.get(id));
    return result.ok ? { ok: true } : { ok: false, message: t(result.message, result.params) };
  } catch (error) {
    // A lost database connection or a bug: log the ids for the operator, never the details to the student.
    console.error(`[answers] could not store answer ${input.data.clientAnswerId} for attempt ${input.data.attemptId} position ${input.data.position} (${input.data.stage}):`, error);
    return { ok: false, message: t('errors.answer.notSaved') };
  }
}
