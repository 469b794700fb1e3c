import { groupBaseline, majorityVerdict, MAX_NO_READING_ADVANTAGE } from './baseline';
import type { ContentIssue } from './issues';
import { isCorrectOptionLongest } from './option-length';
import type { LocalizedScenario, QuizSet, Scenario } from './scenario';
import { CHANNELS } from './taxonomy';
import { LOCALES, type Locale } from '../shared/locales';

/*
 * Rules over the whole library rather than one file (content/README.md, "Library rules"). Breaking
 * one leaves every file playable, so they are warnings; assignment-only scenarios that a practice
 * set would reveal are an error.
 */

/** The share of single-choice questions whose correct option may be strictly the longest. */
export const MAX_LONGEST_CORRECT_SHARE = 0.35;
/** Channels with at least this many scenarios must be 25-60% legitimate. */
export const BALANCE_MIN_SCENARIOS = 5;
export const LEGITIMATE_SHARE_RANGE = [0.25, 0.6] as const;

/** Finds the 1-based line of a scenario id in a set file, for messages an editor can jump to. */
export type SetEntryLocator = (set: QuizSet, scenarioId: string) => number;

/** Two scenarios one set should not hold together: same channel and verdict and a shared script. */
export function areNearDuplicates(a: LocalizedScenario, b: LocalizedScenario): boolean {
  return a.channel === b.channel && a.verdict === b.verdict && a.scripts.some((script) => b.scripts.includes(script));
}

export function longestCorrectShare(scenarios: LocalizedScenario[]): { longest: number; total: number } {
  const singles = scenarios.flatMap((scenario) => scenario.questions.filter((question) => question.type === 'single'));
  return { longest: singles.filter(isCorrectOptionLongest).length, total: singles.length };
}

export function channelBalance(scenarios: LocalizedScenario[]) {
  return CHANNELS.map((channel) => {
    const inChannel = scenarios.filter((scenario) => scenario.channel === channel);
    const legitimate = inChannel.filter((scenario) => scenario.verdict === 'legitimate').length;
    return { channel, total: inChannel.length, legitimate };
  });
}

export function isBalanced({ total, legitimate }: { total: number; legitimate: number }): boolean {
  if (total < BALANCE_MIN_SCENARIOS) return true;
  const share = legitimate / total;
  return share >= LEGITIMATE_SHARE_RANGE[0] && share <= LEGITIMATE_SHARE_RANGE[1];
}

export function checkLibraryRules(scenarios: ReadonlyMap<string, Scenario>, sets: ReadonlyMap<string, QuizSet>, locateEntry: SetEntryLocator): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warn = (path: string, line: number, message: string) => issues.push({ path, line, column: 1, message, severity: 'warning' });
  const localized = (locale: Locale) => [...scenarios.values()].map((scenario) => scenario.byLocale[locale]);
  const practiceIds = new Set([...sets.values()].filter((set) => set.isPractice).flatMap((set) => set.scenarioIds));

  for (const set of sets.values()) {
    if (!set.isPractice) {
      for (const id of set.scenarioIds.filter((scenarioId) => practiceIds.has(scenarioId))) {
        const practiceSets = [...sets.values()].filter((other) => other.isPractice && other.scenarioIds.includes(id)).map((other) => other.id);
        issues.push({
          path: set.path,
          line: locateEntry(set, id),
          column: 1,
          message: `"${id}" is in this assignment-only set and in the practice set ${practiceSets.join(', ')}, where anyone can read its answers; remove it from one of them`,
        });
      }
    }
    const members = set.scenarioIds.map((id) => scenarios.get(id)?.byLocale['zh-CN']).filter((scenario): scenario is LocalizedScenario => scenario !== undefined);
    members.forEach((scenario, index) => {
      const twin = members.slice(0, index).find((earlier) => areNearDuplicates(earlier, scenario));
      if (twin) warn(set.path, locateEntry(set, scenario.id), `"${scenario.id}" nearly duplicates "${twin.id}" (same channel, verdict and script); put one of them in another set`);
    });
    for (const locale of LOCALES) {
      const majority = majorityVerdict(localized(locale));
      const baseline = groupBaseline(members.map((scenario) => scenarios.get(scenario.id)!.byLocale[locale]), majority);
      if (baseline.noReading - baseline.random > MAX_NO_READING_ADVANTAGE) {
        warn(
          set.path,
          1,
          `(${locale}) a student who never reads the exhibits scores ${percent(baseline.noReading)} here against ${percent(baseline.random)} for random guessing; ` +
            'balance the verdicts of verdict decisions and make the correct options less often the longest',
        );
      }
    }
  }

  const inSomeSet = new Set([...sets.values()].flatMap((set) => set.scenarioIds));
  for (const scenario of scenarios.values()) {
    if (!inSomeSet.has(scenario.id)) warn(scenario.byLocale['zh-CN'].path, 1, `"${scenario.id}" is in no quiz set, so no student will ever see it; add it to a set in content/sets/`);
  }
  for (const entry of channelBalance(localized('zh-CN'))) {
    if (!isBalanced(entry)) {
      warn('content/scenarios', 1, `${entry.legitimate} of ${entry.total} ${entry.channel} scenarios are legitimate; keep every channel with ${BALANCE_MIN_SCENARIOS}+ scenarios 25-60% legitimate, or students learn the channel instead of the message`);
    }
  }
  for (const locale of LOCALES) {
    const { longest, total } = longestCorrectShare(localized(locale));
    if (total > 0 && longest / total > MAX_LONGEST_CORRECT_SHARE) {
      warn('content/scenarios', 1, `(${locale}) the correct option is the longest in ${longest} of ${total} single-choice questions (at most ${MAX_LONGEST_CORRECT_SHARE * 100}%)`);
    }
  }
  return issues;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}
