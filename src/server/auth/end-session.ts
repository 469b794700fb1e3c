import 'server-only';
import { cookies, headers } from 'next/headers';
import { auth } from '@/server/auth/auth';

/**
 * Ends the staff session this browser carries, if any: the session is deleted and its cookies are
 * cleared. Used when the browser becomes someone else's, as when an invitee creates their account
 * where the admin who invited them is still signed in: the welcome sign-in page then asks for the
 * new account instead of going on as the previous one. Only callable from actions.
 */
export async function endBrowserSession(): Promise<void> {
  const jar = await cookies();
  const { authCookies } = await auth.$context;
  const names = Object.values(authCookies).map((cookie) => cookie.name);
  if (!names.some((name) => jar.has(name))) return;
  // Deletes the session row when the cookie names one; a stale or forged cookie is just cleared.
  await auth.api.signOut({ headers: await headers() }).catch(() => undefined);
  for (const name of names) if (jar.has(name)) jar.delete(name);
}
