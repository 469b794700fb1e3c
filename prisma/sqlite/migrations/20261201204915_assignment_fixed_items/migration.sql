-- AlterTable
ALTER TABLE "Assignment" ADD COLUMN "itemsJson" TEXT;

