// Hashes the secrets that databases made before 2026-12 kept in clear; run by prepare-db.mjs after
// `prisma migrate deploy` (SQLite has no SHA-256, so a migration cannot do it in SQL).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';

/** Same as hashToken in src/server/auth/tokens.ts: SHA-256, hex. */
const sha256 = (value) => createHash('sha256').update(value).digest('hex');
const HASHED = /^[0-9a-f]{64}$/;
// Same as PERSONAL_LINK_DAYS in src/domain/classes/personal-links.ts.
const PERSONAL_LINK_DAYS = 30;
// Prisma's SQLite adapter stores DateTime as ISO 8601 text with an explicit offset.
const storedDate = (date) => date.toISOString().replace('Z', '+00:00');

/**
 * Replaces raw device cookies in Attempt.ownerKey and raw personal link tokens in
 * Student.personalTokenHash by their SHA-256, so every existing attempt keeps its owner and every
 * unused link keeps working (for PERSONAL_LINK_DAYS from now). Values already hashed are left
 * alone, so this runs any number of times. Returns how many rows it changed.
 */
export function hashLegacySecrets(file, now = new Date()) {
  const sqlite = new Database(file, { fileMustExist: true });
  try {
    return sqlite.transaction(() => {
      const attempts = sqlite.prepare('SELECT DISTINCT "ownerKey" AS value FROM "Attempt" WHERE length("ownerKey") <> 64').all();
      const moveOwner = sqlite.prepare('UPDATE "Attempt" SET "ownerKey" = ? WHERE "ownerKey" = ?');
      let attemptRows = 0;
      for (const { value } of attempts) if (!HASHED.test(value)) attemptRows += moveOwner.run(sha256(value), value).changes;

      const links = sqlite.prepare('SELECT "id", "personalTokenHash" AS value FROM "Student" WHERE "personalTokenHash" IS NOT NULL AND length("personalTokenHash") <> 64').all();
      const hashLink = sqlite.prepare('UPDATE "Student" SET "personalTokenHash" = ?, "personalLinkExpiresAt" = coalesce("personalLinkExpiresAt", ?) WHERE "id" = ?');
      const expiresAt = storedDate(new Date(now.getTime() + PERSONAL_LINK_DAYS * 24 * 60 * 60_000));
      let linkRows = 0;
      for (const { id, value } of links) if (!HASHED.test(value)) linkRows += hashLink.run(sha256(value), expiresAt, id).changes;
      return { attempts: attemptRows, links: linkRows };
    })();
  } finally {
    sqlite.close();
  }
}
