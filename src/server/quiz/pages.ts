import 'server-only';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { mayRevealFeedback, mayRevealScore } from '@/domain/assignments/rules';
import type { FeedbackTiming } from '@/domain/assignments/schemas';
import { remedialFocus, type FocusTarget } from '@/domain/analytics/my-progress';
import { focusSetId } from '@/domain/content/focus-sets';
import { missedScripts, recognisedIn, suggestNextSet, type Recognised } from '@/domain/quiz/end-screen';
import { optionOrderFor } from '@/domain/quiz/handles';
import type { SetCardView } from '@/domain/quiz/practice-progress';
import { firstUnansweredPosition } from '@/domain/quiz/plan-attempt';
import { toStagePlayView, type StagePlayView } from '@/domain/quiz/views';
import type { ScriptId } from '@/domain/content/taxonomy';
import { attemptPercent } from '@/domain/scoring/score-display';
import type { Locale } from '@/domain/shared/locales';
import type { Device } from '@/server/auth/device';
import { scenarioAsAnswered } from '@/server/content/answered-scenario';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { getPracticeProgress, loadAttemptSubmittingExpired, type AttemptView, type StoredAnswerView } from '@/server/db/attempts';

export type { SetCardView };

export type HomeData = {
  cards: SetCardView[];
  /** Focus sets (one script, red flag or channel) this device has an unfinished run of: they have no card of their own otherwise. */
  focusCards: SetCardView[];
  /** The device's most recent unfinished practice run, offered first on the page. */
  resume?: { id: string; setTitle: string; answered: number; total: number };
};

/** The practice sets for the home page, with this device's progress: unfinished runs and best results. */
export async function getHomeData(device: Device | undefined, locale: Locale): Promise<HomeData> {
  const progress = device ? await getPracticeProgress(device) : { open: [], bestPercent: {} };
  // Assignment-only sets are never offered for practice: their answers stay with the trainer.
  const sets = [...getContentLibrary().sets.values()].filter((set) => set.isPractice);
  const cards = sets.map((set) => {
    const attempt = progress.open.find((candidate) => candidate.setId === set.id);
    return {
      id: set.id,
      title: set.title[locale],
      description: set.description[locale],
      length: set.draw ?? set.scenarioIds.length,
      openAttempt: attempt && { id: attempt.id, answered: attempt.answered, total: attempt.total },
      bestPercent: progress.bestPercent[set.id],
    };
  });
  const focusCards = progress.open.flatMap((attempt) => {
    const set = cards.some((card) => card.id === attempt.setId) ? undefined : findQuizSet(attempt.setId, locale);
    if (!set?.focus) return [];
    return [{ id: set.id, title: set.localTitle, description: set.description[locale], length: set.draw ?? set.scenarioIds.length, openAttempt: { id: attempt.id, answered: attempt.answered, total: attempt.total }, bestPercent: progress.bestPercent[set.id] }];
  });
  // The latest unfinished run of a set still offered: a file set's card or a focus set.
  const known = [...cards, ...focusCards];
  const latest = progress.open.find((attempt) => known.some((card) => card.id === attempt.setId));
  const resume = latest && { id: latest.id, setTitle: known.find((card) => card.id === latest.setId)!.title, answered: latest.answered, total: latest.total };
  return { cards, focusCards, resume };
}

/** The practice sets for the home page, with the device's unfinished attempt and best result of each. */
export async function listSetCards(device: Device | undefined, locale: Locale): Promise<SetCardView[]> {
  return (await getHomeData(device, locale)).cards;
}

/** The decision a student already committed, shown above the follow-ups (it is their own choice, not feedback). */
export type CommittedDecision = { kind: 'verdict'; verdict: 'scam' | 'legitimate' } | { kind: 'option'; text: string };

type StepBase = {
  attemptId: string;
  setTitle: string;
  position: number;
  total: number;
  answeredCount: number;
  /** When the attempt ends by itself (assignment time limit or close), for the countdown; null when never. */
  deadlineAt: Date | null;
  /** The deadline is the attempt's time limit rather than the assignment's close time. */
  isTimeLimited: boolean;
  isAssignment: boolean;
};

export type StepData =
  | { kind: 'not-found' }
  | (StepBase & { kind: 'saved'; feedback: FeedbackTiming; releaseAt: Date; timeZone: string; isLast: boolean; isSubmitted: boolean; hasAttemptsLeft: boolean })
  | (StepBase & { kind: 'unavailable' })
  | (StepBase & { kind: 'question'; play: StagePlayView; committedDecision?: CommittedDecision; isClosed: boolean })
  | (StepBase & { kind: 'review'; scenario: LocalizedScenario; answer: StoredAnswerView; isLast: boolean; isSubmitted: boolean });

/**
 * One step (1-based) of an attempt. Before it is answered only the play view leaves the server:
 * no answer keys, explanations or red-flag markers.
 */
