import { z } from 'zod';
import type { Scenario } from '../content/scenario';
import type { QuizSet } from '../content/scenario';
import { AUDIENCES, CHANNELS, SCRIPTS, VERDICTS, type Audience, type Channel, type ScriptId, type Verdict } from '../content/taxonomy';
import { LOCALES, type Locale } from '../shared/locales';

/** Where a scenario stands: live as saved, live with a newer draft, or never published. */
export const LIBRARY_STATUSES = ['published', 'draft', 'unpublished'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

/** One scenario in the studio's library list. Facts come from the published text; a never-published draft has none. */
export type LibraryRow = {
  id: string;
  title: Partial<Record<Locale, string>>;
  status: LibraryStatus;
  latestNumber: number;
  updatedAt: Date;
  updatedByName: string | null;
  facts?: { audience: Audience; channel: Channel; verdict: Verdict; difficulty: 1 | 2 | 3; scripts: ScriptId[] };
  sets: string[];
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).catch(undefined);

/** The library's search form as it arrives in the address; an unknown value is ignored, never an error page. */
export const libraryQuerySchema = z.object({
  q: optional(z.string().max(200)),
  audience: optional(z.enum(AUDIENCES)),
  channel: optional(z.enum(CHANNELS)),
  verdict: optional(z.enum(VERDICTS)),
  script: optional(z.enum(SCRIPTS)),
  set: optional(z.string().max(100)),
  difficulty: optional(z.coerce.number().pipe(z.union([z.literal(1), z.literal(2), z.literal(3)]))),
  status: optional(z.enum(LIBRARY_STATUSES)),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** Reads the search form from the page's search params (first value of each). */
export function parseLibraryQuery(params: Record<string, string | string[] | undefined>): LibraryQuery {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return libraryQuerySchema.parse(first);
}

/** Joins the revision pointers with the published library's facts and set membership. */
export function buildLibraryRows(
  entries: { id: string; title: Partial<Record<Locale, string>>; hasDraft: boolean; publishedRevisionId: string | null; latestNumber: number; updatedAt: Date; updatedByName: string | null }[],
  scenarios: ReadonlyMap<string, Scenario>,
  sets: ReadonlyMap<string, QuizSet>,
): LibraryRow[] {
  return entries.map((entry) => {
    const live = scenarios.get(entry.id)?.byLocale[LOCALES[0]];
    return {
      id: entry.id,
      title: entry.title,
      status: entry.publishedRevisionId === null ? 'unpublished' : entry.hasDraft ? 'draft' : 'published',
      latestNumber: entry.latestNumber,
      updatedAt: entry.updatedAt,
      updatedByName: entry.updatedByName,
      facts: live && { audience: live.audience, channel: live.channel, verdict: live.verdict, difficulty: live.difficulty, scripts: [...live.scripts] },
      sets: [...sets.values()].filter((set) => set.scenarioIds.includes(entry.id)).map((set) => set.id),
    };
  });
}

/** The rows that match every filter given; the search matches the id and both titles, ignoring case. */
export function filterLibrary(rows: readonly LibraryRow[], query: LibraryQuery): LibraryRow[] {
  const needle = query.q?.trim().toLowerCase();
  return rows.filter((row) => {
    if (needle && ![row.id, ...Object.values(row.title)].some((text) => text?.toLowerCase().includes(needle))) return false;
    if (query.status && row.status !== query.status) return false;
    if (query.set && !row.sets.includes(query.set)) return false;
    const facts = row.facts;
    if (query.audience && facts?.audience !== query.audience) return false;
    if (query.channel && facts?.channel !== query.channel) return false;
    if (query.verdict && facts?.verdict !== query.verdict) return false;
    if (query.difficulty && facts?.difficulty !== query.difficulty) return false;
    if (query.script && !facts?.scripts.includes(query.script)) return false;
    return true;
  });
}
