import { describe, expect, it } from 'vitest';
import { CLASS_PROGRESS_DIMENSIONS, classProgressRows } from '@/domain/analytics/class-progress';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { DEFAULT_LOCALE } from '@/domain/shared/locales';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { createAssignment, startAssignmentAttempt } from '@/server/db/assignments';
import { getClassProgress } from '@/server/db/class-progress';
import { db } from '@/server/db/client';
import { getStudentProgress } from '@/server/db/student-progress';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';

/*
 * A student's record across assignments and the class over time, counted by the database,
 * against a slow count written here from the plan: which attempts each student made, their grade
 * per assignment, and which scripts and red flags they fell for in each first submitted attempt.
 */

const T0 = new Date('2026-12-10T09:00:00Z');
const DAY = 86_400_000;

/** Three assignments opening a day apart; created out of order, so the views must sort by opening. */
const ASSIGNMENTS = [
  { key: 'week1', setId: 'fixture-set', opensAt: new Date(T0.getTime() - 3 * DAY), grading: 'highest' as const },
  { key: 'exam', setId: 'fixture-exam', opensAt: new Date(T0.getTime() - 2 * DAY), grading: 'highest' as const },
  { key: 'week3', setId: 'fixture-set', opensAt: new Date(T0.getTime() - DAY), grading: 'last' as const },
];
const CREATION_ORDER = ['week3', 'week1', 'exam'];

/** Per student, per assignment, each attempt: the scenarios whose decision is wrong (undefined: started, not finished). */
type Attempt = { wrong: string[]; unfinished?: boolean };
const PLAN: Record<string, Partial<Record<string, Attempt[]>>> = {
  Ann: { week1: [{ wrong: ['relink-chat', 'refund-call'] }, { wrong: [] }], exam: [{ wrong: ['exam-notice'] }], week3: [{ wrong: ['relink-chat'] }] },
  Bo: { week1: [{ wrong: ['real-notice'] }], week3: [{ wrong: [] }, { wrong: ['refund-call'] }] },
  Cai: { week1: [{ wrong: ['relink-chat'] }], exam: [{ wrong: [] }], week3: [{ wrong: ['relink-chat'], unfinished: true }] },
  Dan: { week3: [{ wrong: ['refund-call', 'real-notice'] }] },
  Eve: {},
};

async function takeAttempt(device: Device, assignmentId: string, attempt: Attempt) {
  const library = getContentLibrary();
  const started = await startAssignmentAttempt(device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en', T0);
  if (!started.ok) throw new Error(started.code);
  const row = await db.attempt.findUniqueOrThrow({ where: { id: started.value.attemptId }, select: { itemsJson: true } });
  const items = JSON.parse(row.itemsJson) as string[];
  for (const [position, scenarioId] of items.entries()) {
    if (attempt.unfinished && position === items.length - 1) break;
    const responses = attempt.wrong.includes(scenarioId) ? wrongResponses(scenarioId) : correctResponses(scenarioId);
    expect(await answerScenario(device, started.value.attemptId, position, responses, T0)).toMatchObject({ ok: true });
  }
}

async function seedClass() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 3B');
  const ids = new Map<string, string>();
  for (const key of CREATION_ORDER) {
    const assignment = ASSIGNMENTS.find((candidate) => candidate.key === key)!;
    const created = await createAssignment(
      staff,
      { classroomId, setId: assignment.setId, timeZone: 'Asia/Shanghai', opensAt: assignment.opensAt, closesAt: new Date(T0.getTime() + DAY), attemptsAllowed: 3, grading: assignment.grading, timeLimitMinutes: null, feedback: 'after-each-answer', shuffleScenarios: false, shuffleOptions: false },
      (setId) => getContentLibrary().sets.has(setId),
    );
    if (!created.ok) throw new Error(created.code);
    ids.set(key, created.value.id);
  }
  const students = new Map<string, string>();
  for (const [name, plan] of Object.entries(PLAN)) {
    const student = await joinAsStudent(joinCode, name, `S-${name}`);
    students.set(name, student.studentId);
    for (const assignment of ASSIGNMENTS) for (const attempt of plan[assignment.key] ?? []) await takeAttempt(student.device, ids.get(assignment.key)!, attempt);
  }
  // Another class on the same set: its answers must count nowhere here.
  const other = await createClassWithTrainer('Class 4C');
  const otherAssignment = await createTestAssignment(other.staff, other.classroomId, { opensAt: new Date(T0.getTime() - DAY), closesAt: new Date(T0.getTime() + DAY) }, T0);
  const outsider = await joinAsStudent(other.joinCode, 'Zed');
  await takeAttempt(outsider.device, otherAssignment, { wrong: ['relink-chat', 'refund-call', 'real-notice'] });
  return { staff, classroomId, ids, students, other: { ...other, studentId: outsider.studentId } };
}

