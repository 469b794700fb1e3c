import { z } from 'zod';
import { contentIdSchema } from '../content/schemas';
import { LOCALES } from '../shared/locales';

/** The longest language file the studio accepts; the longest bundled scenario is under 10 KB. */
export const MAX_SCENARIO_TEXT = 100_000;

const scenarioTextSchema = z.string().max(MAX_SCENARIO_TEXT, { error: 'studio.errors.tooLong' });

export const draftFilesSchema = z.object(Object.fromEntries(LOCALES.map((locale) => [locale, scenarioTextSchema])) as Record<(typeof LOCALES)[number], typeof scenarioTextSchema>);

/** What the editor sends to be checked as the admin types. */
export const draftCheckInputSchema = z.object({ id: contentIdSchema, files: draftFilesSchema });
export type DraftCheckInput = z.infer<typeof draftCheckInputSchema>;
