import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/assignments/[assignmentId]/results/route';
import type { GradingMethod } from '@/domain/assignments/schemas';
import { planAttemptItems } from '@/domain/quiz/plan-attempt';
import { formatDateTime } from '@/domain/shared/time-zones';
import en from '@/i18n/messages/en.json';
import { exportAssignmentResults } from '@/server/assignments/export-results';
import { getContentLibrary } from '@/server/content/library';
import { getAssignmentReport, startAssignmentAttempt } from '@/server/db/assignments';
import { submitAttempt } from '@/server/db/attempts';
import { removeStudent } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { answerScenario } from '../../../factories/answers';
import { correctResponses, createClassWithTrainer, createStaff, createTestAssignment, joinAsStudent, wrongResponses } from '../../../factories/classes';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';

/*
 * The streamed results CSV against a real database: every cell checked against a slow reference
 * computed here from the raw attempt and answer rows; the rows of one page are written before the
 * next page is read; a failure part-way errors the download instead of ending it short.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const SCENARIOS = ['relink-chat', 'refund-call', 'real-notice'];
const MINUTE = 60_000;

/** Joins one after another a few milliseconds apart, so the join order is the listing order. */
async function joinInOrder(joinCode: string, name: string, number: string | null = null) {
  await new Promise((resolve) => setTimeout(resolve, 3));
  return joinAsStudent(joinCode, name, number);
}

/** What a student does on each scenario: everything right, everything wrong, or the decision right and the rest wrong. */
type Plan = ('right' | 'wrong' | 'decision-only')[];

function responsesFor(scenarioId: string, how: Plan[number]) {
  if (how !== 'decision-only') return how === 'right' ? correctResponses(scenarioId) : wrongResponses(scenarioId);
  const right = correctResponses(scenarioId);
  const wrong = wrongResponses(scenarioId);
  const [decision] = Object.keys(right);
  return { ...wrong, [decision]: right[decision] };
}

/**
 * A class with every kind of row: several submitted attempts, a tie for the highest grade, an
 * attempt in progress, partial answers, a student who never started, a removed student with an
 * attempt and one without, and a name that looks like a formula. Attempts start a minute apart.
 */
async function seedClass(grading: GradingMethod) {
  const { staff, classroomId, joinCode } = await createClassWithTrainer('Class 5C');
  const start = new Date(Date.now() - 30 * MINUTE);
  const assignmentId = await createTestAssignment(staff, classroomId, { attemptsAllowed: 3, grading }, start);
  const library = getContentLibrary();
  let clock = start.getTime();
  const students: Record<string, Awaited<ReturnType<typeof joinAsStudent>>> = {};
  const runs: [string, string | null, (Plan | { partial: Plan })[]][] = [
    ['Ann', '2026001', [['right', 'right', 'right'], ['wrong', 'wrong', 'wrong']]],
    ['Bo', '2026002', [['wrong', 'wrong', 'wrong'], ['decision-only', 'right', 'wrong']]],
    // Equal first and second attempts by score, different by scenario: which one counts shows.
    ['Gu', null, [['right', 'wrong', 'wrong'], ['wrong', 'right', 'wrong'], ['wrong', 'wrong', 'decision-only']]],
    ['Cy', '2026004', [{ partial: ['right'] }]],
    ['Di', null, []],
    ['@SUM(1)', '-5', [['decision-only', 'decision-only', 'wrong']]],
    ['Ed', '2026007', [['right', 'wrong', 'right']]],
    ['Fay', null, []],
    // Submitted with only the first scenario answered: the others are empty, not 0.
    ['Hu', null, [{ partial: ['wrong'] }, { partial: [] }]],
  ];
  for (const [name, number, attempts] of runs) {
    const student = await joinInOrder(joinCode, name, number);
    students[name] = student;
    for (const [index, attempt] of attempts.entries()) {
      clock += MINUTE;
      const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en', new Date(clock));
      if (!started.ok) throw new Error(started.code);
      const plan = 'partial' in attempt ? attempt.partial : attempt;
      for (const [position, how] of plan.entries()) await answerScenario(student.device, started.value.attemptId, position, responsesFor(SCENARIOS[position], how), new Date(clock + 1000));
      const isLastOfCy = name === 'Cy' && index === attempts.length - 1;
      if ('partial' in attempt && !isLastOfCy) await submitAttempt(student.device, started.value.attemptId, new Date(clock + 2000));
    }
  }
  await removeStudent(staff, classroomId, students.Ed.studentId);
  await removeStudent(staff, classroomId, students.Fay.studentId);
  return { staff, classroomId, assignmentId, students };
}