const scenario = (id: string) => getContentLibrary().scenarios.get(id)!.byLocale[DEFAULT_LOCALE];
const setScenarios = (key: string) => getContentLibrary().sets.get(ASSIGNMENTS.find((assignment) => assignment.key === key)!.setId)!.scenarioIds;
const firstSubmitted = (attempts: Attempt[] | undefined) => attempts?.find((attempt) => !attempt.unfinished);
const tagsOf = (id: string) => [...new Set(scenario(id).scripts)].map((tag) => `script:${tag}`).concat([...new Set(scenario(id).redFlags)].map((tag) => `redFlag:${tag}`));

describe('getStudentProgress', { timeout: 30_000 }, () => {
  it('lists every attempt, grades each assignment by its method and counts misses as the slow count does', async () => {
    const { staff, classroomId, ids, students } = await seedClass();
    for (const [name, plan] of Object.entries(PLAN)) {
      const progress = await getStudentProgress(staff, classroomId, students.get(name)!, scenarioFacts, T0);
      if (!progress.ok) throw new Error(progress.code);
      expect(progress.value.student).toMatchObject({ displayName: name, studentNumber: `S-${name}` });
      expect(progress.value.assignments.map((assignment) => assignment.assignmentId)).toEqual(ASSIGNMENTS.map((assignment) => ids.get(assignment.key)));

      const referenceSpots = new Map<string, { metScam: number; fellForIt: number; metGenuine: number; falseAlarms: number }>();
      const referenceTotals = { metScam: 0, fellForIt: 0, metGenuine: 0, falseAlarms: 0 };
      for (const [index, assignment] of ASSIGNMENTS.entries()) {
        const attempts = plan[assignment.key] ?? [];
        const view = progress.value.assignments[index];
        const items = setScenarios(assignment.key);
        // Each attempt's grade: the share of scenarios decided and explained right (a wrong decision scores 0).
        const grades = attempts.map((attempt) => (attempt.unfinished ? null : (items.length - attempt.wrong.length) / items.length));
        expect(view.attempts.map((attempt) => ({ number: attempt.attemptNumber, submitted: attempt.isSubmitted, grade: attempt.grade }))).toEqual(
          grades.map((grade, number) => ({ number: number + 1, submitted: grade !== null, grade })),
        );
        for (const attempt of view.attempts) expect(attempt.durationMs === null).toBe(!attempt.isSubmitted);
        const submitted = grades.filter((grade): grade is number => grade !== null);
        const expectedGrade = submitted.length === 0 ? null : assignment.grading === 'last' ? submitted.at(-1)! : Math.max(...submitted);
        expect(view.grade).toBe(expectedGrade);

        const first = firstSubmitted(attempts);
        if (!first) continue;
        for (const id of items) {
          const isScam = scenario(id).verdict === 'scam';
          const missed = first.wrong.includes(id);
          referenceTotals[isScam ? 'metScam' : 'metGenuine'] += 1;
          if (missed) referenceTotals[isScam ? 'fellForIt' : 'falseAlarms'] += 1;
          for (const key of tagsOf(id)) {
            const entry = referenceSpots.get(key) ?? { metScam: 0, fellForIt: 0, metGenuine: 0, falseAlarms: 0 };
            if (isScam) entry.metScam += 1;
            else entry.metGenuine += 1;
            if (missed && isScam) entry.fellForIt += 1;
            if (missed && !isScam) entry.falseAlarms += 1;
            referenceSpots.set(key, entry);
          }
        }
      }
      expect(progress.value.totals).toEqual(referenceTotals);
      const expectedSpots = [...referenceSpots].filter(([, entry]) => entry.fellForIt + entry.falseAlarms > 0);
      expect(progress.value.weakSpots.map((spot) => `${spot.dimension}:${spot.tag}`).sort()).toEqual(expectedSpots.map(([key]) => key).sort());
      for (const spot of progress.value.weakSpots) {
        expect({ metScam: spot.metScam, fellForIt: spot.fellForIt, metGenuine: spot.metGenuine, falseAlarms: spot.falseAlarms }).toEqual(referenceSpots.get(`${spot.dimension}:${spot.tag}`));
      }
    }
  });

  it('counts first attempts only: Ann fell for the re-buy script in week 1 and week 3, not in her corrected retry', async () => {
    const { staff, classroomId, students } = await seedClass();
    const progress = await getStudentProgress(staff, classroomId, students.get('Ann')!, scenarioFacts, T0);
    if (!progress.ok) throw new Error(progress.code);
    expect(progress.value.weakSpots.filter((spot) => spot.dimension === 'script')[0]).toMatchObject({ tag: 'relink-price-error', metScam: 2, fellForIt: 2, fellShare: 1 });
    // The exam's genuine notice she distrusted is a false alarm, not a fall; her retries count nowhere.
    expect(progress.value.totals).toEqual({ metScam: 4, fellForIt: 3, metGenuine: 3, falseAlarms: 1 });
    expect(progress.value.weakSpots.find((spot) => spot.tag === 'fake-service-refund')).toMatchObject({ metScam: 2, fellForIt: 1, fellShare: 0.5 });
  });

  it('is refused to another trainer, and for a student of another class under this class', async () => {
    const { staff, classroomId, students, other } = await seedClass();
    const admin = await createStaff('admin');
    const ann = students.get('Ann')!;
    const before = await db.attempt.count({ where: { status: 'submitted' } });
    expect(await getStudentProgress(other.staff, classroomId, ann, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'class_not_found' });
    expect(await getStudentProgress(staff, classroomId, other.studentId, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'student_not_found' });
    expect(await getStudentProgress(staff, other.classroomId, ann, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'class_not_found' });
    expect(await getStudentProgress(admin, other.classroomId, ann, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'student_not_found' });
    expect(await db.attempt.count({ where: { status: 'submitted' } })).toBe(before);
    expect(await getStudentProgress(admin, classroomId, ann, scenarioFacts, T0)).toMatchObject({ ok: true });
  });
});

