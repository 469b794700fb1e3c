import { z } from 'zod';
import { parseYaml, splitFrontMatter } from '../content/front-matter';
import type { ContentFile } from '../content/library';
import { scenarioFileName } from '../content/parse-scenario';
import { isIsoDate } from '../content/freshness';
import { contentIdSchema } from '../content/schemas';
import { AUDIENCES, CHANNELS, SCRIPTS, VERDICTS, type Audience, type Channel, type ScriptId, type Verdict } from '../content/taxonomy';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../shared/locales';

/*
 * What the studio's library filters on, read from a revision's text even while it has errors: a
 * never-published draft is found by its channel as soon as its front matter names one. Each field
 * is taken from the first language file (default language first) where it is valid; an invalid
 * field is simply absent, the checker reports it in the editor.
 */

export type ScenarioFacts = { audience?: Audience; channel?: Channel; verdict?: Verdict; difficulty?: 1 | 2 | 3; scripts: ScriptId[] };
/** The facts of one revision of a scenario, with its freshness fields (source per language). */
export type ScenarioRevisionFacts = { facts: ScenarioFacts; reviewBy?: string; source: Partial<Record<Locale, string>> };

function frontMatterOf(file: ContentFile): Record<string, unknown> | undefined {
  const split = splitFrontMatter(file.path, file.text);
  if ('message' in split) return undefined;
  const { source, issues } = parseYaml(file.path, split);
  const data = issues.length === 0 ? source.data : undefined;
  return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
}

const FIELD_SCHEMAS = {
  audience: z.enum(AUDIENCES),
  channel: z.enum(CHANNELS),
  verdict: z.enum(VERDICTS),
  difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
};

/** Reads a scenario revision's facts from its language files, leniently. */
export function readScenarioFacts(files: readonly ContentFile[]): ScenarioRevisionFacts {
  const byLocale = LOCALES.flatMap((locale) => {
    const file = files.find((candidate) => scenarioFileName(candidate.path)?.locale === locale);
    const data = file && frontMatterOf(file);
    return data ? [{ locale, data }] : [];
  }).sort((a, b) => Number(b.locale === DEFAULT_LOCALE) - Number(a.locale === DEFAULT_LOCALE));
  const first = <T>(read: (data: Record<string, unknown>) => T | undefined): T | undefined => {
    for (const { data } of byLocale) {
      const value = read(data);
      if (value !== undefined) return value;
    }
    return undefined;
  };
  const pick = <K extends keyof typeof FIELD_SCHEMAS>(key: K) => first((data) => FIELD_SCHEMAS[key].safeParse(data[key]).data as z.infer<(typeof FIELD_SCHEMAS)[K]> | undefined);
  const scripts = first((data) => (Array.isArray(data.scripts) ? data.scripts.filter((value): value is ScriptId => z.enum(SCRIPTS).safeParse(value).success) : undefined)) ?? [];
  const source = Object.fromEntries(byLocale.flatMap(({ locale, data }) => (typeof data.source === 'string' && data.source.trim() ? [[locale, data.source.trim()]] : []))) as Partial<Record<Locale, string>>;
  return {
    facts: { audience: pick('audience'), channel: pick('channel'), verdict: pick('verdict'), difficulty: pick('difficulty'), scripts },
    reviewBy: first((data) => (typeof data.reviewBy === 'string' && isIsoDate(data.reviewBy) ? data.reviewBy : undefined)),
    source,
  };
}

/** The scenario ids a set revision lists, leniently (valid ids only, in order). */
export function readSetScenarioIds(files: readonly ContentFile[]): string[] {
  const data = files[0] && frontMatterOf(files[0]);
  if (!data || !Array.isArray(data.scenarios)) return [];
  return data.scenarios.filter((value): value is string => contentIdSchema.safeParse(value).success);
}
