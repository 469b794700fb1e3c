-- Scenarios are answered in stages: one row per stage, unique per attempt, position and stage.
-- Rows stored before stages existed keep stage 'whole' and finish their scenario.
ALTER TABLE "Answer" ADD COLUMN "stage" TEXT NOT NULL DEFAULT 'whole';
ALTER TABLE "Answer" ADD COLUMN "completesItem" BOOLEAN NOT NULL DEFAULT true;

-- DropIndex
DROP INDEX "Answer_attemptId_position_key";

-- CreateIndex
CREATE UNIQUE INDEX "Answer_attemptId_position_stage_key" ON "Answer"("attemptId", "position", "stage");
