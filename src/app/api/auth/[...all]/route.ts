import { toNextJsHandler } from 'better-auth/next-js';
import { auth, withSecureCookiesOverHttps } from '@/server/auth/auth';
import { MAX_AUTH_BODY_BYTES, withBodyLimit } from '@/server/http/body-limit';

const handler = withBodyLimit(withSecureCookiesOverHttps(auth.handler), MAX_AUTH_BODY_BYTES);

export const { GET, POST } = toNextJsHandler(handler);
