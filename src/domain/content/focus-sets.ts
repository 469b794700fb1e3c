import { scenarioBaseline, MAX_NO_READING_ADVANTAGE } from './baseline';
import type { ContentLibrary } from './library';
import type { LocalizedScenario, Scenario } from './scenario';
import { CHANNELS, RED_FLAGS, SCRIPTS, VERDICTS } from './taxonomy';
import { DEFAULT_LOCALE, LOCALES } from '../shared/locales';

/*
 * Focus sets: practice built from the library for one scam script, red flag or channel, so a
 * trainer can assign a weak spot as a follow-up and a student can practise what they miss. They
 * have no file; their id names the tag (`focus:script:fake-police`). File set ids are kebab-case
 * (contentIdSchema), so a colon marks a focus set and no file can take one of these ids.
 *
 * The rule (documented in content/README.md, "Focus sets"):
 * - Only scenarios of practice sets take part (never one of an assignment-only set, whose answers
 *   stay with the trainer).
 * - Each run draws S of the tag's scams and S genuine messages, S = at most FOCUS_DRAW / 2: the
 *   tag's own genuine look-alikes first, then genuine messages that share a scam script, a
 *   channel or the audience with the tag's scams (in that order). Red flags mark only scams, so
 *   without the mix a student who always answers "scam" would pass without reading.
 * - Every possible draw is checked with the no-reading baseline (baseline.ts): in each language and
 *   for a student who always answers "scam" and one who always answers "genuine", the worst draw
 *   may beat random guessing by at most MAX_NO_READING_ADVANTAGE. While it does not, the scenario
 *   that gives most away is left out of the pool (when the pool has spares), else S shrinks.
 */

/** The most scenarios one run of a focus set plays. */
export const FOCUS_DRAW = 10;

export const FOCUS_DIMENSIONS = ['script', 'redFlag', 'channel'] as const;
export type FocusDimension = (typeof FOCUS_DIMENSIONS)[number];
export type FocusRef = { dimension: FocusDimension; tag: string };

const FOCUS_PREFIX = 'focus';
const TAGS: Record<FocusDimension, readonly string[]> = { script: SCRIPTS, redFlag: RED_FLAGS, channel: CHANNELS };

export function focusSetId(ref: FocusRef): string {
  return `${FOCUS_PREFIX}:${ref.dimension}:${ref.tag}`;
}

/** The tag a focus set id names, or undefined for any other string (a file set id, a typo, a tag the taxonomy does not know). */
export function parseFocusSetId(id: string): FocusRef | undefined {
  const parts = id.split(':');
  if (parts.length !== 3 || parts[0] !== FOCUS_PREFIX) return undefined;
  const dimension = FOCUS_DIMENSIONS.find((candidate) => candidate === parts[1]);
  if (!dimension || !TAGS[dimension].includes(parts[2])) return undefined;
  return { dimension, tag: parts[2] };
}

export function isFocusSetId(id: string): boolean {
  return parseFocusSetId(id) !== undefined;
}

/** A group a run draws a fixed number of scenarios from. */
export type DrawStratum = { scenarioIds: string[]; count: number };

/** A focus set as the library makes it; the server adds its titles. */
export type FocusSetPlan = {
  id: string;
  focus: FocusRef;
  /** Every scenario a run may draw, scams first. */
  scenarioIds: string[];
  /** Scenarios per run: the sum of the strata's counts. */
  draw: number;
  /** What each run draws: the tag's scams, its own genuine messages, then the genuine mix-ins. */
  strata: DrawStratum[];
  scamCount: number;
  genuineCount: number;
  isPractice: true;
};

function hasTag(scenario: LocalizedScenario, ref: FocusRef): boolean {
  if (ref.dimension === 'channel') return scenario.channel === ref.tag;
  if (ref.dimension === 'script') return (scenario.scripts as readonly string[]).includes(ref.tag);
  return (scenario.redFlags as readonly string[]).includes(ref.tag);
}

/** Scenarios anyone may practise: in a practice set and in no assignment-only set. */
function practiceScenarios(library: Pick<ContentLibrary, 'scenarios' | 'sets'>): Scenario[] {
  const sets = [...library.sets.values()];
  const practice = new Set(sets.filter((set) => set.isPractice).flatMap((set) => set.scenarioIds));
  const held = new Set(sets.filter((set) => !set.isPractice).flatMap((set) => set.scenarioIds));
  return [...library.scenarios.values()].filter((scenario) => practice.has(scenario.id) && !held.has(scenario.id)).sort((a, b) => a.id.localeCompare(b.id));
}

/** How well a genuine message answers the tag's scams: a shared script, then channel, then audience. */
function mixInRank(candidate: LocalizedScenario, scams: LocalizedScenario[]): number {
  const script = scams.some((scam) => scam.scripts.some((id) => candidate.scripts.includes(id))) ? 4 : 0;
  const channel = scams.some((scam) => scam.channel === candidate.channel) ? 2 : 0;
  const audience = scams.some((scam) => scam.audience === candidate.audience) ? 1 : 0;
  return script + channel + audience;
}

/** How far a student who never reads beats random guessing on one scenario, in every judged way. */
type Advantage = (id: string) => number[];

function advantages(scenarios: Map<string, Scenario>): Advantage {
  const cache = new Map<string, number[]>();
  return (id) => {
    let values = cache.get(id);
    if (!values) {
      const scenario = scenarios.get(id)!;
      values = LOCALES.flatMap((locale) =>
        VERDICTS.map((constant) => {
          const baseline = scenarioBaseline(scenario.byLocale[locale], constant);
          return baseline.noReading - baseline.random;
        }),
      );
      cache.set(id, values);
    }
    return values;
  };
}