/**
 * The file as it should be, computed the slow way from raw rows: each student's submitted attempts
 * oldest first, the graded one picked by the method, its answer rows summed per scenario.
 */
async function reference(staff: Awaited<ReturnType<typeof seedClass>>['staff'], assignmentId: string, grading: GradingMethod) {
  const report = await getAssignmentReport(staff, assignmentId);
  if (!report.ok) throw new Error(report.code);
  const attempts = await db.attempt.findMany({ where: { assignmentId } });
  const answers = await db.answer.findMany({ where: { attempt: { assignmentId } } });
  return report.value.students.map((student) => {
    const submitted = attempts.filter((attempt) => attempt.studentId === student.studentId && attempt.status === 'submitted').sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime());
    const fraction = (attempt: (typeof attempts)[number]) => (attempt.score ?? 0) / (JSON.parse(attempt.itemsJson) as string[]).length;
    let graded: (typeof attempts)[number] | undefined;
    if (grading === 'first') graded = submitted[0];
    else if (grading === 'last') graded = submitted[submitted.length - 1];
    else {
      const best = Math.max(...submitted.map(fraction));
      graded = submitted.find((attempt) => fraction(attempt) === best);
    }
    const own = answers.filter((answer) => answer.attemptId === graded?.id);
    const cells = SCENARIOS.map((id) => {
      const rows = own.filter((answer) => answer.scenarioId === id);
      return rows.length === 0 ? '' : String(Math.round(rows.reduce((sum, answer) => sum + answer.score, 0) * 100));
    });
    const count = (outcome: string) => (graded ? String(own.filter((answer) => answer.decisionOutcome === outcome).length) : '');
    return [
      student.displayName,
      student.studentNumber ?? '',
      en[`assignment.status.${student.status}`],
      String(attempts.filter((attempt) => attempt.studentId === student.studentId).length),
      graded ? String(Math.round(fraction(graded) * 100)) : '',
      student.lastSubmittedAt ? formatDateTime(student.lastSubmittedAt, 'en', 'Asia/Shanghai') : '',
      student.isRemoved ? en['export.yes'] : '',
      ...cells,
      count('fell_for_it'),
      count('false_alarm'),
    ];
  });
}

async function download(assignmentId: string, locale = 'en') {
  return GET(new Request(`http://localhost:3000/api/assignments/${assignmentId}/results?locale=${locale}`), { params: Promise.resolve({ assignmentId }) });
}

/** The bytes as text, keeping the BOM (Response.text() would drop it). */
async function readAll(body: ReadableStream<Uint8Array> | Response): Promise<string> {
  const bytes = await (body instanceof Response ? body : new Response(body)).arrayBuffer();
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}

