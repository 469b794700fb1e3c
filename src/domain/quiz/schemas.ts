import { z } from 'zod';
import { contentIdSchema } from '../content/schemas';
import { VERDICTS } from '../content/taxonomy';
import { STAGES } from './stages';

/** One question's response; the shape follows the question type, options named by `option`. */
function responseSchema(option: z.ZodString) {
  return z.discriminatedUnion('type', [
    z.object({ type: z.literal('single'), choice: option }).strict(),
    z.object({ type: z.literal('multiple'), choices: z.array(option).max(6) }).strict(),
    z.object({ type: z.literal('verdict'), choice: z.enum(VERDICTS) }).strict(),
    z.object({ type: z.literal('spot'), lines: z.array(z.string().regex(/^\d{1,2}-\d{1,3}$/)).max(200) }).strict(),
  ]);
}

/** A response as stored and scored: options by their ids. */
export const questionResponseSchema = responseSchema(contentIdSchema);
export type QuestionResponse = z.infer<typeof questionResponseSchema>;

/**
 * An opaque option handle as the browser sees it: the option's place in this attempt's shuffled
 * order. Option ids never leave the server before the answer (see quiz/handles.ts).
 */
export const optionHandleSchema = z.string().regex(/^c[1-6]$/);

/** What the browser sends for one question of a stage, in the stage's question order. */
export const stageResponseSchema = responseSchema(optionHandleSchema);
export type StageResponse = z.infer<typeof stageResponseSchema>;

/**
 * One stage of one scenario of an attempt. The scenario is the one at `position` in the attempt's
 * fixed play order; the request names no scenario, question or option.
 */
export const answerSubmissionSchema = z.object({
  attemptId: z.string().min(1).max(64),
  /** 0-based position of the scenario in the attempt. */
  position: z.int().min(0).max(999),
  stage: z.enum(STAGES),
  /** Made in the browser before sending, so retries and double clicks are recognised. */
  clientAnswerId: z.uuid(),
  responses: z.array(stageResponseSchema).min(1).max(12),
});
export type AnswerSubmission = z.infer<typeof answerSubmissionSchema>;

export const startAttemptSchema = z.object({
  /** A set file's id, or a focus set's `focus:<dimension>:<tag>`; the server looks either up. */
  setId: z.union([contentIdSchema, z.string().regex(/^focus:[A-Za-z]+:[a-z0-9-]+$/).max(100)]),
  /** Scenario ids to replay ("retry the ones I missed"); omitted for a normal start. */
  retryOf: z.string().min(1).max(64).optional(),
  /** The unfinished run of the set the student chose to discard ("start over"); omitted otherwise. */
  replaces: z.string().min(1).max(64).optional(),
});