describe('getClassProgress', { timeout: 30_000 }, () => {
  it('counts, per assignment and per script and red flag, who fell for it in their first attempt, as the slow count does', async () => {
    const { staff, classroomId, ids } = await seedClass();
    const progress = await getClassProgress(staff, classroomId, scenarioFacts, T0);
    if (!progress.ok) throw new Error(progress.code);
    const columns = ASSIGNMENTS.map((assignment) => ids.get(assignment.key)!);
    expect(progress.value.assignments.map((assignment) => assignment.id)).toEqual(columns);

    // The slow way: per assignment, per student's first submitted attempt, per scam and tag.
    const reference = new Map<string, { met: Set<string>; fell: Set<string> }>();
    for (const assignment of ASSIGNMENTS) {
      for (const [name, plan] of Object.entries(PLAN)) {
        const first = firstSubmitted(plan[assignment.key]);
        if (!first) continue;
        for (const id of setScenarios(assignment.key).filter((candidate) => scenario(candidate).verdict === 'scam')) {
          for (const tag of tagsOf(id)) {
            const key = `${ids.get(assignment.key)}|${tag}`;
            const entry = reference.get(key) ?? { met: new Set(), fell: new Set() };
            entry.met.add(name);
            if (first.wrong.includes(id)) entry.fell.add(name);
            reference.set(key, entry);
          }
        }
      }
    }
    expect(progress.value.counts.map((row) => `${row.assignmentId}|${row.dimension}:${row.tag}`).sort()).toEqual([...reference.keys()].sort());
    for (const row of progress.value.counts) {
      const expected = reference.get(`${row.assignmentId}|${row.dimension}:${row.tag}`)!;
      expect({ tag: row.tag, metScam: row.metScam, fellForIt: row.fellForIt }).toEqual({ tag: row.tag, metScam: expected.met.size, fellForIt: expected.fell.size });
    }

    // As the table shows it: week 1 Ann and Cai of 3 fell for the re-buy script, week 3 Ann of 3 (Cai's attempt is unfinished).
    const scripts = classProgressRows(columns, progress.value.counts, 'script');
    const relink = scripts.find((row) => row.tag === 'relink-price-error')!;
    expect(relink.cells.map((cell) => [cell.fellForIt, cell.metScam])).toEqual([[2, 3], [0, 0], [1, 3]]);
    expect(relink.cells[1].share).toBeNull();
    expect(relink.change).toBeCloseTo(1 / 3 - 2 / 3);
    for (const dimension of CLASS_PROGRESS_DIMENSIONS) expect(classProgressRows(columns, progress.value.counts, dimension).length).toBeGreaterThan(0);
  });

  it('is shown only to the class\'s trainer and admins', async () => {
    const { staff, classroomId, other } = await seedClass();
    expect(await getClassProgress(other.staff, classroomId, scenarioFacts, T0)).toMatchObject({ ok: false, code: 'class_not_found' });
    expect(await getClassProgress(await createStaff('admin'), classroomId, scenarioFacts, T0)).toMatchObject({ ok: true });
    expect(await getClassProgress(staff, classroomId, scenarioFacts, T0)).toMatchObject({ ok: true });
  });
});
