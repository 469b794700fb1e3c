import 'server-only';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { mayRevealFeedback } from '@/domain/assignments/rules';
import type { FeedbackTiming } from '@/domain/assignments/schemas';
import { firstUnansweredPosition, shuffleOptionsFor } from '@/domain/quiz/plan-attempt';
import { toScenarioPlayView, type ScenarioPlayView } from '@/domain/quiz/views';
import type { Locale } from '@/domain/shared/locales';
import type { Viewer } from '@/server/auth/viewer';
import { getContentLibrary } from '@/server/content/library';
import { getAttempt, listOpenAttempts, type AttemptView, type StoredAnswerView } from '@/server/db/attempts';

export type SetCardView = {
  id: string;
  title: string;
  description: string;
  length: number;
  openAttempt?: { id: string; answered: number; total: number };
};

/** The quiz sets for the home page, with the viewer's unfinished attempt of each, if any. */
export async function listSetCards(viewer: Viewer | undefined, locale: Locale): Promise<SetCardView[]> {
  const open = viewer ? await listOpenAttempts(viewer) : [];
  return [...getContentLibrary().sets.values()].map((set) => {
    const attempt = open.find((candidate) => candidate.setId === set.id);
    return {
      id: set.id,
      title: set.title[locale],
      description: set.description[locale],
      length: set.draw ?? set.scenarioIds.length,
      openAttempt: attempt && { id: attempt.id, answered: attempt.answered, total: attempt.total },
    };
  });
}

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
  | (StepBase & { kind: 'saved'; feedback: FeedbackTiming; releaseAt: Date; timeZone: string; isLast: boolean; isSubmitted: boolean })
  | (StepBase & { kind: 'unavailable'; scenarioId: string })
  | (StepBase & { kind: 'question'; play: ScenarioPlayView; scenarioId: string; isClosed: boolean })
  | (StepBase & { kind: 'review'; scenario: LocalizedScenario; answer: StoredAnswerView; isLast: boolean; isSubmitted: boolean });

/**
 * One step (1-based) of an attempt. Before it is answered only the play view leaves the server:
 * no answer keys, explanations or red-flag markers.
 */
export async function getStepData(viewer: Viewer | undefined, attemptId: string, step: number, locale: Locale, now: Date = new Date()): Promise<StepData> {
  const attempt = viewer ? await getAttempt(viewer, attemptId, now) : undefined;
  const position = step - 1;
  if (!attempt || !Number.isInteger(position) || position < 0 || position >= attempt.items.length) return { kind: 'not-found' };
  const library = getContentLibrary();
  const set = library.sets.get(attempt.setId);
  const base: StepBase = {
    attemptId,
    setTitle: set?.title[locale] ?? attempt.setId,
    position,
    total: attempt.items.length,
    answeredCount: attempt.answers.length,
    deadlineAt: attempt.status === 'in_progress' ? (attempt.assignment?.deadlineAt ?? null) : null,
    isTimeLimited: attempt.assignment?.deadlineAt != null && attempt.assignment.deadlineAt < attempt.assignment.closesAt,
    isAssignment: attempt.assignment !== null,
  };
  const scenarioId = attempt.items[position];
  const scenario = library.scenarios.get(scenarioId)?.byLocale[locale];
  if (!scenario) return { ...base, kind: 'unavailable', scenarioId };
  const answer = attempt.answers.find((candidate) => candidate.position === position);
  const isLast = position === attempt.items.length - 1;
  const isSubmitted = attempt.status === 'submitted';
  if (answer) {
    if (!mayReveal(attempt, now)) return { ...base, kind: 'saved', feedback: attempt.assignment!.feedback, releaseAt: attempt.assignment!.releaseAt, timeZone: attempt.assignment!.timeZone, isLast, isSubmitted };
    return { ...base, kind: 'review', scenario, answer, isLast, isSubmitted };
  }
  const play = toScenarioPlayView(scenario);
  return { ...base, kind: 'question', play: attempt.optionSeed === null ? play : shufflePlayOptions(play, attempt.optionSeed, position), scenarioId, isClosed: attempt.status !== 'in_progress' };
}

/** Whether this attempt's answers, scores and explanations may be shown now (always, for practice). */
function mayReveal(attempt: AttemptView, now: Date): boolean {
  if (!attempt.assignment) return true;
  return mayRevealFeedback(attempt.assignment.feedback, { isSubmitted: attempt.status === 'submitted' }, attempt.assignment.releaseAt, now);
}

function shufflePlayOptions(play: ScenarioPlayView, optionSeed: number, position: number): ScenarioPlayView {
  return {
    ...play,
    questions: play.questions.map((question, index) => ('options' in question ? { ...question, options: shuffleOptionsFor(question.options, optionSeed, position, index) } : question)),
  };
}

/** Where "continue" should take the viewer: the first unanswered step, or the summary. */
export async function getResumeTarget(viewer: Viewer | undefined, attemptId: string): Promise<{ step: number } | { summary: true } | undefined> {
  const attempt = viewer ? await getAttempt(viewer, attemptId) : undefined;
  if (!attempt) return undefined;
  const position = firstUnansweredPosition(attempt.items.length, attempt.answers.map((answer) => answer.position));
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
  /** Whether scores may be shown; false keeps every score and title-free review out of the page. */
  reveal: boolean;
  /** Sum of item scores, 0..items.length; null when not revealed. */
  total: number | null;
  missedCount: number;
  assignment: { id: string; feedback: FeedbackTiming; releaseAt: Date; deadlineAt: Date | null; timeZone: string } | null;
};

/** The end-of-attempt page: score and every scenario with its result, as far as the feedback rule allows. */
export async function getSummaryData(viewer: Viewer | undefined, attemptId: string, locale: Locale, now: Date = new Date()): Promise<SummaryData | undefined> {
  const attempt = viewer ? await getAttempt(viewer, attemptId, now) : undefined;
  if (!attempt) return undefined;
  const library = getContentLibrary();
  const reveal = mayReveal(attempt, now);
  const items = attempt.items.map((scenarioId, position) => {
    const answer = attempt.answers.find((candidate) => candidate.position === position);
    return {
      step: position + 1,
      scenarioId,
      // Titles often name the scam, so they wait for the feedback like the scores do.
      title: reveal ? (library.scenarios.get(scenarioId)?.byLocale[locale].title ?? scenarioId) : '',
      isAnswered: answer !== undefined,
      score: reveal ? (answer?.score ?? null) : null,
    };
  });
  return {
    attemptId: attempt.id,
    setId: attempt.setId,
    setTitle: library.sets.get(attempt.setId)?.title[locale] ?? attempt.setId,
    isSubmitted: attempt.status === 'submitted',
    answeredCount: attempt.answers.length,
    items,
    reveal,
    total: reveal ? attempt.answers.reduce((sum, answer) => sum + answer.score, 0) : null,
    missedCount: reveal ? items.filter((item) => item.score === null || item.score < 1).length : 0,
    assignment: attempt.assignment && {
      id: attempt.assignment.id,
      feedback: attempt.assignment.feedback,
      releaseAt: attempt.assignment.releaseAt,
      deadlineAt: attempt.status === 'in_progress' ? attempt.assignment.deadlineAt : null,
      timeZone: attempt.assignment.timeZone,
    },
  };
}
