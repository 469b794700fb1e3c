import { describe, expect, it } from 'vitest';
import { ITEM_RULES } from '@/domain/analytics/item-analysis';
import { exhibitLines } from '@/domain/content/exhibits';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { spotKeyLineIds } from '@/domain/scoring/score-scenario';
import type { Device } from '@/server/auth/device';
import { getContentLibrary } from '@/server/content/library';
import { startAssignmentAttempt } from '@/server/db/assignments';
import { recordAnswer, submitAttempt } from '@/server/db/attempts';
import { db } from '@/server/db/client';
import { loadItemAnalysisSubmittingExpired, type ItemContent } from '@/server/db/item-analysis';
import { answerScenario, stageSubmission } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent } from '../../../factories/classes';

/*
 * Item analysis counted by the database, against a slow computation written here from the stored
 * answers: per scenario its facility, share fully right, discrimination (corrected item-total
 * correlation) and strong students' facility; per question its facility, every option's count
 * and share, and the spot lines missed and falsely marked; and the flags.
 */

const T0 = new Date('2026-12-01T09:00:00Z');
const HOUR = 3_600_000;
const STUDENTS = 13;

const library = () => getContentLibrary();
const scenarioOf = (id: string) => library().scenarios.get(id)?.byLocale.en;
const content: ItemContent = { scenario: scenarioOf, scenarioIdsOf: (setId) => library().sets.get(setId)?.scenarioIds ?? [] };
const relinkLines = () => scenarioOf('relink-chat')!.exhibits.flatMap(exhibitLines).map((line) => line.id);

/**
 * Student i's first attempt: the strong ones on the re-buy chat (i < 8) mostly call the refund
 * call genuine, so its strong students miss it; everyone trusts the genuine notice.
 */
function firstResponses(i: number, scenarioId: string): Record<string, QuestionResponse> {
  const key = spotKeyLineIds(scenarioOf('relink-chat')!);
  const other = relinkLines().filter((line) => !key.includes(line));
  if (scenarioId === 'relink-chat') {
    const lines = [key, [key[0], other[0]], [other[0], other[1]], []][i % 4];
    return { q1: { type: 'single', choice: i < 8 ? 'b' : 'a' }, q2: { type: 'spot', lines } };
  }
  if (scenarioId === 'refund-call') {
    const choices = [['a', 'c'], ['a', 'b'], ['c']][i % 3];
    return { q2: { type: 'verdict', choice: i >= 6 ? 'scam' : 'legitimate' }, q1: { type: 'multiple', choices } };
  }
  return correctResponses(scenarioId);
}

async function start(device: Device, assignmentId: string) {
  const started = await startAssignmentAttempt(device, assignmentId, (setId) => planAttemptItems(library().sets.get(setId)!), 'en', T0);
  if (!started.ok) throw new Error(started.code);
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: started.value.attemptId }, select: { itemsJson: true } });
  return { attemptId: started.value.attemptId, items: JSON.parse(attempt.itemsJson) as string[] };
}

async function seedClass() {
  const { staff, classroomId, joinCode } = await createClassWithTrainer();
  const assignmentId = await createTestAssignment(staff, classroomId, { opensAt: new Date(T0.getTime() - HOUR), closesAt: new Date(T0.getTime() + 8 * HOUR), attemptsAllowed: 2, shuffleScenarios: true, shuffleOptions: true }, T0);
  for (let i = 0; i < STUDENTS; i += 1) {
    const { device } = await joinAsStudent(joinCode, `Student ${i}`);
    const first = await start(device, assignmentId);
    if (i === 12) {
      // Submits early: the re-buy chat's decision only, nothing of the rest.
      const at = first.items.indexOf('relink-chat');
      expect(await recordAnswer(device, await stageSubmission(first.attemptId, at, 'decision', firstResponses(i, 'relink-chat')), (id) => library().scenarios.get(id), T0)).toMatchObject({ ok: true });
      expect(await submitAttempt(device, first.attemptId, T0)).toMatchObject({ ok: true });
      continue;
    }
    for (const [position, scenarioId] of first.items.entries()) {
      expect(await answerScenario(device, first.attemptId, position, firstResponses(i, scenarioId), T0)).toMatchObject({ ok: true });
    }
    if (i % 5 === 0) {
      // A second attempt, all right, must not change what the first showed.
      const second = await start(device, assignmentId);
      for (const [position, scenarioId] of second.items.entries()) await answerScenario(device, second.attemptId, position, correctResponses(scenarioId), T0);
    }
  }
  // Started, never submitted: not counted.
  const late = await joinAsStudent(joinCode, 'Late');
  const open = await start(late.device, assignmentId);
  await answerScenario(late.device, open.attemptId, 0, correctResponses(open.items[0]), T0);
  return { staff, assignmentId };
}

