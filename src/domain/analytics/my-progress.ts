import { applyOverride, feedbackReleaseAt, hasAttemptsLeft, mayRevealFeedback, mayRevealScore } from '../assignments/rules';
import type { AssignmentRules, StudentOverride } from '../assignments/schemas';
import type { FocusRef } from '../content/focus-sets';
import type { Verdict } from '../content/taxonomy';
import type { PlayedScenario } from '../quiz/end-screen';
import { attemptPercent } from '../scoring/score-display';
import type { DecisionOutcome } from './answer-facts';
import { scenarioTags, type ScenarioFacts } from './weak-spots';

/*
 * A learner's own progress, on the device they use: their scores over time, the scam scripts and
 * red flags they miss most in their recent answers, and what to practise next. Codes and numbers
 * only; the page words them from the catalogues.
 *
 * Which answers count:
 * - Scores: every submitted attempt, practice (this device's) and assignment (the students this
 *   device acts for); an assignment attempt's percentage only once its feedback rule shows the score.
 * - Misses: the decisions of submitted attempts whose answer key the learner may see (all practice;
 *   an assignment attempt only once its feedback is released), so this page never tells which answers
 *   were wrong before the trainer's feedback time. For each tag, the learner's latest
 *   `RECENT_DECISIONS_PER_TAG` decisions on scams with it, and as many on genuine messages with it:
 *   what they do now, not what they did when they started.
 */

/** How many of the latest decisions per tag (and verdict) count towards its misses. */
export const RECENT_DECISIONS_PER_TAG = 5;

/** How many submitted attempts the scores over time show, the latest ones. */
export const SCORE_HISTORY_LENGTH = 30;

/** The tags a learner's misses are grouped by. */
export const MY_MISS_DIMENSIONS = ['script', 'redFlag'] as const;
export type MyMissDimension = (typeof MY_MISS_DIMENSIONS)[number];

/** One scenario under one tag, with its verdict: the rows the misses query joins decisions with. */
export type MissTagRow = { scenarioId: string; dimension: MyMissDimension; tag: string; verdict: Verdict };

/** The script and red-flag rows of `scenarios`; channels and scenario ids are not counted here. */
export function missTagRows(scenarios: readonly ScenarioFacts[]): MissTagRow[] {
  return scenarioTags(scenarios).flatMap((row) => (row.dimension === 'script' || row.dimension === 'redFlag' ? [{ scenarioId: row.scenarioId, dimension: row.dimension, tag: row.tag, verdict: row.verdict }] : []));
}

/** How many of the recent decisions on one tag and verdict had one outcome, as the database counts them. */
export type MissCountRow = { dimension: MyMissDimension; tag: string; verdict: Verdict; outcome: DecisionOutcome; count: number };

/** One tag the learner met recently: scams trusted and genuine messages distrusted. */
export type MyMiss = {
  dimension: MyMissDimension;
  tag: string;
  /** Recent decisions on scams with this tag, and how many of them trusted the scam. */
  metScam: number;
  fellForIt: number;
  /** Recent decisions on genuine messages with this tag, and how many of them distrusted it. */
  metGenuine: number;
  falseAlarms: number;
};

/** The larger of the two miss shares: how weak the learner is on this tag. */
export function missShare(miss: MyMiss): number {
  const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
  return Math.max(share(miss.fellForIt, miss.metScam), share(miss.falseAlarms, miss.metGenuine));
}

/**
 * The tags with at least one miss in the recent decisions, weakest first: the larger share of
 * misses, then more misses, then more decisions, then the tag's id (so the order never wobbles).
 */
export function myMisses(rows: readonly MissCountRow[]): MyMiss[] {
  const byTag = new Map<string, MyMiss>();
  for (const row of rows) {
    const key = `${row.dimension}\u0000${row.tag}`;
    const miss = byTag.get(key) ?? { dimension: row.dimension, tag: row.tag, metScam: 0, fellForIt: 0, metGenuine: 0, falseAlarms: 0 };
    byTag.set(key, miss);
    if (row.verdict === 'scam') miss.metScam += row.count;
    else miss.metGenuine += row.count;
    if (row.outcome === 'fell_for_it') miss.fellForIt += row.count;
    if (row.outcome === 'false_alarm') miss.falseAlarms += row.count;
  }
  const misses = (miss: MyMiss) => miss.fellForIt + miss.falseAlarms;
  return [...byTag.values()]
    .filter((miss) => misses(miss) > 0)
    .sort((a, b) => missShare(b) - missShare(a) || misses(b) - misses(a) || b.metScam + b.metGenuine - (a.metScam + a.metGenuine) || a.tag.localeCompare(b.tag));
}

/** The tag a focus set trains, of the dimensions counted here. */
export type FocusTarget = FocusRef & { dimension: MyMissDimension };

export type NextPractice =
  /** Practise the weakest script (or, when no script is missed, red flag) now. */
  | { kind: 'focus'; focus: FocusTarget; miss: MyMiss }
  /** Nothing is weak: the first practice set not yet finished on this device. */
  | { kind: 'unfinished'; setId: string }
  /** Every set finished: the one with the lowest best result below 100 %. */
  | { kind: 'improve'; setId: string; bestPercent: number };

