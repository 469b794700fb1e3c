import type { QuizSet } from '../content/scenario';
import type { RedFlag, ScriptId, Verdict } from '../content/taxonomy';

/*
 * The end of a finished attempt, in a few lines: what the student now recognises (the scam
 * scripts and red flags of the scams they decided right) and which set to practise next (one that
 * trains what they missed, else one they have not played). Codes only; the page names them from
 * the message catalogues (`script.<id>`, `redFlag.<id>`).
 */

/** What the end screen needs of one scenario of the attempt. */
export type PlayedScenario = {
  verdict: Verdict;
  scripts: readonly ScriptId[];
  redFlags: readonly RedFlag[];
  /** 0..1; null when unanswered. A right decision scores at least 0.5, a wrong one 0. */
  score: number | null;
};

export type Recognised = { scripts: ScriptId[]; redFlags: RedFlag[] };

/** Scripts and red flags of the scams whose decision was right, each once, in the order met. */
export function recognisedIn(played: readonly PlayedScenario[]): Recognised {
  const right = played.filter((scenario) => scenario.verdict === 'scam' && scenario.score !== null && scenario.score > 0);
  return { scripts: unique(right.flatMap((scenario) => scenario.scripts)), redFlags: unique(right.flatMap((scenario) => scenario.redFlags)) };
}

/**
 * Scripts of the scenarios decided wrong or left unanswered, scams and genuine look-alikes alike:
 * taking a real message for a scam of that script is worth practising too.
 */
export function missedScripts(played: readonly PlayedScenario[]): ScriptId[] {
  return unique(played.filter((scenario) => scenario.score === null || scenario.score === 0).flatMap((scenario) => scenario.scripts));
}

export type NextSet = { setId: string; reason: 'trains-missed'; scripts: ScriptId[] } | { setId: string; reason: 'not-played' };

/**
 * The practice set to suggest after an attempt of `currentSetId`: the one with the most scenarios
 * of the missed scripts (library order breaks ties), else the first set this device has not
 * played, else none.
 */
export function suggestNextSet(
  sets: readonly Pick<QuizSet, 'id' | 'scenarioIds' | 'isPractice'>[],
  currentSetId: string,
  missed: readonly ScriptId[],
  scriptsOf: (scenarioId: string) => readonly ScriptId[],
  playedSetIds: ReadonlySet<string>,
): NextSet | undefined {
  const candidates = sets.filter((set) => set.isPractice && set.id !== currentSetId);
  let best: { setId: string; count: number; scripts: ScriptId[] } | undefined;
  for (const set of candidates) {
    const trained = set.scenarioIds.map((id) => scriptsOf(id).filter((script) => missed.includes(script))).filter((scripts) => scripts.length > 0);
    if (trained.length > (best?.count ?? 0)) best = { setId: set.id, count: trained.length, scripts: unique(trained.flat()) };
  }
  if (best) return { setId: best.setId, reason: 'trains-missed', scripts: missed.filter((script) => best.scripts.includes(script)) };
  const unplayed = candidates.find((set) => !playedSetIds.has(set.id));
  return unplayed && { setId: unplayed.id, reason: 'not-played' };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
