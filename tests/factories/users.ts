import { randomUUID } from 'node:crypto';
import { auth } from '@/server/auth/auth';

export const TEST_PASSWORD = 'correct horse battery';

/** A trainer account made the way the app makes them, with a unique e-mail. */
export async function createTrainer(overrides: { email?: string; password?: string } = {}) {
  const email = overrides.email ?? `trainer-${randomUUID()}@example.com`;
  const { user } = await auth.api.signUpEmail({ body: { email, password: overrides.password ?? TEST_PASSWORD, name: 'Test Trainer' } });
  return { id: user.id, email };
}

/** A JSON POST to the auth route, as a browser at `address` would send it through the app's server. */
export function authRequest(path: string, body: unknown, address = '203.0.113.7', origin = 'http://192.168.1.20:3000'): Request {
  // Next.js hands route handlers its own URL (localhost) but keeps the Host the browser sent.
  return new Request(`http://localhost:3000/api/auth${path}`, {
    method: 'POST',
    // X-Client-Address is what scripts/serve.mjs records from the socket: the only address the app trusts.
    headers: { 'content-type': 'application/json', host: '192.168.1.20:3000', origin, 'x-client-address': address },
    body: JSON.stringify(body),
  });
}
