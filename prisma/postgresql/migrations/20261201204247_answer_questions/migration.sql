-- CreateTable
CREATE TABLE "AnswerQuestion" (
    "answerId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "score" DOUBLE PRECISION NOT NULL,
    "isCorrect" BOOLEAN NOT NULL,

    CONSTRAINT "AnswerQuestion_pkey" PRIMARY KEY ("answerId","questionId")
);

-- CreateIndex
CREATE INDEX "AnswerQuestion_scenarioId_questionId_idx" ON "AnswerQuestion"("scenarioId", "questionId");

-- AddForeignKey
ALTER TABLE "AnswerQuestion" ADD CONSTRAINT "AnswerQuestion_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer"("id") ON DELETE CASCADE ON UPDATE CASCADE;

