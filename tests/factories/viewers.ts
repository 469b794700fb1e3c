import { randomUUID } from 'node:crypto';
import type { Viewer } from '@/server/auth/viewer';

export function anonymousViewer(): Viewer {
  return { kind: 'anonymous', ownerKey: randomUUID() };
}
