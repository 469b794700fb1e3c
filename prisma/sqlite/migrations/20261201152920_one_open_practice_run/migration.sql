-- A browser keeps one unfinished practice run per set, now as a rule of the database: the set of an
-- unfinished run is stored with it, unique with the owner, and cleared when the run is submitted.
-- Runs left unfinished by an older version get it too; should one browser hold two unfinished runs
-- of a set, the newest is the one it continues (as the home page showed), and the others keep none.

-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN "openPracticeSetId" TEXT;
UPDATE "Attempt" SET "openPracticeSetId" = "setId"
WHERE "id" IN (
    SELECT "id" FROM (
        SELECT "id", ROW_NUMBER() OVER (PARTITION BY "ownerKey", "setId" ORDER BY "startedAt" DESC, "id" DESC) AS "newest"
        FROM "Attempt" WHERE "status" = 'in_progress' AND "assignmentId" IS NULL
    ) WHERE "newest" = 1
);

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_ownerKey_openPracticeSetId_key" ON "Attempt"("ownerKey", "openPracticeSetId");
