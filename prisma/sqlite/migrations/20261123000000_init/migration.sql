-- CreateTable
CREATE TABLE "Attempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setId" TEXT NOT NULL,
    "ownerKey" TEXT NOT NULL,
    "itemsJson" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "score" REAL,
    "retryOfId" TEXT
);

-- CreateTable
CREATE TABLE "Answer" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "clientAnswerId" TEXT NOT NULL,
    "attemptId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "scenarioVersion" TEXT NOT NULL,
    "responseJson" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "answeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Answer_attemptId_fkey" FOREIGN KEY ("attemptId") REFERENCES "Attempt" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Attempt_ownerKey_setId_status_idx" ON "Attempt"("ownerKey", "setId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_clientAnswerId_key" ON "Answer"("clientAnswerId");

-- CreateIndex
CREATE UNIQUE INDEX "Answer_attemptId_position_key" ON "Answer"("attemptId", "position");

