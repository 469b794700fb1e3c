import 'server-only';
import { storedAnswerFacts } from '@/domain/analytics/answer-facts';
import type { Scenario } from '@/domain/content/scenario';
import { DEFAULT_LOCALE } from '@/domain/shared/locales';
import { storedResponseSchema } from './attempts';
import { db } from './client';
import { isUniqueViolation } from './errors';

export type BackfillReport = {
  /** Answers whose facts were recorded now. */
  answers: number;
  /** Of those, answers to a scenario that changed or went since: their choices cannot be told apart any more. */
  withoutChoices: number;
  /** Of those, decision rows whose meaning stays unknown (changed scenario, decision not a verdict). */
  withoutOutcome: number;
};

/**
 * Records the analysis facts (question scores, choices, what the decision meant) of answers stored
 * before the app recorded them, from what each answer stored, in batches. Safe to run on several
 * instances at once: each answer's facts are written in one transaction, and an answer another
 * instance got to first is skipped on its primary key. Answers with facts are never touched.
 */
export async function backfillAnswerFacts(findScenario: (id: string) => Scenario | undefined, batchSize = 500): Promise<BackfillReport> {
  const report: BackfillReport = { answers: 0, withoutChoices: 0, withoutOutcome: 0 };
  let after: string | undefined;
  for (;;) {
    const rows = await db.answer.findMany({
      where: { questions: { none: {} }, ...(after === undefined ? {} : { id: { gt: after } }) },
      orderBy: { id: 'asc' },
      take: batchSize,
      select: { id: true, attemptId: true, scenarioId: true, scenarioVersion: true, stage: true, responseJson: true, decisionOutcome: true, _count: { select: { choices: true } } },
    });
    if (rows.length === 0) return report;
    after = rows[rows.length - 1].id;
    for (const row of rows) {
      const stored = storedResponseSchema.parse(JSON.parse(row.responseJson));
      const current = findScenario(row.scenarioId);
      const holdsDecision = row.stage !== 'follow-up';
      const facts = storedAnswerFacts({ holdsDecision, ...stored, scenario: current?.version === row.scenarioVersion ? current.byLocale[DEFAULT_LOCALE] : undefined });
      const needsChoices = row._count.choices === 0;
      try {
        await db.$transaction(async (tx) => {
          // The facts of a student's first submitted attempt carry its mark. The attempt's row is
          // held before the mark is read, as a submission holds it before marking, so a submission
          // at the same moment either marks these facts too or is seen here.
          await tx.$executeRaw`UPDATE "Attempt" SET "status" = "status" WHERE "id" = ${row.attemptId}`;
          const { firstSubmittedOf } = await tx.attempt.findUniqueOrThrow({ where: { id: row.attemptId }, select: { firstSubmittedOf: true } });
          const fact = { answerId: row.id, scenarioId: row.scenarioId, firstSubmittedOf };
          await tx.answerQuestion.createMany({ data: facts.questions.map((question) => ({ ...fact, ...question })) });
          if (needsChoices) await tx.answerChoice.createMany({ data: facts.choices.map((choice) => ({ ...fact, ...choice })) });
          if (row.decisionOutcome === null && facts.decisionOutcome !== null) {
            await tx.answer.updateMany({ where: { id: row.id, decisionOutcome: null }, data: { decisionOutcome: facts.decisionOutcome } });
          }
        });
      } catch (error) {
        // Another instance recorded this answer's facts first.
        if (isUniqueViolation(error)) continue;
        throw error;
      }
      report.answers += 1;
      if (needsChoices && facts.choices.length === 0) report.withoutChoices += 1;
      if (holdsDecision && row.decisionOutcome === null && facts.decisionOutcome === null) report.withoutOutcome += 1;
    }
  }
}
