import { randomUUID } from 'node:crypto';
import { auth } from '@/server/auth/auth';
import type { Device } from '@/server/auth/device';
import { authRequest, TEST_PASSWORD } from './users';

/*
 * The request an action runs in: its cookies and headers. Integration tests replace Next's
 * next/headers (a framework boundary) with this, then act as a browser would:
 *
 *   vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
 */
const jar = new Map<string, string>();
const extraHeaders = new Headers();

export const nextHeadersModule = {
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => {
    const headers = new Headers(extraHeaders);
    if (jar.size > 0) headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    return headers;
  },
};

/** Starts a new request context: no cookies, no headers (a browser that never visited). */
export function resetRequest(): void {
  jar.clear();
  for (const name of [...extraHeaders.keys()]) extraHeaders.delete(name);
}

export function setRequestHeader(name: string, value: string): void {
  extraHeaders.set(name, value);
}

/** Acts as a device with this owner cookie (a student's phone, or an anonymous visitor). */
export function actAsDevice(device: Device = { kind: 'anonymous', ownerKey: randomUUID() }): Device {
  resetRequest();
  jar.set('ss_owner', device.ownerKey);
  return device;
}

/** Signs in through the real auth route and keeps the session cookie, as a browser would. */
export async function actAsStaff(email: string, password = TEST_PASSWORD): Promise<void> {
  resetRequest();
  const response = await auth.handler(authRequest('/sign-in/email', { email, password }, `198.51.100.${Math.floor(Math.random() * 250) + 1}`));
  if (response.status !== 200) throw new Error(`sign-in as ${email} failed with ${response.status}: ${await response.text()}`);
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(';');
    const [name, ...value] = pair.split('=');
    jar.set(name.trim(), value.join('='));
  }
}
