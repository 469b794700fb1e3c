-- Rules that held only while SQLite ran one transaction at a time are now the database's, and
-- graded history survives a deleted assignment or student:
-- * an attempt number unique per assignment and student, numbered here for existing attempts in
--   the order they started, so two starts at once cannot both pass the attempt limit;
-- * a count of started attempts on the assignment row, on which a start and a change of quiz set
--   conflict (filled in from the attempts there are);
-- * one device acts for one student per class: the link stores the class (the student's, by a
--   two-column foreign key) and is unique per device and class; if an old database holds two links
--   of one device in one class, the newest stays, as the app would have left it;
-- * attempts are no longer deleted with their assignment or student (RESTRICT), a retry's link to
--   the attempt it retries and an invitation's inviter get foreign keys (SET NULL; dangling values
--   are cleared here), and the foreign keys that lacked an index get one.

-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "startedAttempts" INTEGER NOT NULL DEFAULT 0;
UPDATE "Assignment" SET "startedAttempts" = (SELECT COUNT(*) FROM "Attempt" WHERE "Attempt"."assignmentId" = "Assignment"."id");

-- CreateIndex
CREATE UNIQUE INDEX "Student_id_classroomId_key" ON "Student"("id", "classroomId");

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setId" TEXT NOT NULL,
    "ownerKey" TEXT NOT NULL,
    "itemsJson" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "score" REAL,
    "retryOfId" TEXT,
    "assignmentId" TEXT,
    "studentId" TEXT,
    "attemptNumber" INTEGER,
    "deadlineAt" DATETIME,
    "optionSeed" INTEGER,
    CONSTRAINT "Attempt_retryOfId_fkey" FOREIGN KEY ("retryOfId") REFERENCES "Attempt" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Attempt_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Attempt_studentId_fkey" FOREIGN KEY ("studentId") REFERENCES "Student" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Attempt" ("id", "setId", "ownerKey", "itemsJson", "locale", "status", "startedAt", "submittedAt", "score", "retryOfId", "assignmentId", "studentId", "attemptNumber", "deadlineAt", "optionSeed")
SELECT "id", "setId", "ownerKey", "itemsJson", "locale", "status", "startedAt", "submittedAt", "score",
    CASE WHEN "retryOfId" IN (SELECT "id" FROM "Attempt") THEN "retryOfId" END,
    "assignmentId", "studentId",
    CASE WHEN "assignmentId" IS NOT NULL THEN ROW_NUMBER() OVER (PARTITION BY "assignmentId", "studentId" ORDER BY "startedAt", "id") END,
    "deadlineAt", "optionSeed"
FROM "Attempt";
DROP TABLE "Attempt";
ALTER TABLE "new_Attempt" RENAME TO "Attempt";
CREATE INDEX "Attempt_ownerKey_setId_status_idx" ON "Attempt"("ownerKey", "setId", "status");
CREATE INDEX "Attempt_studentId_idx" ON "Attempt"("studentId");
CREATE UNIQUE INDEX "Attempt_assignmentId_studentId_attemptNumber_key" ON "Attempt"("assignmentId", "studentId", "attemptNumber");
CREATE TABLE "new_StaffInvitation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "tokenHash" TEXT NOT NULL,
    "email" TEXT,
    "role" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" DATETIME NOT NULL,
    "acceptedAt" DATETIME,
    "revokedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StaffInvitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_StaffInvitation" ("id", "tokenHash", "email", "role", "invitedById", "expiresAt", "acceptedAt", "revokedAt", "createdAt")
SELECT "id", "tokenHash", "email", "role", CASE WHEN "invitedById" IN (SELECT "id" FROM "User") THEN "invitedById" END, "expiresAt", "acceptedAt", "revokedAt", "createdAt"
FROM "StaffInvitation";
DROP TABLE "StaffInvitation";
ALTER TABLE "new_StaffInvitation" RENAME TO "StaffInvitation";
CREATE UNIQUE INDEX "StaffInvitation_tokenHash_key" ON "StaffInvitation"("tokenHash");
CREATE INDEX "StaffInvitation_email_idx" ON "StaffInvitation"("email");
CREATE TABLE "new_StudentDevice" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "studentId" TEXT NOT NULL,
    "classroomId" TEXT NOT NULL,
    "deviceKeyHash" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "StudentDevice_studentId_classroomId_fkey" FOREIGN KEY ("studentId", "classroomId") REFERENCES "Student" ("id", "classroomId") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_StudentDevice" ("id", "studentId", "classroomId", "deviceKeyHash", "createdAt")
SELECT "id", "studentId", "classroomId", "deviceKeyHash", "createdAt" FROM (
    SELECT "d"."id", "d"."studentId", "s"."classroomId", "d"."deviceKeyHash", "d"."createdAt",
        ROW_NUMBER() OVER (PARTITION BY "d"."deviceKeyHash", "s"."classroomId" ORDER BY "d"."createdAt" DESC, "d"."id" DESC) AS "newest"
    FROM "StudentDevice" AS "d" JOIN "Student" AS "s" ON "s"."id" = "d"."studentId"
) WHERE "newest" = 1;
DROP TABLE "StudentDevice";
ALTER TABLE "new_StudentDevice" RENAME TO "StudentDevice";
CREATE INDEX "StudentDevice_studentId_idx" ON "StudentDevice"("studentId");
CREATE UNIQUE INDEX "StudentDevice_deviceKeyHash_classroomId_key" ON "StudentDevice"("deviceKeyHash", "classroomId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "AssignmentOverride_studentId_idx" ON "AssignmentOverride"("studentId");
