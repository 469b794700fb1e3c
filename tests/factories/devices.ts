import { randomUUID } from 'node:crypto';
import type { Device } from '@/server/auth/device';

export function anonymousDevice(): Device {
  return { kind: 'anonymous', ownerKey: randomUUID() };
}
