import type { QuizSet } from '../content/scenario';

/** Fisher–Yates shuffle with an injectable random source, so tests can fix the order. */
export function shuffle<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}

/** A group of scenarios a run draws a fixed number from (focus sets: scams, genuine look-alikes, genuine mix-ins). */
export type PlanStratum = { scenarioIds: readonly string[]; count: number };

/**
 * The scenario ids an attempt will play: the set's order, or a random draw when the set asks for
 * one. A set with strata draws each stratum's count from it and shuffles the whole.
 */
export function planAttemptItems(set: Pick<QuizSet, 'scenarioIds' | 'draw'> & { strata?: readonly PlanStratum[] }, random: () => number = Math.random): string[] {
  if (set.strata) return shuffle(set.strata.flatMap((stratum) => shuffle(stratum.scenarioIds, random).slice(0, stratum.count)), random);
  if (!set.draw) return [...set.scenarioIds];
  return shuffle(set.scenarioIds, random).slice(0, set.draw);
}

/** 0-based position of the first unanswered item, or undefined when all are answered. */
export function firstUnansweredPosition(itemCount: number, answeredPositions: Iterable<number>): number | undefined {
  const answered = new Set(answeredPositions);
  for (let position = 0; position < itemCount; position += 1) if (!answered.has(position)) return position;
  return undefined;
}

/** A repeatable random source (mulberry32): the same seed gives the same order on every page load. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The options of one scenario in the order this attempt shows them: a shuffle fixed by the attempt's seed and the position. */
export function shuffleOptionsFor<T>(options: readonly T[], optionSeed: number, position: number, questionIndex: number): T[] {
  return shuffle(options, seededRandom(optionSeed * 7919 + position * 131 + questionIndex));
}
