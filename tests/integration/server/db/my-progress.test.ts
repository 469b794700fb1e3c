import { describe, expect, it } from 'vitest';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import type { FeedbackTiming } from '@/domain/assignments/schemas';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { createAttempt } from '@/server/db/attempts';
import { removeStudent, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { loadMyProgressSubmittingExpired, type MyProgressView } from '@/server/db/my-progress';
import { joinClassroom, recoverStudent } from '@/server/db/students';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createTestAssignment, joinAsStudent, recoveryCodeFor, wrongResponses } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';

/*
 * A learner's own progress, counted by the database, against a slow count written here from the
 * plan of who answered what and when: scores over time, and per script and red flag the scams
 * trusted and genuine messages distrusted among the latest five decisions. Another device and
 * another student see none of it, and an assignment's answers stay out until its feedback is out.
 */

const T0 = new Date('2026-12-01T09:00:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const SET = ['relink-chat', 'refund-call', 'real-notice'];
const WINDOW = 5;

/**
 * The fixture's genuine notice carries no script; here it stands for a genuine refund message, so
 * distrusting it is a false alarm on that script. The reference below uses the same facts.
 */
const facts = (ids: readonly string[]): ScenarioFacts[] => scenarioFacts(ids).map((fact) => (fact.id === 'real-notice' ? { ...fact, scripts: ['fake-service-refund'] } : fact));

/** One run: who, when (minutes after T0), which scenarios, and whether each decision was right. */
type Run = { id: string; minute: number; items: string[]; rights: boolean[]; kind: 'practice' | 'retry' | 'assignment'; assignment?: 'each' | 'close' | 'attempt' };

async function stampAnswers(attemptId: string, minute: number) {
  // Answer times decide which decisions are recent: one second apart per position, from the run's minute.
  const answers = await db.answer.findMany({ where: { attemptId }, select: { id: true, position: true } });
  for (const answer of answers) await db.answer.update({ where: { id: answer.id }, data: { answeredAt: new Date(T0.getTime() + minute * MINUTE + answer.position * 1000) } });
}

async function answerAll(device: Device, attemptId: string, items: string[], rights: boolean[], at: Date) {
  for (const [position, scenarioId] of items.entries()) {
    expect(await answerScenario(device, attemptId, position, rights[position] ? correctResponses(scenarioId) : wrongResponses(scenarioId), at)).toMatchObject({ ok: true });
  }
}

async function practise(device: Device, minute: number, rights: boolean[], retryOf?: Run): Promise<Run> {
  const items = retryOf ? SET.filter((_, index) => !retryOf.rights[index]) : SET;
  const { id } = await createAttempt(device, { setId: 'fixture-set', items, locale: 'en', retryOfId: retryOf?.id });
  await answerAll(device, id, items, rights, new Date(T0.getTime() + minute * MINUTE));
  await stampAnswers(id, minute);
  return { id, minute, items, rights, kind: retryOf ? 'retry' : 'practice' };
}

async function takeAssignment(device: Device, assignmentId: string, minute: number, rights: boolean[], feedback: Run['assignment']): Promise<Run> {
  const at = new Date(T0.getTime() + minute * MINUTE);
  const started = await startAssignmentAttempt(device, assignmentId, (setId) => planAttemptItems(getContentLibrary().sets.get(setId)!), 'en', at);
  if (!started.ok) throw new Error(started.code);
  await answerAll(device, started.value.attemptId, SET, rights, at);
  await stampAnswers(started.value.attemptId, minute);
  return { id: started.value.attemptId, minute, items: SET, rights, kind: 'assignment', assignment: feedback };
}

const CLOSES = new Date(T0.getTime() + 8 * HOUR);
const AFTER_RELEASE = new Date(CLOSES.getTime() + HOUR);

async function seed() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignment = (feedback: FeedbackTiming, attemptsAllowed: number) =>
    createTestAssignment(staff, classroomId, { feedback, attemptsAllowed, opensAt: new Date(T0.getTime() - HOUR), closesAt: CLOSES }, T0);
  const each = await assignment('after-each-answer', 1);
  const afterClose = await assignment('after-close', 1);
  const afterAttempt = await assignment('after-attempt', 2);

  const ann = await joinAsStudent(joinCode, 'Ann');
  const annRuns: Run[] = [];
  // Seven full practice runs: relink-chat is met seven times, so only its latest five count.
  for (const [index, rights] of [
    [false, false, false],
    [false, true, true],
    [false, false, true],
    [true, false, true],
    [true, true, false],
    [true, true, true],
    [false, true, false],
  ].entries()) {
    annRuns.push(await practise(ann.device, index + 1, rights));
  }
  annRuns.push(await practise(ann.device, 8, [true, false], annRuns[6])); // retry of the missed ones
  annRuns.push(await takeAssignment(ann.device, each, 20, [false, true, false], 'each'));
  annRuns.push(await takeAssignment(ann.device, afterClose, 30, [false, false, false], 'close'));
  annRuns.push(await takeAssignment(ann.device, afterAttempt, 40, [true, false, false], 'attempt'));

  const bo = await joinAsStudent(joinCode, 'Bo');
  const boRuns = [await practise(bo.device, 50, [false, false, false]), await takeAssignment(bo.device, each, 51, [false, false, false], 'each')];

  const stranger = anonymousDevice();
  const strangerRuns = [await practise(stranger, 60, [true, true, false]), await practise(stranger, 61, [false, true, true])];
  return { staff, classroomId, joinCode, ann, annRuns, bo, boRuns, stranger, strangerRuns };
}

