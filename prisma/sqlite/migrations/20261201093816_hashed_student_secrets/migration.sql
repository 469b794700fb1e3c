-- Student secrets at rest are hashes only. Personal join links keep their column under a new name
-- and gain an expiry; the one-time recovery codes are new.
--
-- SQLite has no SHA-256, so the values written before this migration (raw personal link tokens
-- here, raw device cookies in "Attempt"."ownerKey") are hashed by scripts/prepare-db.mjs right
-- after `prisma migrate deploy`, in `npm start` and `npm run db:migrate`; it also gives those
-- links their expiry. A hash is 64 hex characters, so the step recognises what is left to do and
-- can run any number of times.
ALTER TABLE "Student" RENAME COLUMN "personalToken" TO "personalTokenHash";
ALTER TABLE "Student" ADD COLUMN "personalLinkExpiresAt" DATETIME;
ALTER TABLE "Student" ADD COLUMN "recoveryCodeHash" TEXT;
ALTER TABLE "Student" ADD COLUMN "recoveryCodeExpiresAt" DATETIME;

-- DropIndex
DROP INDEX "Student_personalToken_key";

-- CreateIndex
CREATE UNIQUE INDEX "Student_personalTokenHash_key" ON "Student"("personalTokenHash");
