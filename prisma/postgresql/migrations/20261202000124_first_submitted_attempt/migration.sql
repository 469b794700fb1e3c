-- AlterTable
ALTER TABLE "Attempt" ADD COLUMN     "firstSubmittedOf" TEXT;

-- AlterTable
ALTER TABLE "AnswerChoice" ADD COLUMN     "firstSubmittedOf" TEXT;

-- AlterTable
ALTER TABLE "AnswerQuestion" ADD COLUMN     "firstSubmittedOf" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Attempt_firstSubmittedOf_studentId_key" ON "Attempt"("firstSubmittedOf", "studentId");

-- CreateIndex
CREATE INDEX "AnswerChoice_firstSubmittedOf_scenarioId_questionId_optionI_idx" ON "AnswerChoice"("firstSubmittedOf", "scenarioId", "questionId", "optionId");

-- CreateIndex
CREATE INDEX "AnswerQuestion_firstSubmittedOf_scenarioId_questionId_isCor_idx" ON "AnswerQuestion"("firstSubmittedOf", "scenarioId", "questionId", "isCorrect");


-- Marks each student's first submitted attempt of each assignment: the lowest-numbered submitted
-- one, as the results pages picked it until now (a student starts a new attempt only once the open
-- one is submitted, so it is also the first submitted). Then copies the mark to its answers' facts.
UPDATE "Attempt" SET "firstSubmittedOf" = "assignmentId"
WHERE "status" = 'submitted' AND "assignmentId" IS NOT NULL AND "studentId" IS NOT NULL
  AND "attemptNumber" = (
    SELECT MIN(f."attemptNumber") FROM "Attempt" f
    WHERE f."assignmentId" = "Attempt"."assignmentId" AND f."studentId" = "Attempt"."studentId" AND f."status" = 'submitted');

UPDATE "AnswerQuestion" SET "firstSubmittedOf" = (
  SELECT a."firstSubmittedOf" FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId" WHERE ans."id" = "AnswerQuestion"."answerId")
WHERE "answerId" IN (SELECT ans."id" FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId" WHERE a."firstSubmittedOf" IS NOT NULL);

UPDATE "AnswerChoice" SET "firstSubmittedOf" = (
  SELECT a."firstSubmittedOf" FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId" WHERE ans."id" = "AnswerChoice"."answerId")
WHERE "answerId" IN (SELECT ans."id" FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId" WHERE a."firstSubmittedOf" IS NOT NULL);
