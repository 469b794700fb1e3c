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
    attemptsAllowed: z.int().min(1, { error: 'errors.assignment.attemptsAllowed' }).max(100, { error: 'errors.assignment.attemptsAllowed' }).nullable(),
    grading: z.enum(GRADING_METHODS),
    /** null means no time limit. */
    timeLimitMinutes: z.int().min(1, { error: 'errors.assignment.timeLimit' }).max(600, { error: 'errors.assignment.timeLimit' }).nullable(),
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

const checkbox = z
  .union([z.literal('on'), z.literal('true'), z.literal(''), z.boolean()])
  .optional()
  .transform((value) => value === 'on' || value === 'true' || value === true);

/** A whole number typed in a form; empty text means `empty` (one message, not a union's "Invalid input"). */
const wholeNumberText = <Empty>(error: string, empty: Empty) =>
  z
    .string({ error })
    .trim()
    .regex(/^\d{0,4}$/, { error })
    .transform((text) => (text === '' ? empty : Number(text)));

/**
 * The assignment form as the browser sends it: times as wall-clock "YYYY-MM-DDTHH:mm" in the
 * trainer's time zone, numbers as text. `toAssignmentRules` turns it into UTC rules.
 */
export const assignmentFormSchema = z.object({
  classroomId: z.string().min(1).max(64),
  setId: z.string({ error: 'errors.assignment.set' }).min(1, { error: 'errors.assignment.set' }).max(100),
  opensAt: z.string({ error: 'errors.assignment.opensAt' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'errors.assignment.opensAt' }),
  closesAt: z.string({ error: 'errors.assignment.closesAt' }).regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: 'errors.assignment.closesAt' }),
  timeZone: z.string().min(1).max(64),
  /** "unlimited" or a whole number. */
  attemptsAllowed: z
    .string({ error: 'errors.assignment.attemptsAllowed' })
    .regex(/^(unlimited|\d{1,3})$/, { error: 'errors.assignment.attemptsAllowed' })
    .transform((text) => (text === 'unlimited' ? ('unlimited' as const) : Number(text))),
  grading: z.enum(GRADING_METHODS, { error: 'errors.assignment.grading' }),
  /** Empty for no limit. */
  timeLimitMinutes: wholeNumberText('errors.assignment.timeLimit', null),
  feedback: z.enum(FEEDBACK_TIMINGS, { error: 'errors.assignment.feedback' }),
  shuffleScenarios: checkbox,
  shuffleOptions: checkbox,
});
export type AssignmentFormInput = z.input<typeof assignmentFormSchema>;
export type AssignmentForm = z.output<typeof assignmentFormSchema>;

/**
 * A per-student override as the browser sends it; empty fields grant nothing. The form leaves out
 * extra minutes when the assignment has no time limit and extra attempts when attempts are
 * unlimited, so a missing number grants nothing too.
 */
export const overrideFormSchema = z.object({
  assignmentId: z.string({ error: 'errors.assignment.notFound' }).min(1, { error: 'errors.assignment.notFound' }).max(64, { error: 'errors.assignment.notFound' }),
  studentId: z.string({ error: 'errors.class.studentNotFound' }).min(1, { error: 'errors.class.studentNotFound' }).max(64, { error: 'errors.class.studentNotFound' }),
  /** Wall-clock time in the assignment's time zone, or empty to keep the class close time. */
  closesAt: z.string({ error: 'errors.override.closesAt' }).regex(/^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})?$/, { error: 'errors.override.closesAt' }).default(''),
  extraAttempts: wholeNumberText('errors.override.extraAttempts', 0).default(0),
  extraMinutes: wholeNumberText('errors.override.extraMinutes', 0).default(0),
});
export type OverrideForm = z.output<typeof overrideFormSchema>;
