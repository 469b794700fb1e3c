import 'server-only';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { firstUnansweredPosition } from '@/domain/quiz/plan-attempt';
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

type StepBase = { attemptId: string; setTitle: string; position: number; total: number; answeredCount: number };

export type StepData =
  | { kind: 'not-found' }
  | (StepBase & { kind: 'unavailable'; scenarioId: string })
  | (StepBase & { kind: 'question'; play: ScenarioPlayView; scenarioId: string; isClosed: boolean })
  | (StepBase & { kind: 'review'; scenario: LocalizedScenario; answer: StoredAnswerView; isLast: boolean; isSubmitted: boolean });

/**
 * One step (1-based) of an attempt. Before it is answered only the play view leaves the server:
 * no answer keys, explanations or red-flag markers.
 */
export async function getStepData(viewer: Viewer | undefined, attemptId: string, step: number, locale: Locale): Promise<StepData> {
  const attempt = viewer ? await getAttempt(viewer, attemptId) : undefined;
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
  };
  const scenarioId = attempt.items[position];
  const scenario = library.scenarios.get(scenarioId)?.byLocale[locale];
  if (!scenario) return { ...base, kind: 'unavailable', scenarioId };
  const answer = attempt.answers.find((candidate) => candidate.position === position);
  if (answer) {
    return { ...base, kind: 'review', scenario, answer, isLast: position === attempt.items.length - 1, isSubmitted: attempt.status === 'submitted' };
  }
  return { ...base, kind: 'question', play: toScenarioPlayView(scenario), scenarioId, isClosed: attempt.status !== 'in_progress' };
}

/** Where "continue" should take the viewer: the first unanswered step, or the summary. */
export async function getResumeTarget(viewer: Viewer | undefined, attemptId: string): Promise<{ step: number } | { summary: true } | undefined> {
  const attempt = viewer ? await getAttempt(viewer, attemptId) : undefined;
  if (!attempt) return undefined;
  const position = firstUnansweredPosition(attempt.items.length, attempt.answers.map((answer) => answer.position));
  return position === undefined || attempt.status === 'submitted' ? { summary: true } : { step: position + 1 };
}

export type SummaryItemView = { step: number; scenarioId: string; title: string; score: number | null };
export type SummaryData = {
  attempt: AttemptView;
  setTitle: string;
  items: SummaryItemView[];
  /** Sum of item scores, 0..items.length. */
  total: number;
  missedCount: number;
};

/** The end-of-attempt page: score and every scenario with its result. */
export async function getSummaryData(viewer: Viewer | undefined, attemptId: string, locale: Locale): Promise<SummaryData | undefined> {
  const attempt = viewer ? await getAttempt(viewer, attemptId) : undefined;
  if (!attempt) return undefined;
  const library = getContentLibrary();
  const items = attempt.items.map((scenarioId, position) => ({
    step: position + 1,
    scenarioId,
    title: library.scenarios.get(scenarioId)?.byLocale[locale].title ?? scenarioId,
    score: attempt.answers.find((answer) => answer.position === position)?.score ?? null,
  }));
  return {
    attempt,
    setTitle: library.sets.get(attempt.setId)?.title[locale] ?? attempt.setId,
    items,
    total: attempt.answers.reduce((sum, answer) => sum + answer.score, 0),
    missedCount: items.filter((item) => item.score === null || item.score < 1).length,
  };
}