/** Whether the learner may see a run's score, and its key, at `now` (the rules, restated for the plan above). */
function visibility(run: Run, now: Date) {
  const released = now.getTime() >= CLOSES.getTime() + 30_000;
  if (run.assignment === 'close') return { score: released, key: released };
  if (run.assignment === 'attempt') return { score: true, key: released }; // one of two attempts used
  return { score: true, key: true };
}

/** The slow way: every decision of every run this learner may judge, tag by tag, latest five per tag and verdict. */
function reference(runs: Run[], now: Date) {
  const decisions = runs
    .filter((run) => visibility(run, now).key)
    .flatMap((run) => run.items.map((scenarioId, position) => ({ scenarioId, right: run.rights[position], time: run.minute * 60 + position })));
  const misses = new Map<string, { metScam: number; fellForIt: number; metGenuine: number; falseAlarms: number }>();
  const allTags = new Set<string>();
  for (const fact of facts(SET)) for (const tag of [...fact.scripts.map((s) => `script:${s}`), ...fact.redFlags.map((f) => `redFlag:${f}`)]) allTags.add(tag);
  for (const tag of allTags) {
    for (const verdict of ['scam', 'legitimate']) {
      const withTag = decisions
        .filter((decision) => {
          const fact = facts([decision.scenarioId])[0];
          return fact.verdict === verdict && [...fact.scripts.map((s) => `script:${s}`), ...fact.redFlags.map((f) => `redFlag:${f}`)].includes(tag);
        })
        .sort((a, b) => b.time - a.time)
        .slice(0, WINDOW);
      const entry = misses.get(tag) ?? { metScam: 0, fellForIt: 0, metGenuine: 0, falseAlarms: 0 };
      if (verdict === 'scam') {
        entry.metScam += withTag.length;
        entry.fellForIt += withTag.filter((decision) => !decision.right).length;
      } else {
        entry.metGenuine += withTag.length;
        entry.falseAlarms += withTag.filter((decision) => !decision.right).length;
      }
      misses.set(tag, entry);
    }
  }
  const missed = [...misses].filter(([, entry]) => entry.fellForIt + entry.falseAlarms > 0).map(([key, entry]) => ({ key, ...entry }));
  const scores = [...runs]
    .sort((a, b) => a.minute - b.minute)
    .map((run) => ({ id: run.id, percent: visibility(run, now).score ? Math.round((100 * run.rights.filter(Boolean).length) / run.items.length) : null }));
  return { missed, scores, decisionsCounted: decisions.length };
}

function actual(view: MyProgressView) {
  return {
    missed: view.misses.map(({ dimension, tag, metScam, fellForIt, metGenuine, falseAlarms }) => ({ key: `${dimension}:${tag}`, metScam, fellForIt, metGenuine, falseAlarms })),
    scores: view.scores.map(({ id, percent }) => ({ id, percent })),
    decisionsCounted: view.decisionsCounted,
  };
}

const byKey = <T extends { key: string }>(rows: T[]) => [...rows].sort((a, b) => a.key.localeCompare(b.key));
const share = (row: { metScam: number; fellForIt: number; metGenuine: number; falseAlarms: number }) => Math.max(row.metScam && row.fellForIt / row.metScam, row.metGenuine && row.falseAlarms / row.metGenuine);

