-- AlterTable
ALTER TABLE "Answer" ADD COLUMN "decisionOutcome" TEXT;

-- CreateTable
CREATE TABLE "AnswerChoice" (
    "answerId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "optionId" TEXT NOT NULL,
    "isKey" BOOLEAN NOT NULL,

    PRIMARY KEY ("answerId", "questionId", "optionId"),
    CONSTRAINT "AnswerChoice_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AnswerChoice_scenarioId_questionId_optionId_idx" ON "AnswerChoice"("scenarioId", "questionId", "optionId");

-- CreateIndex
CREATE INDEX "Answer_scenarioId_idx" ON "Answer"("scenarioId");

