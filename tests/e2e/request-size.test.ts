import { describe, expect, inject, it } from 'vitest';

const baseUrl = inject('baseUrl');

describe('request body limits of the running app', () => {
  it('refuses a server-action body over 1 MB with 413 and a sentence, not a server error', async () => {
    const response = await fetch(`${baseUrl}/en/join`, {
      method: 'POST',
      headers: { 'Next-Action': '0'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8', Accept: 'text/x-component', Origin: baseUrl },
      body: JSON.stringify(['x'.repeat(1024 * 1024 + 1)]),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('larger than 1 MB');
  });

  it('refuses a sign-in body over 16 KB at the authentication route', async () => {
    const response = await fetch(`${baseUrl}/api/auth/sign-in/email`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: baseUrl },
      body: JSON.stringify({ email: 'a@example.com', password: 'x'.repeat(20_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });
});
