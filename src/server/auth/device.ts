import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { isHttpsRequest } from '@/server/http/https';

/**
 * The browser asking, known by an opaque key in an HttpOnly cookie: it owns its anonymous practice
 * and acts for the students who joined a class on it. Staff are a StaffViewer instead.
 */
export type Device = { kind: 'anonymous'; ownerKey: string };

const OWNER_COOKIE = 'ss_owner';
const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;
const OWNER_KEY = /^[0-9a-f-]{36}$/;

/** The current device, or undefined when this browser has never started a quiz. */
export async function getDevice(): Promise<Device | undefined> {
  const value = (await cookies()).get(OWNER_COOKIE)?.value;
  return value && OWNER_KEY.test(value) ? { kind: 'anonymous', ownerKey: value } : undefined;
}

/** The current device, creating the owner cookie first if needed; only callable from actions. */
export async function getOrCreateDevice(): Promise<Device> {
  const existing = await getDevice();
  if (existing) return existing;
  const device = newDevice();
  await setDeviceCookie(device);
  return device;
}

/** A fresh device key, not yet sent to the browser (the data layer stores only its hash). */
export function newDevice(): Device {
  return { kind: 'anonymous', ownerKey: randomUUID() };
}

/**
 * Sends `device`'s key as the owner cookie; only callable from actions. Joining, claiming a
 * personal link and recovering send a fresh key, so a value someone saw before stops working.
 */
export async function setDeviceCookie(device: Device): Promise<void> {
  (await cookies()).set(OWNER_COOKIE, device.ownerKey, {
    httpOnly: true,
    sameSite: 'lax',
    // Secure only over HTTPS: students on a classroom LAN reach the app over plain http, where a
    // Secure cookie would be silently dropped and every answer lost.
    secure: isHttpsRequest(await headers()),
    path: '/',
    maxAge: ONE_YEAR_SECONDS,
  });
}
