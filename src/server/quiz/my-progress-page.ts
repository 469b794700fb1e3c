import 'server-only';
import { suggestNextPractice, type FocusTarget, type MyMiss, type ScorePoint } from '@/domain/analytics/my-progress';
import { focusSetId } from '@/domain/content/focus-sets';
import type { Locale } from '@/domain/shared/locales';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { getPracticeProgress } from '@/server/db/attempts';
import { loadMyProgressSubmittingExpired } from '@/server/db/my-progress';
import type { DeviceStudentView } from '@/server/db/students';

/** How many scripts and how many red flags the page lists, the weakest. */
const MISSES_SHOWN = 5;

export type MyScoreView = ScorePoint & { setTitle: string };

export type MyNextPracticeView =
  | { kind: 'focus'; setId: string; focus: FocusTarget; miss: MyMiss; openAttemptId?: string }
  | { kind: 'unfinished' | 'improve'; setId: string; setTitle: string; bestPercent?: number; openAttemptId?: string };

export type MyProgressPageData = {
  students: DeviceStudentView[];
  /** The latest submitted attempts, oldest first. */
  scores: MyScoreView[];
  scripts: MyMiss[];
  redFlags: MyMiss[];
  decisionsCounted: number;
  next?: MyNextPracticeView;
};

/**
 * "My progress" for this device: scores over time, the scripts and red flags missed most, and what
 * to practise next (a focus set of the weakest script or red flag the library can make one of, else
 * a set not yet finished). Assignment attempts whose time ran out are submitted first.
 */
export async function getMyProgressPageSubmittingExpired(device: Device | undefined, locale: Locale, now: Date = new Date()): Promise<MyProgressPageData> {
  const [view, progress] = await Promise.all([loadMyProgressSubmittingExpired(device, scenarioFacts, now), device ? getPracticeProgress(device) : undefined]);
  const library = getContentLibrary();
  const title = (setId: string) => findQuizSet(setId, locale, library)?.localTitle ?? setId;
  const openRun = (setId: string) => progress?.open.find((open) => open.setId === setId)?.id;
  const practiceSetIds = [...library.sets.values()].filter((set) => set.isPractice).map((set) => set.id);
  const suggestion = suggestNextPractice(view.misses, practiceSetIds, progress?.bestPercent ?? {}, (focus) => findQuizSet(focusSetId(focus), locale, library) !== undefined);

  let next: MyNextPracticeView | undefined;
  if (suggestion?.kind === 'focus') {
    const setId = focusSetId(suggestion.focus);
    next = { kind: 'focus', setId, focus: suggestion.focus, miss: suggestion.miss, openAttemptId: openRun(setId) };
  } else if (suggestion) {
    next = { kind: suggestion.kind, setId: suggestion.setId, setTitle: title(suggestion.setId), bestPercent: suggestion.kind === 'improve' ? suggestion.bestPercent : undefined, openAttemptId: openRun(suggestion.setId) };
  }
  return {
    students: view.students,
    scores: view.scores.map((score) => ({ ...score, setTitle: title(score.setId) })),
    scripts: view.misses.filter((miss) => miss.dimension === 'script').slice(0, MISSES_SHOWN),
    redFlags: view.misses.filter((miss) => miss.dimension === 'redFlag').slice(0, MISSES_SHOWN),
    decisionsCounted: view.decisionsCounted,
    next,
  };
}
