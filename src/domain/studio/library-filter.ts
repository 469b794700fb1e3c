import { z } from 'zod';
import { REVIEW_STATUSES, reviewStatus, type ReviewStatus } from '../content/freshness';
import { AUDIENCES, CHANNELS, SCRIPTS, VERDICTS } from '../content/taxonomy';
import type { Locale } from '../shared/locales';
import type { ScenarioFacts, ScenarioRevisionFacts } from './library-facts';

/** Where a scenario stands: live as saved, live with a newer draft, or never published. */
export const LIBRARY_STATUSES = ['published', 'draft', 'unpublished'] as const;
export type LibraryStatus = (typeof LIBRARY_STATUSES)[number];

/**
 * One scenario in the studio's library list. Its facts, sets and review date come from the latest
 * revision (a draft included), so a never-published draft is found by every filter.
 */
export type LibraryRow = {
  id: string;
  title: Partial<Record<Locale, string>>;
  status: LibraryStatus;
  latestNumber: number;
  updatedAt: Date;
  updatedByName: string | null;
  facts: ScenarioFacts;
  sets: string[];
  review: { status: ReviewStatus; reviewBy?: string; source: Partial<Record<Locale, string>> };
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
  review: optional(z.enum(REVIEW_STATUSES)),
});
export type LibraryQuery = z.infer<typeof libraryQuerySchema>;

/** Reads the search form from the page's search params (first value of each). */
export function parseLibraryQuery(params: Record<string, string | string[] | undefined>): LibraryQuery {
  const first = Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
  return libraryQuerySchema.parse(first);
}

/** A scenario or set as the library lists it: revision pointers and what its latest revision says. */
export type LibraryEntry = {
  kind: 'scenario' | 'set';
  id: string;
  title: Partial<Record<Locale, string>>;
  hasDraft: boolean;
  publishedRevisionId: string | null;
  latestNumber: number;
  updatedAt: Date;
  updatedByName: string | null;
  /** A scenario's facts, read from its latest revision. */
  scenarioFacts?: ScenarioRevisionFacts;
  /** A set's scenario ids, read from its latest revision. */
  setScenarioIds?: string[];
};

/** The library's scenario rows, with set membership from the sets' latest revisions and the review status on the UTC day of `now`. */
export function buildLibraryRows(entries: readonly LibraryEntry[], now: Date): LibraryRow[] {
  const sets = entries.filter((entry) => entry.kind === 'set');
  return entries
    .filter((entry) => entry.kind === 'scenario')
    .map((entry) => {
      const read = entry.scenarioFacts ?? { facts: { scripts: [] }, source: {} };
      return {
        id: entry.id,
        title: entry.title,
        status: entry.publishedRevisionId === null ? 'unpublished' : entry.hasDraft ? 'draft' : 'published',
        latestNumber: entry.latestNumber,
        updatedAt: entry.updatedAt,
        updatedByName: entry.updatedByName,
        facts: read.facts,
        sets: sets.filter((set) => set.setScenarioIds?.includes(entry.id)).map((set) => set.id),
        review: { status: reviewStatus(read.reviewBy, now), reviewBy: read.reviewBy, source: read.source },
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
    if (query.review && row.review.status !== query.review) return false;
    const facts = row.facts;
    if (query.audience && facts.audience !== query.audience) return false;
    if (query.channel && facts.channel !== query.channel) return false;
    if (query.verdict && facts.verdict !== query.verdict) return false;
    if (query.difficulty && facts.difficulty !== query.difficulty) return false;
    if (query.script && !facts.scripts.includes(query.script)) return false;
    return true;
  });
}
