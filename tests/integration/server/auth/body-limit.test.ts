import { describe, expect, it } from 'vitest';
import { POST } from '@/app/api/auth/[...all]/route';
import { MAX_AUTH_BODY_BYTES } from '@/server/http/body-limit';
import { authRequest, createTrainer, TEST_PASSWORD } from '../../../factories/users';

/* The authentication route reads no more than a small body, whatever the client says it sends. */

const headers = { 'content-type': 'application/json', host: '192.168.1.20:3000', origin: 'http://192.168.1.20:3000', 'x-client-address': '203.0.113.30' };
const oversized = () => JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(MAX_AUTH_BODY_BYTES) });

describe('the authentication route\'s body limit', () => {
  it('refuses a body over the limit with 413 and a reason, before reading it', async () => {
    const response = await POST(new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST', headers, body: oversized() }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ code: 'PAYLOAD_TOO_LARGE', message: `The request body is larger than the ${MAX_AUTH_BODY_BYTES} bytes this route accepts.` });
  });

  it('refuses a streamed body without a length as soon as it passes the limit', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(4096));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        // Far more than the limit: the route must stop reading long before the end.
        if (sent >= 100 * MAX_AUTH_BODY_BYTES) return controller.close();
        sent += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const response = await POST(new Request('http://localhost:3000/api/auth/sign-in/email', { method: 'POST', headers, body, duplex: 'half' } as RequestInit));
    expect(response.status).toBe(413);
    expect(sent).toBeLessThan(2 * MAX_AUTH_BODY_BYTES);
  });

  it('still signs in with an ordinary body', async () => {
    const { email } = await createTrainer();
    const response = await POST(authRequest('/sign-in/email', { email, password: TEST_PASSWORD }));
    expect(response.status).toBe(200);
    expect(response.headers.getSetCookie().join(';')).toContain('session_token');
  });
});
