import { describe, expect, it } from 'vitest';
import {
  assignmentAttemptVisibility,
  missShare,
  missTagRows,
  myMisses,
  practiceKind,
  remedialFocus,
  SCORE_HISTORY_LENGTH,
  scoreHistory,
  suggestNextPractice,
  type MissCountRow,
  type MyMiss,
  type SubmittedAttemptRecord,
} from '@/domain/analytics/my-progress';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import type { AssignmentRules } from '@/domain/assignments/schemas';
import type { RedFlag, ScriptId } from '@/domain/content/taxonomy';
import type { PlayedScenario } from '@/domain/quiz/end-screen';

const row = (dimension: MissCountRow['dimension'], tag: string, verdict: MissCountRow['verdict'], outcome: MissCountRow['outcome'], count: number): MissCountRow => ({ dimension, tag, verdict, outcome, count });
const miss = (dimension: MyMiss['dimension'], tag: string, metScam: number, fellForIt: number, metGenuine = 0, falseAlarms = 0): MyMiss => ({ dimension, tag, metScam, fellForIt, metGenuine, falseAlarms });

describe('missTagRows', () => {
  it('lists each scenario under its scripts and red flags with its verdict, never its channel or id', () => {
    const scenarios: ScenarioFacts[] = [
      { id: 'refund', verdict: 'scam', channel: 'phone-call', redFlags: ['credential-request'], scripts: ['fake-service-refund'] },
      { id: 'real-refund', verdict: 'legitimate', channel: 'phone-call', redFlags: [], scripts: ['fake-service-refund'] },
    ];
    expect(missTagRows(scenarios)).toEqual([
      { scenarioId: 'refund', dimension: 'script', tag: 'fake-service-refund', verdict: 'scam' },
      { scenarioId: 'refund', dimension: 'redFlag', tag: 'credential-request', verdict: 'scam' },
      { scenarioId: 'real-refund', dimension: 'script', tag: 'fake-service-refund', verdict: 'legitimate' },
    ]);
  });
});

describe('myMisses', () => {
  it('adds up scams trusted and genuine messages distrusted per tag, and leaves out tags never missed', () => {
    const misses = myMisses([
      row('script', 'fake-service-refund', 'scam', 'fell_for_it', 3),
      row('script', 'fake-service-refund', 'scam', 'safe', 2),
      row('script', 'fake-service-refund', 'legitimate', 'false_alarm', 1),
      row('script', 'fake-service-refund', 'legitimate', 'safe', 3),
      row('redFlag', 'urgency', 'scam', 'safe', 5),
    ]);
    expect(misses).toEqual([miss('script', 'fake-service-refund', 5, 3, 4, 1)]);
  });

  it('puts the weakest first: the larger share, then more misses, then more decisions, then the tag', () => {
    const misses = myMisses([
      row('script', 'a-half', 'scam', 'fell_for_it', 1),
      row('script', 'a-half', 'scam', 'safe', 1),
      row('script', 'b-all-alarms', 'legitimate', 'false_alarm', 2),
      row('script', 'c-half-more', 'scam', 'fell_for_it', 2),
      row('script', 'c-half-more', 'scam', 'safe', 2),
      row('redFlag', 'd-half', 'scam', 'fell_for_it', 1),
      row('redFlag', 'd-half', 'scam', 'safe', 1),
    ]);
    expect(misses.map((entry) => entry.tag)).toEqual(['b-all-alarms', 'c-half-more', 'a-half', 'd-half']);
    expect(missShare(misses[0])).toBe(1);
    expect(missShare(misses[1])).toBe(0.5);
  });
});

describe('suggestNextPractice', () => {
  const sets = ['basics', 'second', 'advanced'];

  it('suggests the weakest script, even when a red flag is weaker', () => {
    const misses = [miss('redFlag', 'urgency', 2, 2), miss('script', 'fake-police', 4, 1)];
    expect(suggestNextPractice(misses, sets, {})).toEqual({ kind: 'focus', focus: { dimension: 'script', tag: 'fake-police' }, miss: misses[1] });
  });

  it('suggests the weakest red flag when no script is missed', () => {
    expect(suggestNextPractice([miss('redFlag', 'urgency', 2, 1)], sets, {})).toMatchObject({ kind: 'focus', focus: { dimension: 'redFlag', tag: 'urgency' } });
  });

  it('skips tags that cannot be practised', () => {
    const misses = [miss('script', 'no-practice', 2, 2), miss('script', 'fake-police', 4, 1)];
    expect(suggestNextPractice(misses, sets, {}, (focus) => focus.tag !== 'no-practice')).toMatchObject({ focus: { tag: 'fake-police' } });
    expect(suggestNextPractice(misses, sets, {}, () => false)).toEqual({ kind: 'unfinished', setId: 'basics' });
  });

  it('without misses suggests the first set not finished, then the lowest best below 100 %, then nothing', () => {
    expect(suggestNextPractice([], sets, { basics: 100 })).toEqual({ kind: 'unfinished', setId: 'second' });
    expect(suggestNextPractice([], sets, { basics: 100, second: 80, advanced: 60 })).toEqual({ kind: 'improve', setId: 'advanced', bestPercent: 60 });
    expect(suggestNextPractice([], sets, { basics: 100, second: 100, advanced: 100 })).toBeUndefined();
  });
});

