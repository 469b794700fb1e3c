'use server';

import { redirect } from 'next/navigation';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { startAttemptSchema } from '@/domain/quiz/schemas';
import { getOrCreateDevice } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { loadAttemptSubmittingExpired, startPracticeAttempt } from '@/server/db/attempts';
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
  // A file set or a focus set (focus:<dimension>:<tag>), built from the library on the server.
  const set = findQuizSet(input.data.setId, locale, library);
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
  if (!started.ok) redirect(`/${locale}?error=unfinished&set=${encodeURIComponent(set.id)}#set-${encodeURIComponent(set.id)}`);
  redirect(`/${locale}/attempts/${started.value.id}/1`);
}
