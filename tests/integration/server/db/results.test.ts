import { describe, expect, it } from 'vitest';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { DEFAULT_LOCALE } from '@/domain/shared/locales';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { db } from '@/server/db/client';
import { getAssignmentResults } from '@/server/db/results';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';

/*
 * An assignment's results, counted by the database, against a slow count written here: which
 * scripts, red flags and channels the students fell for (in their first submitted attempt), which
 * genuine messages they distrusted, and what the class would have lost.
 */

const T0 = new Date('2026-12-01T09:00:00Z');
const HOUR = 3_600_000;
const SET = ['relink-chat', 'refund-call', 'real-notice'];

/** Per student, per attempt, whether each scenario's decision is right (true) or wrong (false). */
const PLAN: Record<string, boolean[][]> = {
  Ann: [[true, true, true], [false, false, false]], // nor does a later slip count against the first
  Bo: [[false, true, true]],
  Cai: [[false, false, false], [true, true, true]], // the second attempt does not change what the first showed
  Dan: [[true, false, false]],
  Eve: [[true, true, false]],
};

async function takeAttempt(device: Device, assignmentId: string, rights: boolean[]) {
  const plan = (setId: string) => planAttemptItems(getContentLibrary().sets.get(setId)!);
  const started = await startAssignmentAttempt(device, assignmentId, plan, 'en', T0);
  if (!started.ok) throw new Error(started.code);
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.value.attemptId }, select: { itemsJson: true } });
  const items = JSON.parse(attempt.itemsJson) as string[];
  for (const [position, scenarioId] of items.entries()) {
    const right = rights[SET.indexOf(scenarioId)];
    expect(await answerScenario(device, started.value.attemptId, position, right ? correctResponses(scenarioId) : wrongResponses(scenarioId), T0)).toMatchObject({ ok: true });
  }
}

async function seedClass() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignmentId = await createTestAssignment(staff, classroomId, { opensAt: new Date(T0.getTime() - HOUR), closesAt: new Date(T0.getTime() + 8 * HOUR), attemptsAllowed: 2 }, T0);
  for (const [name, attempts] of Object.entries(PLAN)) {
    const student = await joinAsStudent(joinCode, name);
    for (const rights of attempts) await takeAttempt(student.device, assignmentId, rights);
  }
  await joinAsStudent(joinCode, 'Fay'); // never starts
  return { staff, assignmentId };
}

/** The slow way: walk the plan, scenario by scenario and tag by tag. */
function referenceCounts() {
  const counts = new Map<string, { metScam: Set<string>; fell: Set<string>; metGenuine: Set<string>; alarms: Set<string> }>();
  let moneyLost = 0;
  for (const [name, attempts] of Object.entries(PLAN)) {
    const first = attempts[0];
    SET.forEach((scenarioId, index) => {
      const scenario = getContentLibrary().scenarios.get(scenarioId)!.byLocale[DEFAULT_LOCALE];
      const isScam = scenario.verdict === 'scam';
      if (isScam && !first[index]) moneyLost += scenario.moneyAtRisk ?? 0;
      for (const key of [`channel:${scenario.channel}`, ...scenario.scripts.map((s) => `script:${s}`), ...scenario.redFlags.map((f) => `redFlag:${f}`)]) {
        const entry = counts.get(key) ?? { metScam: new Set(), fell: new Set(), metGenuine: new Set(), alarms: new Set() };
        (isScam ? entry.metScam : entry.metGenuine).add(name);
        if (!first[index]) (isScam ? entry.fell : entry.alarms).add(name);
        counts.set(key, entry);
      }
    });
  }
  return { counts, moneyLost };
}

describe('getAssignmentResults', () => {
  it('counts who fell for each script, red flag and channel, and the money, as the slow count does', async () => {
    const { staff, assignmentId } = await seedClass();
    const results = await getAssignmentResults(staff, assignmentId, scenarioFacts, T0);
    if (!results.ok) throw new Error(results.code);
    const reference = referenceCounts();
    expect(results.value.weakSpots.map((spot) => `${spot.dimension}:${spot.tag}`).sort()).toEqual([...reference.counts.keys()].sort());
    for (const spot of results.value.weakSpots) {
      const expected = reference.counts.get(`${spot.dimension}:${spot.tag}`)!;
      expect({ tag: spot.tag, metScam: spot.metScam, fellForIt: spot.fellForIt, metGenuine: spot.metGenuine, falseAlarms: spot.falseAlarms }).toEqual({
        tag: spot.tag,
        metScam: expected.metScam.size,
        fellForIt: expected.fell.size,
        metGenuine: expected.metGenuine.size,
        falseAlarms: expected.alarms.size,
      });
    }
    // By the plan's first attempts: Bo and Cai fell for relink-chat (2 × 159 yuan), Cai and Dan for refund-call (2 × 5000).
    expect(results.value.moneyLost).toBe(reference.moneyLost);
    expect(results.value.moneyLost).toBe(2 * 159 + 2 * 5000);
  });

  it('lists who needs help: what each student fell for or distrusted, those who missed most first', async () => {
    const { staff, assignmentId } = await seedClass();
    const results = await getAssignmentResults(staff, assignmentId, scenarioFacts, T0);
    if (!results.ok) throw new Error(results.code);
    const expected = Object.entries(PLAN)
      .map(([name, attempts]) => {
        const missed = SET.filter((_, index) => !attempts[0][index]).map((id) => getContentLibrary().scenarios.get(id)!.byLocale[DEFAULT_LOCALE]);
        const scams = missed.filter((scenario) => scenario.verdict === 'scam');
        return { displayName: name, fellForIt: scams.length, falseAlarms: missed.length - scams.length, scripts: scams.flatMap((scenario) => scenario.scripts).sort() };
      })
      .filter((student) => student.fellForIt + student.falseAlarms > 0);
    const actual = results.value.needingHelp.map(({ displayName, fellForIt, falseAlarms, scripts }) => ({ displayName, fellForIt, falseAlarms, scripts: [...scripts].sort() }));
    expect(actual).toEqual(expect.arrayContaining(expected));
    expect(actual).toHaveLength(expected.length);
    // Cai missed all three; Ann, right the first time, is not listed.
    expect(actual[0].displayName).toBe('Cai');
    expect(actual.map((student) => student.displayName)).not.toContain('Ann');
  });

  it('gives the overview: statuses, grades, attempts and time taken', async () => {
    const { staff, assignmentId } = await seedClass();
    const results = await getAssignmentResults(staff, assignmentId, scenarioFacts, T0);
    if (!results.ok) throw new Error(results.code);
    const { overview } = results.value;
    expect(overview.students).toBe(6);
    expect(overview.counts).toEqual({ submitted: 5, inProgress: 0, notStarted: 1, overdue: 0 });
    expect(overview.attemptsUsed).toBe(7);
    expect(overview.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(5);
    expect(overview.medianDurationMs).not.toBeNull();
  });

  it('is shown only to the class\'s trainer and admins', async () => {
    const { staff, assignmentId } = await seedClass();
    const otherTrainer = await createStaff('trainer');
    const admin = await createStaff('admin');
    expect(await getAssignmentResults(otherTrainer, assignmentId, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'assignment_not_found' });
    expect(await getAssignmentResults(admin, assignmentId, scenarioFacts, T0)).toMatchObject({ ok: true });
    expect(await getAssignmentResults(staff, assignmentId, scenarioFacts, T0)).toMatchObject({ ok: true });
  });
});