/**
 * What to practise next: the weakest script (`misses` weakest first) that can be practised, else
 * the weakest such red flag, else the first practice set (in library order) without a finished
 * full run, else the set with the lowest best result below 100 %; nothing when every set is at
 * 100 % and nothing is missed. `canPractise` says whether the library has a focus set for a tag.
 */
export function suggestNextPractice(
  misses: readonly MyMiss[],
  practiceSetIds: readonly string[],
  bestPercent: Readonly<Record<string, number>>,
  canPractise: (focus: FocusTarget) => boolean = () => true,
): NextPractice | undefined {
  const practisable = misses.filter((miss) => canPractise({ dimension: miss.dimension, tag: miss.tag }));
  const weakest = practisable.find((miss) => miss.dimension === 'script') ?? practisable.find((miss) => miss.dimension === 'redFlag');
  if (weakest) return { kind: 'focus', focus: { dimension: weakest.dimension, tag: weakest.tag }, miss: weakest };
  const unfinished = practiceSetIds.find((setId) => bestPercent[setId] === undefined);
  if (unfinished) return { kind: 'unfinished', setId: unfinished };
  let improve: { setId: string; bestPercent: number } | undefined;
  for (const setId of practiceSetIds) {
    const best = bestPercent[setId];
    if (best < 100 && (improve === undefined || best < improve.bestPercent)) improve = { setId, bestPercent: best };
  }
  return improve && { kind: 'improve', ...improve };
}

/**
 * The tag to practise right after a finished run: the first script of a scam the learner fell for,
 * else of a genuine message they distrusted, else the first red flag of a scam they fell for.
 * Unanswered scenarios are not misses here: nothing was decided.
 */
export function remedialFocus(played: readonly PlayedScenario[]): FocusTarget | undefined {
  const missed = played.filter((scenario) => scenario.score === 0);
  const scams = missed.filter((scenario) => scenario.verdict === 'scam');
  const script = scams.flatMap((scenario) => scenario.scripts)[0] ?? missed.flatMap((scenario) => scenario.scripts)[0];
  if (script) return { dimension: 'script', tag: script };
  const flag = scams.flatMap((scenario) => scenario.redFlags)[0];
  return flag ? { dimension: 'redFlag', tag: flag } : undefined;
}

/** What the feedback rules need of one submitted assignment attempt and its assignment. */
export type AssignmentAttemptRules = {
  rules: AssignmentRules;
  /** This student's override of the assignment, if any. */
  override?: StudentOverride;
  /** Every override's close time on the assignment: feedback held for the close waits for the latest. */
  overrideClosesAt: (Date | null)[];
  /** Attempts this student has started on the assignment, submitted or not. */
  attemptsUsed: number;
};

/**
 * What a learner may see of a submitted assignment attempt now, by the assignment's feedback rule:
 * its score, and its answer key (and so whether its decisions count among the misses).
 */
export function assignmentAttemptVisibility(attempt: AssignmentAttemptRules, now: Date): { showsScore: boolean; showsKey: boolean; releaseAt: Date } {
  const { feedback } = attempt.rules;
  const releaseAt = feedbackReleaseAt(attempt.rules.closesAt, attempt.overrideClosesAt);
  const attemptsLeft = hasAttemptsLeft(applyOverride(attempt.rules, attempt.override), attempt.attemptsUsed, now);
  return {
    showsScore: mayRevealScore(feedback, { isSubmitted: true }, releaseAt, now),
    showsKey: mayRevealFeedback(feedback, { isSubmitted: true, hasAttemptsLeft: attemptsLeft }, releaseAt, now),
    releaseAt,
  };
}

/** How one submitted attempt came about: a practice run, a retry of its misses, a focus run, or an assignment. */
export const SCORE_KINDS = ['practice', 'retry', 'focus', 'assignment'] as const;
export type ScoreKind = (typeof SCORE_KINDS)[number];

/** One submitted attempt as the scores over time need it. */
export type SubmittedAttemptRecord = {
  id: string;
  setId: string;
  kind: ScoreKind;
  submittedAt: Date;
  /** Sum of scenario scores; null when the feedback rule does not show it yet. */
  score: number | null;
  itemCount: number;
  /** When an assignment's withheld score is shown (UTC); null when it is shown, and for practice. */
  releaseAt: Date | null;
  /** The assignment's time zone, to name the release time in; null for practice. */
  timeZone: string | null;
};

export type ScorePoint = Omit<SubmittedAttemptRecord, 'score' | 'itemCount'> & { /** Whole percentage; null while withheld. */ percent: number | null };

/** The latest `SCORE_HISTORY_LENGTH` submitted attempts, oldest first, with their percentages. */
export function scoreHistory(records: readonly SubmittedAttemptRecord[]): ScorePoint[] {
  return [...records]
    .sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.id.localeCompare(b.id))
    .slice(-SCORE_HISTORY_LENGTH)
    .map((record) => ({
      id: record.id,
      setId: record.setId,
      kind: record.kind,
      submittedAt: record.submittedAt,
      percent: record.score === null ? null : attemptPercent(record.score, record.itemCount),
      releaseAt: record.releaseAt,
      timeZone: record.timeZone,
    }));
}

/** The kind of a practice attempt from its set and retry link; focus sets have ids `focus:…`. */
export function practiceKind(setId: string, retryOfId: string | null): ScoreKind {
  if (retryOfId !== null) return 'retry';
  return setId.startsWith('focus:') ? 'focus' : 'practice';
}
