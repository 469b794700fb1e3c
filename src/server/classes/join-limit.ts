import 'server-only';
import { headers } from 'next/headers';
import { JOIN_MAX_ATTEMPTS, JOIN_WINDOW_SECONDS } from '@/domain/classes/join-limits';
import { consumeRateLimitSlot, releaseRateLimitSlot } from '@/server/db/rate-limits';
import { findClassroomNameByJoinCode } from '@/server/db/students';
import { clientAddressOf } from '@/server/http/client-address';

/** Failed joins and recoveries allowed per client address: every refusal counts, successes never. */
export const JOIN_LIMIT = { windowSeconds: JOIN_WINDOW_SECONDS, max: JOIN_MAX_ATTEMPTS };

/** The rate-limit key of the client address this request came from. */
export async function joinLimitKey(): Promise<string> {
  return `join:${clientAddressOf(await headers())}`;
}

/** What a join link's code opens: a class (by name), no class, or unknown because the address is over its limit. */
export type JoinLinkCheck = { kind: 'class'; classroomName: string } | { kind: 'unknown-code' } | { kind: 'unchecked' };

/**
 * Checks the class code of a join link (`/join/<code>`) so the page can name the class before the
 * student joins. A code that opens no class counts as a failed join try, like a refused join, so the
 * page finds codes no faster than the join form; once the address is over its limit the page says
 * nothing about the code. As in the join action, the slot is taken before the look-up and given back
 * when the code opens a class, so parallel requests cannot slip past the limit. `code` is
 * normalised; '' is no code at all.
 */
export async function checkJoinLinkCode(code: string): Promise<JoinLinkCheck> {
  const key = await joinLimitKey();
  if ((await consumeRateLimitSlot(key, JOIN_LIMIT)) !== undefined) return { kind: 'unchecked' };
  const classroomName = code ? await findClassroomNameByJoinCode(code) : undefined;
  if (classroomName === undefined) return { kind: 'unknown-code' };
  await releaseRateLimitSlot(key);
  return { kind: 'class', classroomName };
}
