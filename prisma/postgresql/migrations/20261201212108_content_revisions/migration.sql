-- CreateTable
CREATE TABLE "ContentRevision" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "filesJson" TEXT NOT NULL,
    "version" TEXT,
    "source" TEXT NOT NULL,
    "authorId" TEXT,
    "baseRevisionId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ContentItem" (
    "kind" TEXT NOT NULL,
    "contentId" TEXT NOT NULL,
    "latestRevisionId" TEXT NOT NULL,
    "latestNumber" INTEGER NOT NULL,
    "publishedRevisionId" TEXT,
    "fileRevisionId" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentItem_pkey" PRIMARY KEY ("kind","contentId")
);

-- CreateTable
CREATE TABLE "ContentLibraryStamp" (
    "id" TEXT NOT NULL,
    "stamp" TEXT NOT NULL,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ContentLibraryStamp_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ContentRevision_version_idx" ON "ContentRevision"("version");

-- CreateIndex
CREATE UNIQUE INDEX "ContentRevision_kind_contentId_number_key" ON "ContentRevision"("kind", "contentId", "number");

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ContentRevision" ADD CONSTRAINT "ContentRevision_baseRevisionId_fkey" FOREIGN KEY ("baseRevisionId") REFERENCES "ContentRevision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_latestRevisionId_fkey" FOREIGN KEY ("latestRevisionId") REFERENCES "ContentRevision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "ContentItem" ADD CONSTRAINT "ContentItem_publishedRevisionId_fkey" FOREIGN KEY ("publishedRevisionId") REFERENCES "ContentRevision"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;


-- The one stamp row; every publish changes its stamp.
INSERT INTO "ContentLibraryStamp" ("id", "stamp") VALUES ('library', 'initial');