export async function getStepData(device: Device | undefined, attemptId: string, step: number, locale: Locale, now: Date = new Date()): Promise<StepData> {
  const attempt = device ? await loadAttemptSubmittingExpired(device, attemptId, now) : undefined;
  const position = step - 1;
  if (!attempt || !Number.isInteger(position) || position < 0 || position >= attempt.items.length) return { kind: 'not-found' };
  const library = getContentLibrary();
  const base: StepBase = {
    attemptId,
    setTitle: findQuizSet(attempt.setId, locale, library)?.localTitle ?? attempt.setId,
    position,
    total: attempt.items.length,
    answeredCount: attempt.answers.filter((answer) => answer.isComplete).length,
    deadlineAt: attempt.status === 'in_progress' ? (attempt.assignment?.deadlineAt ?? null) : null,
    isTimeLimited: attempt.assignment?.deadlineAt != null && attempt.assignment.deadlineAt < attempt.assignment.closesAt,
    isAssignment: attempt.assignment !== null,
  };
  const scenarioId = attempt.items[position];
  const scenario = library.scenarios.get(scenarioId)?.byLocale[locale];
  if (!scenario) return { ...base, kind: 'unavailable' };
  const answer = attempt.answers.find((candidate) => candidate.position === position);
  const isLast = position === attempt.items.length - 1;
  const isSubmitted = attempt.status === 'submitted';
  const isClosed = attempt.status !== 'in_progress';
  const order = optionOrderFor(attempt.optionSeed, position);
  if (!answer) return { ...base, kind: 'question', play: toStagePlayView(scenario, 'decision', order), isClosed };
  // The scenario as the decision pinned it: its follow-ups are played, scored and reviewed as in it.
  const answered = (await scenarioAsAnswered(library, scenarioId, answer.scenarioVersion))?.byLocale[locale] ?? scenario;
  if (!answer.isComplete && !isClosed) {
    return { ...base, kind: 'question', play: toStagePlayView(answered, 'follow-up', order), committedDecision: committedDecision(answered, answer), isClosed };
  }
  if (!mayReveal(attempt, now)) {
    const { feedback, releaseAt, timeZone, hasAttemptsLeft } = attempt.assignment!;
    return { ...base, kind: 'saved', feedback, releaseAt, timeZone, isLast, isSubmitted, hasAttemptsLeft };
  }
  return { ...base, kind: 'review', scenario: answered, answer, isLast, isSubmitted };
}

function committedDecision(scenario: LocalizedScenario, answer: StoredAnswerView): CommittedDecision | undefined {
  const decision = scenario.questions[0];
  const response = answer.responses[decision.id];
  if (response?.type === 'verdict') return { kind: 'verdict', verdict: response.choice };
  if (response?.type === 'single' && decision.type === 'single') {
    const option = decision.options.find((candidate) => candidate.id === response.choice);
    return option && { kind: 'option', text: option.text };
  }
  return undefined;
}

/** Whether this attempt's answer key, per-scenario results and explanations may be shown now (always, for practice). */
function mayReveal(attempt: AttemptView, now: Date): boolean {
  if (!attempt.assignment) return true;
  const { feedback, releaseAt, hasAttemptsLeft } = attempt.assignment;
  return mayRevealFeedback(feedback, { isSubmitted: attempt.status === 'submitted', hasAttemptsLeft }, releaseAt, now);
}

/** Whether the attempt's total may be shown now: "after the attempt" shows it even while attempts remain. */
function mayShowTotal(attempt: AttemptView, now: Date): boolean {
  if (!attempt.assignment) return true;
  return mayRevealScore(attempt.assignment.feedback, { isSubmitted: attempt.status === 'submitted' }, attempt.assignment.releaseAt, now);
}

/** Where "continue" should take the device: the first unanswered step, or the summary. */
export async function getResumeTarget(device: Device | undefined, attemptId: string): Promise<{ step: number } | { summary: true } | undefined> {
  const attempt = device ? await loadAttemptSubmittingExpired(device, attemptId) : undefined;
  if (!attempt) return undefined;
  const position = firstUnansweredPosition(attempt.items.length, attempt.answers.filter((answer) => answer.isComplete).map((answer) => answer.position));
  return position === undefined || attempt.status === 'submitted' ? { summary: true } : { step: position + 1 };
}

export type SummaryItemView = { step: number; scenarioId: string; title: string; isAnswered: boolean; /** 0..1; null when unanswered or not yet revealed. */ score: number | null };
export type SummaryData = {
  attemptId: string;
  setId: string;
  setTitle: string;
  isSubmitted: boolean;
  answeredCount: number;
  items: SummaryItemView[];
  /** Whether the key may be shown: per-scenario results, titles and reviews; false keeps them out of the page. */
  reveal: boolean;
  /** Sum of item scores, 0..items.length; null when the total may not be shown yet. */
  total: number | null;
  missedCount: number;
  assignment: { id: string; feedback: FeedbackTiming; releaseAt: Date; deadlineAt: Date | null; timeZone: string; hasAttemptsLeft: boolean } | null;
  /** The end screen of a submitted attempt whose feedback may be shown; absent otherwise. */
  endScreen?: EndScreenData;
};

