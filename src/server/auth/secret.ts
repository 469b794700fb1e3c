import 'server-only';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { env } from '@/server/env';

/**
 * The key that signs session cookies: BETTER_AUTH_SECRET when set, otherwise one made on first
 * start and kept in AUTH_SECRET_FILE, so a fresh install needs no .env and sessions survive restarts.
 * The file is readable by its owner only (0600), in a folder created as 0700; a file left readable
 * by others (an older install) is tightened when it is read.
 */
export function getAuthSecret(): string {
  if (env.BETTER_AUTH_SECRET) return env.BETTER_AUTH_SECRET;
  const file = resolve(env.AUTH_SECRET_FILE);
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length >= 32) {
      if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
      return stored;
    }
  } catch {
    // not created yet
  }
  const secret = randomBytes(32).toString('base64url');
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  // writeFileSync keeps the mode of a file that already existed (a short one being replaced).
  chmodSync(file, 0o600);
  return secret;
}
