import { z } from 'zod';
import { AUDIENCES, CHANNELS, RED_FLAGS, SCRIPTS, TRUST_SIGNALS, VERDICTS } from './taxonomy';
import { isIsoDate } from './freshness';
import { optionLengthRatio, MAX_CORRECT_OPTION_LENGTH_RATIO } from './option-length';
import { LOCALES } from '../shared/locales';

/*
 * Messages in this file are for content authors reading `npm run content:check` output, like a
 * compiler's diagnostics; they are English prose on purpose and never reach students.
 */

export const contentIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case: lowercase letters, digits and single hyphens, e.g. "price-relink"' });

/** Words the content studio uses as page names beside scenario and set ids (/admin/content/new, …/sets/new). */
export const RESERVED_CONTENT_IDS = ['new', 'import', 'sets'] as const;

export const isReservedContentId = (id: string): boolean => (RESERVED_CONTENT_IDS as readonly string[]).includes(id);

/** The id of a scenario or set: kebab-case, and never a word the studio's addresses already use. */
export const libraryIdSchema = contentIdSchema.refine((id) => !isReservedContentId(id), {
  error: `is a word the content studio uses for its own pages (${RESERVED_CONTENT_IDS.join(', ')}); choose a descriptive id, e.g. "price-relink"`,
});

const CJK = '\\u2e80-\\u9fff\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`([${CJK}])\\s+(?=[${CJK}])`, 'g');

/**
 * YAML's folded scalars (`>-`) join wrapped lines with a space, which is right for English but
 * shows as a stray gap in Chinese; spaces between two CJK characters are therefore dropped.
 */
export function joinCjkLines(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '$1');
}

const textSchema = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }).transform(joinCjkLines);

export const optionSchema = z
  .object({ id: contentIdSchema, text: textSchema, explanation: textSchema })
  .strict();
export type ContentOption = z.infer<typeof optionSchema>;

const questionBase = { id: contentIdSchema, prompt: textSchema };
const optionsSchema = z.array(optionSchema).min(2, { error: 'needs at least 2 options' }).max(6, { error: 'allows at most 6 options' });

export const singleQuestionSchema = z
  .object({ ...questionBase, type: z.literal('single'), options: optionsSchema, answer: contentIdSchema })
  .strict();
export const multipleQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('multiple'),
    options: optionsSchema,
    answer: z.array(contentIdSchema, { error: 'must be a list of option ids, e.g. [a, c]' }).min(1, { error: 'must name at least one correct option' }),
  })
  .strict();
export const verdictQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal('verdict'),
    answer: z.enum(VERDICTS),
    explanations: z.object({ scam: textSchema, legitimate: textSchema }).strict(),
  })
  .strict();
export const spotQuestionSchema = z.object({ ...questionBase, type: z.literal('spot') }).strict();

export const questionSchema = z.discriminatedUnion('type', [singleQuestionSchema, multipleQuestionSchema, verdictQuestionSchema, spotQuestionSchema], {
  error: 'type must be one of single, multiple, verdict, spot',
});
export type ContentQuestion = z.infer<typeof questionSchema>;

/** The longest `source` a scenario may give: a document's name or an address, not a copy of it. */
export const MAX_SOURCE_LENGTH = 300;

/**
 * A calendar date written YYYY-MM-DD that exists (no 2027-02-30). YAML reads an unquoted date as
 * text here (the core schema has no timestamps), so the text is what is checked.
 */
export const isoDateSchema = z
  .string({ error: 'must be a date written YYYY-MM-DD, e.g. reviewBy: 2027-06-30' })
  .refine((value) => isIsoDate(value), { error: 'must be a real date written YYYY-MM-DD, e.g. reviewBy: 2027-06-30' });

function findDuplicates(values: string[]): number[] {
  const seen = new Set<string>();
  return values.flatMap((value, index) => (seen.has(value) ? [index] : (seen.add(value), [])));
}

