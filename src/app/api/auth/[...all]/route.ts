import { toNextJsHandler } from 'better-auth/next-js';
import { auth, withSecureCookiesOverHttps } from '@/server/auth/auth';

const handler = withSecureCookiesOverHttps(auth.handler);

export const { GET, POST } = toNextJsHandler(handler);