// Each test seeds fourteen runs through the real answer path: slower than the default allows on a busy machine.
describe('loadMyProgressSubmittingExpired', { timeout: 30_000 }, () => {
  it("counts a joined learner's practice and assignment attempts as the slow count does, withheld feedback left out", async () => {
    const { ann, annRuns } = await seed();
    const now = new Date(T0.getTime() + 2 * HOUR);
    const view = await loadMyProgressSubmittingExpired(ann.device, facts, now);
    const expected = reference(annRuns, now);
    const got = actual(view);
    expect(got.scores).toEqual(expected.scores);
    expect(byKey(got.missed)).toEqual(byKey(expected.missed));
    expect(got.decisionsCounted).toBe(expected.decisionsCounted);
    expect(got.missed.map(share)).toEqual([...got.missed.map(share)].sort((a, b) => b - a));
    expect(view.students.map((student) => student.displayName)).toEqual(['Ann']);

    // The plan makes the rules matter: the window drops relink-chat's two oldest decisions (both
    // wrong), and the withheld assignments would add misses.
    const relink = got.missed.find((row) => row.key === 'script:relink-price-error');
    expect(relink).toMatchObject({ metScam: WINDOW, fellForIt: 2 });
    expect(got.scores.find((score) => score.id === annRuns[9].id)?.percent).toBeNull(); // after the close: withheld
    expect(got.scores.find((score) => score.id === annRuns[10].id)?.percent).toBe(33); // after the attempt: the score, not the key
    expect(byKey(got.missed)).not.toEqual(byKey(reference(annRuns, AFTER_RELEASE).missed));
    expect(view.scores.find((score) => score.id === annRuns[9].id)?.releaseAt?.getTime()).toBe(CLOSES.getTime() + 30_000);
  });

  it('counts the withheld assignments once everyone\'s close has passed', async () => {
    const { ann, annRuns } = await seed();
    const got = actual(await loadMyProgressSubmittingExpired(ann.device, facts, AFTER_RELEASE));
    const expected = reference(annRuns, AFTER_RELEASE);
    expect(got.scores).toEqual(expected.scores);
    expect(byKey(got.missed)).toEqual(byKey(expected.missed));
    expect(got.decisionsCounted).toBe(expected.decisionsCounted);
  });

  it("shows another device and another student's device nothing of the learner's", async () => {
    const { ann, annRuns, bo, boRuns, stranger, strangerRuns } = await seed();
    const now = new Date(T0.getTime() + 2 * HOUR);
    const annIds = new Set(annRuns.map((run) => run.id));
    for (const [device, runs] of [
      [bo.device, boRuns],
      [stranger, strangerRuns],
    ] as const) {
      const view = await loadMyProgressSubmittingExpired(device, facts, now);
      expect(view.scores.filter((score) => annIds.has(score.id))).toEqual([]);
      const expected = reference([...runs], now);
      expect(actual(view).scores).toEqual(expected.scores);
      expect(byKey(actual(view).missed)).toEqual(byKey(expected.missed));
    }
    const others = new Set([...boRuns, ...strangerRuns].map((run) => run.id));
    expect((await loadMyProgressSubmittingExpired(ann.device, facts, now)).scores.filter((score) => others.has(score.id))).toEqual([]);
    expect((await loadMyProgressSubmittingExpired(stranger, facts, now)).students).toEqual([]);
    expect(await loadMyProgressSubmittingExpired(anonymousDevice(), facts, now)).toEqual({ students: [], scores: [], misses: [], decisionsCounted: 0 });
    expect(await loadMyProgressSubmittingExpired(undefined, facts, now)).toEqual({ students: [], scores: [], misses: [], decisionsCounted: 0 });
  });

  it('drops a student\'s assignments from a shared device once another student joins the class on it, and once the student is removed', async () => {
    const { staff, classroomId, joinCode, ann, annRuns, bo, boRuns } = await seed();
    const now = new Date(T0.getTime() + 2 * HOUR);
    const practiceOnly = (runs: Run[]) => runs.filter((run) => run.kind !== 'assignment');

    // Cai joins the class on Bo's phone: it acts for Cai now; Bo's practice on it stays the phone's.
    const joined = await joinClassroom(bo.device, { code: joinCode, displayName: 'Cai', studentNumber: null });
    if (!joined.ok) throw new Error(joined.code);
    const shared = actual(await loadMyProgressSubmittingExpired(bo.device, facts, now));
    expect(shared.scores).toEqual(reference(practiceOnly(boRuns), now).scores);

    expect(await removeStudent(staff, classroomId, ann.studentId)).toMatchObject({ ok: true });
    const removed = await loadMyProgressSubmittingExpired(ann.device, facts, now);
    expect(removed.students).toEqual([]);
    expect(actual(removed).scores).toEqual(reference(practiceOnly(annRuns), now).scores);
    expect(byKey(actual(removed).missed)).toEqual(byKey(reference(practiceOnly(annRuns), now).missed));
  });

  it("follows a student who recovered on a new device: their assignments, not the old device's practice", async () => {
    const { staff, classroomId, joinCode, annRuns } = await seed();
    expect(await setAllowRecovery(staff, classroomId, true)).toMatchObject({ ok: true });
    const ann = await db.student.findFirstOrThrow({ where: { displayName: 'Ann' }, select: { id: true } });
    await db.student.update({ where: { id: ann.id }, data: { studentNumber: '17' } });
    const phone = anonymousDevice();
    const recovered = await recoverStudent(phone, { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: await recoveryCodeFor(staff, classroomId, ann.id) });
    expect(recovered).toMatchObject({ ok: true });
    const now = new Date(T0.getTime() + 2 * HOUR);
    expect(actual(await loadMyProgressSubmittingExpired(phone, facts, now)).scores).toEqual(reference(annRuns.filter((run) => run.kind === 'assignment'), now).scores);
  });
});