/**
 * The worst draw's advantage over random guessing, and the scenario that contributes most to it
 * among those a stratum could spare. Each run's score is a mean over its scenarios, so the worst
 * draw takes each stratum's `count` highest advantages.
 */
export function worstDraw(strata: readonly DrawStratum[], advantageOf: (id: string) => number[]): { advantage: number; worstSpare?: string } {
  const total = strata.reduce((sum, stratum) => sum + stratum.count, 0);
  const ways = advantageOf(strata[0].scenarioIds[0]).length;
  let worst = { advantage: -Infinity, way: 0 };
  for (let way = 0; way < ways; way += 1) {
    const sum = strata.reduce((acc, stratum) => {
      const top = stratum.scenarioIds.map((id) => advantageOf(id)[way]).sort((a, b) => b - a);
      return acc + top.slice(0, stratum.count).reduce((s, value) => s + value, 0);
    }, 0);
    if (sum / total > worst.advantage) worst = { advantage: sum / total, way };
  }
  const spares = strata.filter((stratum) => stratum.scenarioIds.length > stratum.count).flatMap((stratum) => stratum.scenarioIds);
  const worstSpare = spares.sort((a, b) => advantageOf(b)[worst.way] - advantageOf(a)[worst.way] || a.localeCompare(b))[0];
  return { advantage: worst.advantage, worstSpare };
}

/** Leaves out the scenario that gives most away until no draw lets a non-reader pass; undefined when no spare is left to drop. */
function pruneToBaseline(start: DrawStratum[], advantageOf: (id: string) => number[]): DrawStratum[] | undefined {
  let strata = start;
  for (;;) {
    const worst = worstDraw(strata, advantageOf);
    if (worst.advantage <= MAX_NO_READING_ADVANTAGE) return strata;
    if (!worst.worstSpare) return undefined;
    strata = strata.map((stratum) => ({ ...stratum, scenarioIds: stratum.scenarioIds.filter((id) => id !== worst.worstSpare) }));
  }
}

/**
 * The focus set of a tag, or undefined when the practice library has no scam with it or no draw
 * that keeps a student who never reads from passing. Pure: the same library gives the same set.
 */
export function buildFocusSet(library: Pick<ContentLibrary, 'scenarios' | 'sets'>, ref: FocusRef): FocusSetPlan | undefined {
  if (!parseFocusSetId(focusSetId(ref))) return undefined;
  const eligible = practiceScenarios(library);
  const local = (scenario: Scenario) => scenario.byLocale[DEFAULT_LOCALE];
  const own = eligible.filter((scenario) => hasTag(local(scenario), ref));
  const scams = own.filter((scenario) => local(scenario).verdict === 'scam').map((scenario) => scenario.id);
  const ownGenuine = own.filter((scenario) => local(scenario).verdict === 'legitimate').map((scenario) => scenario.id);
  if (scams.length === 0) return undefined;
  const scamScenarios = own.filter((scenario) => local(scenario).verdict === 'scam').map(local);
  const mixIns = eligible
    .filter((scenario) => local(scenario).verdict === 'legitimate' && !ownGenuine.includes(scenario.id))
    .map((scenario) => ({ id: scenario.id, rank: mixInRank(local(scenario), scamScenarios) }))
    .sort((a, b) => b.rank - a.rank || a.id.localeCompare(b.id))
    .map((entry) => entry.id);
  const advantageOf = advantages(library.scenarios);

  const largest = Math.min(FOCUS_DRAW / 2, scams.length, ownGenuine.length + mixIns.length);
  // First the tag's own genuine messages always in; failing that, the genuine messages (own first,
  // then mix-ins) that give nothing away on their own.
  for (const ownFirst of [true, false]) {
    for (let size = largest; size >= 1; size -= 1) {
      const fromOwn = ownFirst ? Math.min(size, ownGenuine.length) : 0;
      const fromMixIns = size - fromOwn;
      // Twice the mix-ins a run needs, so runs differ; the best-matching ones.
      const genuine: DrawStratum[] = ownFirst
        ? [
            { scenarioIds: [...ownGenuine], count: fromOwn },
            { scenarioIds: mixIns.slice(0, fromMixIns * 2), count: fromMixIns },
          ]
        : [{ scenarioIds: [...ownGenuine, ...mixIns].filter((id) => Math.max(...advantageOf(id)) <= MAX_NO_READING_ADVANTAGE).slice(0, size * 2), count: size }];
      if (genuine.some((stratum) => stratum.scenarioIds.length < stratum.count)) continue;
      const strata = pruneToBaseline([{ scenarioIds: [...scams], count: size }, ...genuine].filter((stratum) => stratum.count > 0), advantageOf);
      if (strata) {
        return { id: focusSetId(ref), focus: ref, scenarioIds: strata.flatMap((stratum) => stratum.scenarioIds), draw: size * 2, strata, scamCount: size, genuineCount: size, isPractice: true };
      }
    }
  }
  return undefined;
}

/** Every focus set id the taxonomy allows, in dimension order. */
export function allFocusRefs(): FocusRef[] {
  return FOCUS_DIMENSIONS.flatMap((dimension) => TAGS[dimension].map((tag) => ({ dimension, tag })));
}
