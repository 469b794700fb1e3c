-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "filesJson" TEXT NOT NULL,
    "version" TEXT,
    "source" TEXT NOT NULL,
    "authorId" TEXT,
    "baseRevisionId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ContentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "ContentRevision_baseRevisionId_fkey" FOREIGN KEY ("baseRevisionId") REFERENCES "ContentRevision" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ContentItem" (
    "kind" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "latestRevisionId" TEXT NOT NULL,
    "latestNumber" INTEGER NOT NULL,
    "publishedRevisionId" TEXT,
    "fileRevisionId" TEXT,
    "updatedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("kind", "contentId"),
    CONSTRAINT "ContentItem_latestRevisionId_fkey" FOREIGN KEY ("latestRevisionId") REFERENCES "ContentRevision" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION,
    CONSTRAINT "ContentItem_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "ContentRevision" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION
);

-- CreateTable
CREATE TABLE "ContentLibraryStamp" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "stamp" TEXT NOT NULL,
    "changedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE INDEX "ContentRevision_version_idx" ON "ContentRevision"("version");

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_kind_contentId_number_key" ON "ContentRevision"("kind", "contentId", "number");


-- The one stamp row; every publish changes its stamp.
INSERT INTO "ContentLibraryStamp" ("id", "stamp") VALUES ('library', 'initial');