const unescape = (cell: string) => cell.replace(/^'/, '');

describe('the streamed results CSV', () => {
  it.each(['highest', 'last', 'first'] as const)('matches a slow reference computed from the raw answers, cell by cell, graded by %s', async (grading) => {
    const { staff, assignmentId } = await seedClass(grading);
    await actAsStaff(staff.email);
    const response = await download(assignmentId);
    expect(response.status).toBe(200);
    const text = await readAll(response);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { newline: '\r\n' }).data;
    const titles = SCENARIOS.map((id, index) => `${index + 1}. ${getContentLibrary().scenarios.get(id)!.byLocale.en.title} (%)`);
    expect(rows[0]).toEqual([en['export.name'], en['export.number'], en['export.status'], en['export.attempts'], en['export.grade'], en['export.lastSubmitted'], en['export.removed'], ...titles, en['export.fellForIt'], en['export.falseAlarms']]);
    const expected = await reference(staff, assignmentId, grading);
    // Fay (removed, no attempt) is left out, as on the assignment page; Ed (removed, one attempt) stays.
    expect(expected.map((row) => row[0])).toEqual(['Ann', 'Bo', 'Gu', 'Cy', 'Di', '@SUM(1)', 'Ed', 'Hu']);
    expect(rows.slice(1).map((row) => row.map(unescape))).toEqual(expected);
    // The formula-like name and number arrive escaped.
    expect(rows[6].slice(0, 2)).toEqual(["'@SUM(1)", "'-5"]);

    // The same bytes whatever the page size.
    const paged = await exportAssignmentResults(staff, assignmentId, 'en', { pageSize: 2 });
    if (!paged.ok) throw new Error(paged.code);
    expect(await readAll(paged.value.stream)).toBe(text);
  });

  it('counts the earliest of equal highest attempts, and sums each scenario over its stages', async () => {
    const { staff, assignmentId } = await seedClass('highest');
    const exported = await exportAssignmentResults(staff, assignmentId, 'en');
    if (!exported.ok) throw new Error(exported.code);
    const rows = Papa.parse<string[]>((await readAll(exported.value.stream)).slice(1), { newline: '\r\n' }).data;
    const byName = new Map(rows.map((row) => [row[0], row]));
    // Gu: 1 of 3 in the first two attempts; the first counts: relink right, the rest wrong.
    expect(byName.get('Gu')!.slice(3, 10)).toEqual(['3', '33', expect.any(String), '', '100', '0', '0']);
    // Bo's second attempt: decision right only (50), all right (100), all wrong (0).
    expect(byName.get('Bo')!.slice(7, 10)).toEqual(['50', '100', '0']);
    expect(byName.get('Hu')!.slice(7, 10)).toEqual(['0', '', '']);
    expect(byName.get('Cy')!.slice(4, 12)).toEqual(['', '', '', '', '', '', '', '']);
  });

  it('writes the rows of a page before it reads the next one', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    const students = [];
    for (const name of ['S1', 'S2', 'S3', 'S4', 'S5']) students.push(await joinInOrder(joinCode, name));
    const exported = await exportAssignmentResults(staff, assignmentId, 'en', { pageSize: 2 });
    if (!exported.ok) throw new Error(exported.code);
    const reader = exported.value.stream.getReader();
    const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
    const header = decoder.decode((await reader.read()).value);
    expect(header.startsWith('\uFEFFName,')).toBe(true);
    const first = decoder.decode((await reader.read()).value);
    expect(first).toMatch(/^\r\nS1,.*\r\nS2,/s);
    // Given time to read ahead, a stream that buffered would now hold every page. It must not have
    // read the last one: a rename now shows in the file.
    await new Promise((resolve) => setTimeout(resolve, 200));
    await db.student.update({ where: { id: students[4].studentId }, data: { displayName: 'S5 renamed' } });
    let rest = '';
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) rest += decoder.decode(chunk.value);
    expect(rest).toMatch(/^\r\nS3,.*\r\nS4,.*\r\nS5 renamed,/s);
  });

  describe('when the database fails part-way', () => {
    afterEach(async () => {
      // Put the table back for the next test, whatever happened.
      await db.$executeRawUnsafe('ALTER TABLE "AnswerMoved" RENAME TO "Answer"').catch(() => undefined);
    });

    it('errors the download instead of ending a short file that looks complete', async () => {
      const { staff, classroomId, joinCode } = await createClassWithTrainer();
      const assignmentId = await createTestAssignment(staff, classroomId);
      const library = getContentLibrary();
      for (const name of ['S1', 'S2', 'S3', 'S4', 'S5']) {
        const student = await joinInOrder(joinCode, name);
        const started = await startAssignmentAttempt(student.device, assignmentId, (setId) => planAttemptItems(library.sets.get(setId)!), 'en');
        if (!started.ok) throw new Error(started.code);
        await answerScenario(student.device, started.value.attemptId, 0, correctResponses(SCENARIOS[0]));
        await submitAttempt(student.device, started.value.attemptId);
      }
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      const exported = await exportAssignmentResults(staff, assignmentId, 'en', { pageSize: 2 });
      if (!exported.ok) throw new Error(exported.code);
      const reader = exported.value.stream.getReader();
      await reader.read(); // the header
      await reader.read(); // the first page
      await db.$executeRawUnsafe('ALTER TABLE "Answer" RENAME TO "AnswerMoved"');
      await expect(reader.read()).rejects.toThrow();
      expect(errors).toHaveBeenCalledWith(expect.stringContaining('failed after 2 students'), expect.anything());
      errors.mockRestore();
    });
  });
});

describe('who may download the results', () => {
  it('gives them to an admin', async () => {
    const { staff, classroomId, joinCode } = await createClassWithTrainer();
    const assignmentId = await createTestAssignment(staff, classroomId);
    await joinAsStudent(joinCode, 'Ann');
    await actAsStaff((await createStaff('admin')).email);
    const response = await download(assignmentId);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Ann,');
  });

  it.each([
    ['another trainer', 404],
    ['a student of the class', 401],
    ['a signed-out visitor', 401],
  ] as const)('refuses %s before writing anything, and changes nothing', async (caller, status) => {
    const { assignmentId, students } = await seedClass('highest');
    const before = await db.attempt.findMany({ orderBy: { id: 'asc' } });
    if (caller === 'another trainer') await actAsStaff((await createStaff()).email);
    if (caller === 'a student of the class') actAsDevice(students.Cy.device);
    if (caller === 'a signed-out visitor') resetRequest();
    const response = await download(assignmentId);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const body = await response.text();
    expect(body).not.toContain('Ann');
    expect(body).not.toContain(en['export.name']);
    expect(await db.attempt.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});
