import { z } from 'zod';

export const GRADING_METHODS = ['highest', 'last', 'first'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

export const FEEDBACK_TIMINGS = ['after-each-answer', 'after-attempt', 'after-close'] as const;
export type FeedbackTiming = (typeof FEEDBACK_TIMINGS)[number];

/** The rules a trainer sets for one quiz set given to one class. Times are UTC instants. */
export const assignmentRulesSchema = z
  .object({
    opensAt: z.date(),
    closesAt: z.date(),
    /** null means unlimited. */
    attemptsAllowed: z.int().min(1, { error: 'errors.assignment.attemptsAllowed' }).max(100).nullable(),
    grading: z.enum(GRADING_METHODS),
    /** null means no time limit. */
    timeLimitMinutes: z.int().min(1, { error: 'errors.assignment.timeLimit' }).max(600).nullable(),
    feedback: z.enum(FEEDBACK_TIMINGS),
    shuffleScenarios: z.boolean(),
    shuffleOptions: z.boolean(),
  })
  .refine((rules) => rules.closesAt > rules.opensAt, { path: ['closesAt'], error: 'errors.assignment.closesBeforeOpens' });
export type AssignmentRules = z.infer<typeof assignmentRulesSchema>;

/** What a trainer grants one student (accessibility needs, an absence); every field is optional. */
export const studentOverrideSchema = z.object({
  closesAt: z.date().nullable().default(null),
  extraAttempts: z.int().min(0).max(100).default(0),
  extraMinutes: z.int().min(0).max(600).default(0),
});
export type StudentOverride = z.infer<typeof studentOverrideSchema>;
