import { z } from 'zod';
import { contentIdSchema } from '../content/schemas';
import { VERDICTS } from '../content/taxonomy';

/** What a student sends for one question; the shape follows the question type. */
export const questionResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('single'), choice: contentIdSchema }).strict(),
  z.object({ type: z.literal('multiple'), choices: z.array(contentIdSchema).max(6) }).strict(),
  z.object({ type: z.literal('verdict'), choice: z.enum(VERDICTS) }).strict(),
  z.object({ type: z.literal('spot'), lines: z.array(z.string().regex(/^\d{1,2}-\d{1,3}$/)).max(200) }).strict(),
]);
export type QuestionResponse = z.infer<typeof questionResponseSchema>;

/** One answer to one scenario of an attempt. */
export const answerSubmissionSchema = z.object({
  attemptId: z.string().min(1).max(64),
  /** 0-based position of the scenario in the attempt. */
  position: z.int().min(0).max(999),
  /** The scenario the student saw at that position; a mismatch means a stale or forged request. */
  scenarioId: contentIdSchema,
  /** Made in the browser before sending, so retries and double clicks are recognised. */
  clientAnswerId: z.uuid(),
  responses: z.record(contentIdSchema, questionResponseSchema),
});
export type AnswerSubmission = z.infer<typeof answerSubmissionSchema>;

export const startAttemptSchema = z.object({
  setId: contentIdSchema,
  /** Scenario ids to replay ("retry the ones I missed"); omitted for a normal start. */
  retryOf: z.string().min(1).max(64).optional(),
});