describe('remedialFocus', () => {
  const scam = (scripts: ScriptId[], redFlags: RedFlag[], score: number | null): PlayedScenario => ({ verdict: 'scam', scripts, redFlags, score });
  const genuine = (scripts: ScriptId[], score: number | null): PlayedScenario => ({ verdict: 'legitimate', scripts, redFlags: [], score });

  it('takes the script of a scam fallen for before that of a genuine message distrusted', () => {
    expect(remedialFocus([genuine(['fake-service-refund'], 0), scam(['fake-police'], ['urgency'], 0)])).toEqual({ dimension: 'script', tag: 'fake-police' });
    expect(remedialFocus([genuine(['fake-service-refund'], 0), scam(['fake-police'], [], 1)])).toEqual({ dimension: 'script', tag: 'fake-service-refund' });
  });

  it('falls back to a red flag, and offers nothing for a run without a wrong decision', () => {
    expect(remedialFocus([scam([], ['urgency'], 0)])).toEqual({ dimension: 'redFlag', tag: 'urgency' });
    expect(remedialFocus([scam(['fake-police'], ['urgency'], 0.5), scam(['fake-police'], [], null)])).toBeUndefined();
  });
});

describe('assignmentAttemptVisibility', () => {
  const now = new Date('2026-12-01T12:00:00Z');
  const HOUR = 3_600_000;
  const rules = (feedback: AssignmentRules['feedback'], closesInHours: number, attemptsAllowed: number | null = 1): AssignmentRules => ({
    opensAt: new Date(now.getTime() - 10 * HOUR),
    closesAt: new Date(now.getTime() + closesInHours * HOUR),
    attemptsAllowed,
    grading: 'highest',
    timeLimitMinutes: null,
    feedback,
    shuffleScenarios: false,
    shuffleOptions: false,
  });
  const visible = (value: AssignmentRules, attemptsUsed = 1, extra: { closesAt?: Date; extraAttempts?: number } = {}) => {
    const override = extra.closesAt || extra.extraAttempts ? { closesAt: extra.closesAt ?? null, extraAttempts: extra.extraAttempts ?? 0, extraMinutes: 0 } : undefined;
    const { showsScore, showsKey } = assignmentAttemptVisibility({ rules: value, override, overrideClosesAt: override ? [override.closesAt] : [], attemptsUsed }, now);
    return { showsScore, showsKey };
  };

  it('shows score and key after each answer', () => {
    expect(visible(rules('after-each-answer', 5))).toEqual({ showsScore: true, showsKey: true });
  });

  it('after the attempt shows the score at once, and the key only when no attempt is left', () => {
    expect(visible(rules('after-attempt', 5, 2))).toEqual({ showsScore: true, showsKey: false });
    expect(visible(rules('after-attempt', 5, 2), 2)).toEqual({ showsScore: true, showsKey: true });
    expect(visible(rules('after-attempt', 5, 1), 1, { extraAttempts: 1 })).toEqual({ showsScore: true, showsKey: false });
  });

  it('after the close shows nothing until everyone\'s close and the grace have passed', () => {
    expect(visible(rules('after-close', 5))).toEqual({ showsScore: false, showsKey: false });
    expect(visible(rules('after-close', -1))).toEqual({ showsScore: true, showsKey: true });
    // Another student's later close holds the key back for everyone.
    expect(visible(rules('after-close', -1), 1, { closesAt: new Date(now.getTime() + HOUR) })).toEqual({ showsScore: false, showsKey: false });
  });
});

describe('scoreHistory', () => {
  const at = (minutes: number) => new Date(Date.UTC(2026, 11, 1, 9, minutes));
  const record = (id: string, minutes: number, score: number | null, itemCount = 3): SubmittedAttemptRecord => ({ id, setId: 'set', kind: 'practice', submittedAt: at(minutes), score, itemCount, releaseAt: null, timeZone: null });

  it('orders the attempts oldest first, as whole percentages, withheld ones without one', () => {
    expect(scoreHistory([record('b', 5, 1), record('a', 1, 2), record('c', 9, null)]).map(({ id, percent }) => ({ id, percent }))).toEqual([
      { id: 'a', percent: 67 },
      { id: 'b', percent: 33 },
      { id: 'c', percent: null },
    ]);
  });

  it(`keeps the latest ${SCORE_HISTORY_LENGTH}`, () => {
    const records = Array.from({ length: SCORE_HISTORY_LENGTH + 5 }, (_, index) => record(`r${index}`, index, 3));
    const history = scoreHistory(records);
    expect(history).toHaveLength(SCORE_HISTORY_LENGTH);
    expect(history[0].id).toBe('r5');
    expect(history.at(-1)?.id).toBe(`r${SCORE_HISTORY_LENGTH + 4}`);
  });
});

describe('practiceKind', () => {
  it('tells retries and focus runs from full runs of a set', () => {
    expect(practiceKind('buyer-basics', null)).toBe('practice');
    expect(practiceKind('buyer-basics', 'earlier')).toBe('retry');
    expect(practiceKind('focus:script:fake-police', null)).toBe('focus');
  });
});
