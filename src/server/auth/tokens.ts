import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

/** A random token for a link (invitation, personal join link): 32 bytes, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of a token or cookie value, as stored: a database leak does not hand out live links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A short, stable stand-in for a value that must not reach the logs (a join code, an e-mail
 * address, a token): the first 12 hex characters of its SHA-256, enough to match log lines.
 */
export function logDigest(value: string): string {
  return `#${hashToken(value).slice(0, 12)}`;
}
