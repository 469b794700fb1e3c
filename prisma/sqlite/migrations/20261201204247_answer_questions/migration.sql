-- CreateTable
CREATE TABLE "AnswerQuestion" (
    "answerId" TEXT NOT NULL,
    "scenarioId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "score" REAL NOT NULL,
    "isCorrect" BOOLEAN NOT NULL,

    PRIMARY KEY ("answerId", "questionId"),
    CONSTRAINT "AnswerQuestion_answerId_fkey" FOREIGN KEY ("answerId") REFERENCES "Answer" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "AnswerQuestion_scenarioId_questionId_idx" ON "AnswerQuestion"("scenarioId", "questionId");