export const scenarioFrontMatterSchema = z
  .object({
    id: libraryIdSchema,
    title: textSchema,
    audience: z.enum(AUDIENCES),
    channel: z.enum(CHANNELS),
    verdict: z.enum(VERDICTS),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], { error: 'must be 1 (easy), 2 (medium) or 3 (hard)' }),
    redFlags: z.array(z.enum(RED_FLAGS)),
    trustSignals: z.array(z.enum(TRUST_SIGNALS)).default([]),
    scripts: z.array(z.enum(SCRIPTS)).default([]),
    /** What a victim of this scam would lose, in yuan; results reports add it up per script. */
    moneyAtRisk: z
      .number()
      .refine((value) => Number.isInteger(value) && value > 0 && value <= 10_000_000, { error: 'must be a whole number of yuan from 1 to 10000000, e.g. moneyAtRisk: 1999' })
      .optional(),
    questions: z.array(questionSchema).min(1, { error: 'needs at least one question' }),
    explanation: textSchema,
    advice: textSchema,
    /**
     * Where the scam pattern is documented: a document's name or an address. Per language, as it is
     * read like the title (a URL is simply written the same in both); both languages give one or neither.
     */
    source: textSchema.pipe(z.string().max(MAX_SOURCE_LENGTH, { error: `must be at most ${MAX_SOURCE_LENGTH} characters: name the document or give its address` })).optional(),
    /** The day by which the scenario should be checked against current scams (UTC date); both languages agree. */
    reviewBy: isoDateSchema.optional(),
  })
  .strict()
  .superRefine((scenario, ctx) => {
    if (scenario.verdict === 'legitimate' && scenario.redFlags.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['redFlags'], message: 'a legitimate scenario has no red flags: use redFlags: []' });
    }
    if (scenario.verdict === 'scam' && scenario.redFlags.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['redFlags'], message: 'a scam scenario needs at least one red flag tag' });
    }
    if (scenario.verdict === 'legitimate' && scenario.moneyAtRisk !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['moneyAtRisk'], message: 'a legitimate scenario puts no money at risk: remove moneyAtRisk' });
    }
    if (scenario.verdict === 'scam' && scenario.trustSignals.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['trustSignals'], message: 'a scam scenario has no trust signals to find: use trustSignals: [] (or leave it out)' });
    }
    if (scenario.verdict === 'legitimate' && scenario.trustSignals.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['trustSignals'], message: 'a legitimate scenario needs at least one trust signal, e.g. trustSignals: [official-sender], marked with {+tag} on the line that shows it' });
    }
    for (const index of findDuplicates(scenario.trustSignals)) {
      ctx.addIssue({ code: 'custom', path: ['trustSignals', index], message: `trust signal "${scenario.trustSignals[index]}" is listed twice; remove one` });
    }
    const decision = scenario.questions[0];
    if (decision && decision.type !== 'single' && decision.type !== 'verdict') {
      ctx.addIssue({ code: 'custom', path: ['questions', 0, 'type'], message: 'the first question is the decision the student commits to before anything else: make it a verdict or single question' });
    }
    for (const index of findDuplicates(scenario.redFlags)) {
      ctx.addIssue({ code: 'custom', path: ['redFlags', index], message: `red flag "${scenario.redFlags[index]}" is listed twice; remove one` });
    }
    for (const index of findDuplicates(scenario.questions.map((question) => question.id))) {
      ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `question id "${scenario.questions[index].id}" is used twice; give each question its own id` });
    }
    scenario.questions.forEach((question, questionIndex) => {
      const at = ['questions', questionIndex];
      if (question.type === 'single' || question.type === 'multiple') {
        const optionIds = question.options.map((option) => option.id);
        for (const index of findDuplicates(optionIds)) {
          ctx.addIssue({ code: 'custom', path: [...at, 'options', index, 'id'], message: `option id "${optionIds[index]}" is used twice in question "${question.id}"` });
        }
        const keys = question.type === 'single' ? [question.answer] : question.answer;
        keys.forEach((key, keyIndex) => {
          if (!optionIds.includes(key)) {
            const path = question.type === 'single' ? [...at, 'answer'] : [...at, 'answer', keyIndex];
            ctx.addIssue({ code: 'custom', path, message: `answer "${key}" points at no option of question "${question.id}"; use one of: ${optionIds.join(', ')}` });
          }
        });
        if (question.type === 'multiple') {
          for (const index of findDuplicates(question.answer)) {
            ctx.addIssue({ code: 'custom', path: [...at, 'answer', index], message: `answer "${question.answer[index]}" is listed twice` });
          }
        }
      }
      if (question.type === 'single' || question.type === 'multiple') {
        const ratio = optionLengthRatio(question);
        if (ratio !== undefined && ratio > MAX_CORRECT_OPTION_LENGTH_RATIO) {
          ctx.addIssue({
            code: 'custom',
            path: [...at, 'answer'],
            message: `the correct option${question.type === 'multiple' ? 's are' : ' is'} ${ratio.toFixed(2)}x as long as the wrong ones on average (at most ${MAX_CORRECT_OPTION_LENGTH_RATIO}x): make the wrong options as detailed and plausible as the right one, or shorten it`,
          });
        }
      }
      if (question.type === 'verdict' && question.answer !== scenario.verdict) {
        ctx.addIssue({ code: 'custom', path: [...at, 'answer'], message: `answer is "${question.answer}" but the scenario's verdict is "${scenario.verdict}"; make them agree` });
      }
      if (question.type === 'verdict' && questionIndex > 0) {
        ctx.addIssue({ code: 'custom', path: [...at, 'type'], message: 'a verdict question after the decision repeats it; only the first question may be a verdict' });
      }
    });
  });
export type ScenarioFrontMatter = z.infer<typeof scenarioFrontMatterSchema>;

const localizedTextSchema = z.object(Object.fromEntries(LOCALES.map((locale) => [locale, textSchema])) as Record<(typeof LOCALES)[number], typeof textSchema>).strict();

export const setFrontMatterSchema = z
  .object({
    id: libraryIdSchema,
    title: localizedTextSchema,
    description: localizedTextSchema,
    scenarios: z.array(contentIdSchema).min(1, { error: 'needs at least one scenario id' }),
    draw: z.int({ error: 'must be a whole number' }).positive({ error: 'must be at least 1' }).optional(),
    /** false: only trainers can use the set, in assignments; it is not offered for anonymous practice. */
    practice: z.boolean({ error: 'must be true (open for anonymous practice) or false (assignment-only)' }).default(true),
  })
  .strict()
  .superRefine((set, ctx) => {
    for (const index of findDuplicates(set.scenarios)) {
      ctx.addIssue({ code: 'custom', path: ['scenarios', index], message: `scenario "${set.scenarios[index]}" is listed twice; remove one` });
    }
    if (set.draw !== undefined && set.draw > set.scenarios.length) {
      ctx.addIssue({ code: 'custom', path: ['draw'], message: `draw is ${set.draw} but the set lists only ${set.scenarios.length} scenarios; lower draw or add scenarios` });
    }
  });
export type SetFrontMatter = z.infer<typeof setFrontMatterSchema>;