type StoredResponse = { responses: Record<string, QuestionResponse>; questionScores: { questionId: string; score: number; isCorrect: boolean }[] };

/** The slow way: every stored answer read back, each student's first submitted attempt picked in JavaScript. */
async function reference(assignmentId: string) {
  const attempts = await db.attempt.findMany({ where: { assignmentId, status: 'submitted' }, include: { answers: true } });
  const firsts = new Map<string, (typeof attempts)[number]>();
  for (const attempt of attempts) {
    const known = firsts.get(attempt.studentId!);
    if (!known || attempt.attemptNumber! < known.attemptNumber!) firsts.set(attempt.studentId!, attempt);
  }
  const scenarios = new Map<string, { studentId: string; x: number; y: number }[]>();
  const questions = new Map<string, { students: number; correct: number; chosen: Map<string, number> }>();
  for (const attempt of firsts.values()) {
    const total = attempt.answers.reduce((sum, answer) => sum + answer.score, 0);
    for (const scenarioId of new Set(attempt.answers.map((answer) => answer.scenarioId))) {
      const x = attempt.answers.filter((answer) => answer.scenarioId === scenarioId).reduce((sum, answer) => sum + answer.score, 0);
      scenarios.set(scenarioId, [...(scenarios.get(scenarioId) ?? []), { studentId: attempt.studentId!, x, y: total - x }]);
    }
    for (const answer of attempt.answers) {
      const stored = JSON.parse(answer.responseJson) as StoredResponse;
      for (const scored of stored.questionScores) {
        const key = `${answer.scenarioId}/${scored.questionId}`;
        const entry = questions.get(key) ?? { students: 0, correct: 0, chosen: new Map<string, number>() };
        entry.students += 1;
        if (scored.isCorrect) entry.correct += 1;
        const response = stored.responses[scored.questionId];
        const picked = response.type === 'spot' ? response.lines : response.type === 'multiple' ? response.choices : [response.choice];
        for (const id of new Set(picked)) entry.chosen.set(id, (entry.chosen.get(id) ?? 0) + 1);
        questions.set(key, entry);
      }
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const byScenario = new Map(
    [...scenarios].map(([scenarioId, pairs]) => {
      const xs = pairs.map((pair) => pair.x);
      const ys = pairs.map((pair) => pair.y);
      const [mx, my] = [mean(xs), mean(ys)];
      const sxy = pairs.reduce((sum, pair) => sum + (pair.x - mx) * (pair.y - my), 0);
      const sxx = xs.reduce((sum, x) => sum + (x - mx) ** 2, 0);
      const syy = ys.reduce((sum, y) => sum + (y - my) ** 2, 0);
      const discrimination = pairs.length < 2 || sxx < 1e-9 || syy < 1e-9 ? null : sxy / Math.sqrt(sxx * syy);
      // Strong: the first third (rounded up) by the rest of the attempt, ties by student id.
      const ranked = [...pairs].sort((a, b) => (Math.abs(a.y - b.y) > 1e-6 ? b.y - a.y : a.studentId < b.studentId ? -1 : 1));
      const strong = ranked.slice(0, Math.ceil(pairs.length / 3));
      return [
        scenarioId,
        {
          students: pairs.length,
          facility: mean(xs),
          fullyRightShare: xs.filter((x) => x > 0.999).length / pairs.length,
          discrimination,
          strongStudents: strong.length,
          strongFacility: strong.length === 0 ? null : mean(strong.map((pair) => pair.x)),
        },
      ];
    }),
  );
  return { students: firsts.size, byScenario, questions };
}

// Seeding thirteen students' attempts through the app's own functions takes a few seconds.
describe('loadItemAnalysisSubmittingExpired', { timeout: 30_000 }, () => {
  it('gives each scenario’s facility, discrimination and strong students’ facility as the slow computation does', async () => {
    const { staff, assignmentId } = await seedClass();
    const analysis = await loadItemAnalysisSubmittingExpired(staff, assignmentId, content, T0);
    if (!analysis.ok) throw new Error(analysis.code);
    const expected = await reference(assignmentId);
    expect(analysis.value.students).toBe(expected.students);
    expect(analysis.value.students).toBe(STUDENTS);
    expect(analysis.value.scenarios.map((item) => item.scenarioId).sort()).toEqual([...expected.byScenario.keys()].sort());
    for (const item of analysis.value.scenarios) {
      const want = expected.byScenario.get(item.scenarioId)!;
      expect(item.students, item.scenarioId).toBe(want.students);
      expect(item.facility, item.scenarioId).toBeCloseTo(want.facility, 9);
      expect(item.fullyRightShare, item.scenarioId).toBeCloseTo(want.fullyRightShare, 9);
      expect(item.strongStudents, item.scenarioId).toBe(want.strongStudents);
      if (want.strongFacility === null) expect(item.strongFacility).toBeNull();
      else expect(item.strongFacility, item.scenarioId).toBeCloseTo(want.strongFacility, 9);
      if (want.discrimination === null) expect(item.discrimination, item.scenarioId).toBeNull();
      else expect(item.discrimination, item.scenarioId).toBeCloseTo(want.discrimination, 9);
      expect(item.title).toBe(scenarioOf(item.scenarioId)!.title);
    }
    // Student 12 answered the re-buy chat's decision only.
    expect(expected.byScenario.get('relink-chat')!.students).toBe(13);
    expect(expected.byScenario.get('refund-call')!.students).toBe(12);
  });

  it('flags what the rules say, and lists flagged scenarios first', async () => {
    const { staff, assignmentId } = await seedClass();
    const analysis = await loadItemAnalysisSubmittingExpired(staff, assignmentId, content, T0);
    if (!analysis.ok) throw new Error(analysis.code);
    const expected = await reference(assignmentId);
    for (const item of analysis.value.scenarios) {
      const want = expected.byScenario.get(item.scenarioId)!;
      const easy = want.facility >= ITEM_RULES.easyFacility;
      const flags = [
        ...(want.strongFacility !== null && want.strongFacility < ITEM_RULES.minStrongFacility ? ['strong_students_miss'] : []),
        ...(!easy && (want.discrimination === null || want.discrimination < ITEM_RULES.minDiscrimination) ? ['no_discrimination'] : []),
        ...(easy ? ['everyone_right'] : []),
      ];
      expect(item.flags, item.scenarioId).toEqual(flags);
    }
    const byId = new Map(analysis.value.scenarios.map((item) => [item.scenarioId, item]));
    // The strong students called the refund call genuine; everyone trusted the genuine notice.
    expect(byId.get('refund-call')!.flags).toContain('strong_students_miss');
    expect(byId.get('refund-call')!.verdict).toBe('fix');
    expect(byId.get('real-notice')!.flags).toEqual(['everyone_right']);
    expect(byId.get('real-notice')!.verdict).toBe('note');
    expect(byId.get('real-notice')!.discrimination).toBeNull();
    const order = { fix: 0, note: 1, ok: 2, too_few: 3 };
    const ranks = analysis.value.scenarios.map((item) => order[item.verdict]);
    expect(ranks).toEqual([...ranks].sort());
  });

  it('counts every option, verdict and line of every question as the slow computation does', async () => {
    const { staff, assignmentId } = await seedClass();
    const analysis = await loadItemAnalysisSubmittingExpired(staff, assignmentId, content, T0);
    if (!analysis.ok) throw new Error(analysis.code);
    const expected = await reference(assignmentId);
    let checked = 0;
    for (const item of analysis.value.scenarios) {
      const scenario = scenarioOf(item.scenarioId)!;
      expect(item.questions.map((question) => question.id)).toEqual(scenario.questions.map((question) => question.id));
      for (const question of item.questions) {
        const want = expected.questions.get(`${item.scenarioId}/${question.id}`)!;
        expect(question.students).toBe(want.students);
        expect(question.correct).toBe(want.correct);
        expect(question.facility).toBeCloseTo(want.correct / want.students, 9);
        const chosen = (id: string) => want.chosen.get(id) ?? 0;
        for (const option of question.options) {
          expect(option.count, `${item.scenarioId}/${question.id}/${option.id}`).toBe(chosen(option.id));
          expect(option.share).toBeCloseTo(chosen(option.id) / want.students, 9);
          checked += 1;
        }
        if (question.type !== 'spot') {
          const written = scenario.questions.find((candidate) => candidate.id === question.id)!;
          expect(question.options.map((option) => option.id)).toEqual(written.type === 'verdict' ? ['scam', 'legitimate'] : written.type === 'spot' ? [] : written.options.map((option) => option.id));
          continue;
        }
        const key = spotKeyLineIds(scenario);
        expect(question.missedKeyLines.map((line) => line.id).sort()).toEqual([...key].sort());
        for (const line of question.missedKeyLines) expect(line.count).toBe(want.students - chosen(line.id));
        const falselyMarked = [...want.chosen].filter(([id]) => !key.includes(id));
        expect(question.falselyMarkedLines.map((line) => [line.id, line.count]).sort()).toEqual(falselyMarked.sort());
        expect(question.falselyMarkedLines.map((line) => line.count)).toEqual([...question.falselyMarkedLines.map((line) => line.count)].sort((a, b) => b - a));
        checked += question.missedKeyLines.length + question.falselyMarkedLines.length;
      }
    }
    expect(checked).toBeGreaterThan(10);
    // Hand count: 13 students answered the re-buy decision, 8 of them right (students 0 to 7).
    const relink = analysis.value.scenarios.find((item) => item.scenarioId === 'relink-chat')!;
    expect(relink.questions[0].options.map((option) => [option.id, option.count, option.isKey])).toEqual([
      ['a', 5, false],
      ['b', 8, true],
    ]);
    expect(relink.questions[0].options[1].text).toBe('Check the order in the app');
  });

  it('is empty before anyone submits', async () => {
    const { staff, classroomId } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId, {}, T0);
    expect(await loadItemAnalysisSubmittingExpired(staff, assignmentId, content, T0)).toMatchObject({ ok: true, value: { students: 0, scenarios: [] } });
  });

  it('is shown only to the class’s trainer and admins', async () => {
    const { staff, assignmentId } = await seedClass();
    const otherTrainer = await createStaff('trainer');
    const admin = await createStaff('admin');
    expect(await loadItemAnalysisSubmittingExpired(otherTrainer, assignmentId, content, T0)).toEqual({ ok: false, code: 'assignment_not_found', message: 'errors.assignment.notFound' });
    expect(await loadItemAnalysisSubmittingExpired(staff, 'no-such-assignment', content, T0)).toMatchObject({ ok: false, code: 'assignment_not_found' });
    expect(await loadItemAnalysisSubmittingExpired(admin, assignmentId, content, T0)).toMatchObject({ ok: true });
  });
});