export type EndScreenData = {
  percent: number;
  /** Scripts and red flags of the scams decided right. */
  recognised: Recognised;
  /** A practice set to try next, with this device's unfinished run of it if there is one. */
  next?: { setId: string; title: string; reason: 'trains-missed' | 'not-played'; scripts: ScriptId[]; openAttemptId?: string };
  /** The result card to share: for a full practice run only, never an assignment or a retry. */
  card?: { setId: string; percent: number };
  /** A focus set of what the run missed, to practise at once, with this device's unfinished run of it. */
  remedial?: { setId: string; focus: FocusTarget; openAttemptId?: string };
};

/** The end-of-attempt page: score and every scenario with its result, as far as the feedback rule allows. */
export async function getSummaryData(device: Device | undefined, attemptId: string, locale: Locale, now: Date = new Date()): Promise<SummaryData | undefined> {
  const attempt = device ? await loadAttemptSubmittingExpired(device, attemptId, now) : undefined;
  if (!attempt) return undefined;
  const library = getContentLibrary();
  const reveal = mayReveal(attempt, now);
  const items = attempt.items.map((scenarioId, position) => {
    const answer = attempt.answers.find((candidate) => candidate.position === position);
    return {
      step: position + 1,
      scenarioId,
      // Titles often name the scam, so they wait for the feedback like the scores do, and for the
      // scenario to be answered: an unanswered one may still be played.
      title: reveal && answer?.isComplete ? (library.scenarios.get(scenarioId)?.byLocale[locale].title ?? '') : '',
      isAnswered: answer?.isComplete ?? false,
      score: reveal ? (answer?.score ?? null) : null,
    };
  });
  const total = mayShowTotal(attempt, now) ? attempt.answers.reduce((sum, answer) => sum + answer.score, 0) : null;
  const isSubmitted = attempt.status === 'submitted';
  return {
    attemptId: attempt.id,
    setId: attempt.setId,
    setTitle: findQuizSet(attempt.setId, locale, library)?.localTitle ?? attempt.setId,
    isSubmitted,
    answeredCount: attempt.answers.filter((answer) => answer.isComplete).length,
    items,
    reveal,
    total,
    missedCount: reveal ? items.filter((item) => item.score === null || item.score < 1).length : 0,
    assignment: attempt.assignment && {
      id: attempt.assignment.id,
      feedback: attempt.assignment.feedback,
      releaseAt: attempt.assignment.releaseAt,
      deadlineAt: attempt.status === 'in_progress' ? attempt.assignment.deadlineAt : null,
      timeZone: attempt.assignment.timeZone,
      hasAttemptsLeft: attempt.assignment.hasAttemptsLeft,
    },
    endScreen: isSubmitted && reveal && total !== null ? await endScreenData(device!, attempt, items, attemptPercent(total, items.length), locale) : undefined,
  };
}

/** What the student now recognises, what to practise next and, for a full practice run, the card to share. */
async function endScreenData(device: Device, attempt: AttemptView, items: SummaryItemView[], percent: number, locale: Locale): Promise<EndScreenData> {
  const library = getContentLibrary();
  const played = items.flatMap((item) => {
    const scenario = library.scenarios.get(item.scenarioId)?.byLocale[locale];
    return scenario ? [{ verdict: scenario.verdict, scripts: scenario.scripts, redFlags: scenario.redFlags, score: item.isAnswered ? item.score : null }] : [];
  });
  const progress = await getPracticeProgress(device);
  const playedSets = new Set([...Object.keys(progress.bestPercent), ...progress.open.map((open) => open.setId), attempt.setId]);
  const scriptsOf = (scenarioId: string) => library.scenarios.get(scenarioId)?.byLocale[locale].scripts ?? [];
  const next = suggestNextSet([...library.sets.values()], attempt.setId, missedScripts(played), scriptsOf, playedSets);
  const nextSet = next && library.sets.get(next.setId);
  // Only file sets get a card: a focus set's result says little to others and its card page could not offer it.
  const isFullPracticeRun = attempt.assignment === null && attempt.retryOfId === null && library.sets.get(attempt.setId)?.isPractice === true;
  const missedFocus = remedialFocus(played);
  // Practice right after a miss: a focus set of what was missed, when the library can make one.
  const remedial = missedFocus && findQuizSet(focusSetId(missedFocus), locale, library) ? { setId: focusSetId(missedFocus), focus: missedFocus } : undefined;
  return {
    percent,
    recognised: recognisedIn(played),
    next: nextSet && {
      setId: nextSet.id,
      title: nextSet.title[locale],
      reason: next.reason,
      scripts: next.reason === 'trains-missed' ? next.scripts : [],
      openAttemptId: progress.open.find((open) => open.setId === nextSet.id)?.id,
    },
    card: isFullPracticeRun ? { setId: attempt.setId, percent } : undefined,
    remedial: remedial && { ...remedial, openAttemptId: progress.open.find((open) => open.setId === remedial.setId)?.id },
  };
}
