import 'server-only';
import { hash, verify } from '@node-rs/argon2';
import { APIError, betterAuth } from 'better-auth';
import { createAuthMiddleware } from 'better-auth/api';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '@/domain/accounts/schemas';
import { getAuthSecret } from '@/server/auth/secret';
import { clearSignInFailures, takeSignInTry } from '@/server/db/sign-in-failures';
import { CLIENT_ADDRESS_HEADER } from '@/server/http/client-address';
import { authDatabase, isUserDisabled } from '@/server/db/users';
import { isHttpsRequest } from '@/server/http/https';

/** Sign-in attempts allowed per client address in one window. */
export const SIGN_IN_MAX_ATTEMPTS = 5;
/** Length of the sign-in rate-limit windows, in seconds. */
export const SIGN_IN_WINDOW_SECONDS = 15 * 60;

// argon2id with the library's defaults (m=19456 KiB, t=2, p=1), OWASP's minimum recommendation.
const password = {
  hash: (plain: string) => hash(plain),
  verify: ({ hash: stored, password: plain }: { hash: string; password: string }) => verify(stored, plain),
};

export const auth = betterAuth({
  secret: getAuthSecret(),
  database: authDatabase,
  emailAndPassword: { enabled: true, autoSignIn: false, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: MAX_PASSWORD_LENGTH, password },
  user: {
    additionalFields: {
      role: { type: 'string', required: false, defaultValue: 'trainer', input: false },
      disabledAt: { type: 'date', required: false, input: false },
    },
  },
  rateLimit: {
    enabled: true,
    storage: 'database',
    customRules: { '/sign-in/*': { window: SIGN_IN_WINDOW_SECONDS, max: SIGN_IN_MAX_ATTEMPTS } },
  },
  // Same-origin check against the Host the browser used: the app is reached as localhost, a LAN
  // address or a public name, and a page on another site cannot send our Host with its Origin.
  trustedOrigins: async (request) => {
    const host = request?.headers.get('host');
    return host ? [`http://${host}`, `https://${host}`] : [];
  },
  advanced: {
    // Cookies are HttpOnly and SameSite=Lax (the library's defaults). Secure is added per request
    // by withSecureCookiesOverHttps: classroom LANs reach the app over plain http, where a Secure
    // cookie would be dropped and nobody could sign in.
    useSecureCookies: false,
    // The library skips the origin check when NODE_ENV is "test"; keep it on so tests see production.
    disableOriginCheck: false,
    // Only the address scripts/serve.mjs recorded from the socket (and trusted proxies) counts;
    // a client's own X-Forwarded-For could otherwise buy unlimited tries or fill someone else's bucket.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  hooks: {
    // Accounts come from admin:create (a call on the server, without a request) and from invitation
    // and setup links (written by src/server/db/invitations.ts): never from a visitor signing up.
    before: createAuthMiddleware(async (ctx) => {
      if (!ctx.request) return;
      if (ctx.path.startsWith('/sign-up')) throw new APIError('FORBIDDEN', { code: 'SIGN_UP_DISABLED', message: 'Accounts are created by an admin.' });
      // The library limits per address; this slows down guessing one account from many addresses.
      // Only failures count, and they slow the next try rather than lock the account, so someone
      // guessing cannot lock the real owner out.
      if (ctx.path === '/sign-in/email' && typeof ctx.body?.email === 'string') {
        const retryAfter = await takeSignInTry(ctx.body.email);
        if (retryAfter !== undefined) {
          throw new APIError('TOO_MANY_REQUESTS', { code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed sign-ins for this account.' }, { 'X-Retry-After': String(retryAfter) });
        }
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email' || typeof ctx.body?.email !== 'string') return;
      // The try was counted when it started (takeSignInTry): a success forgets the failures, a
      // refusal leaves it counted.
      const returned = ctx.context.returned;
      if (returned !== undefined && !(returned instanceof APIError)) await clearSignInFailures(ctx.body.email);
    }),
  },
  databaseHooks: {
    session: {
      create: {
        // Runs after the password was checked, so it reveals nothing to someone guessing.
        before: async (session) => {
          if (await isUserDisabled(session.userId)) throw new APIError('FORBIDDEN', { code: 'ACCOUNT_DISABLED', message: 'This account is disabled.' });
        },
      },
    },
  },
});

/** Adds the Secure attribute to every cookie the response sets when the request came over HTTPS. */
export function withSecureCookiesOverHttps(handler: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const response = await handler(request);
    if (!isHttpsRequest(request.headers, request.url)) return response;
    const cookies = response.headers.getSetCookie();
    if (cookies.length === 0) return response;
    const headers = new Headers(response.headers);
    headers.delete('set-cookie');
    for (const cookie of cookies) headers.append('set-cookie', /;\s*secure\b/i.test(cookie) ? cookie : `${cookie}; Secure`);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  };
}
