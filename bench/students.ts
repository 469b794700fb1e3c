// The start of a lesson: students open their class's join link, join with a display name, start
// the assignment on "my assignments" and load its first question, each over real HTTP with its own
// device cookie and address, `concurrency` students at a time.
import type { SchoolClass } from './app-data';
import { inParallel } from './answers';
import { actionFormBody, actionHeaders, actionRedirectOf, clientAddress, deviceCookieOf, pageHeaders, routerStateTree, timedFetch, type ActionIds } from './http';
import { percentile } from './stats';

const LOCALE = 'en';
/** Address block of the simulated students (see clientAddress). */
const STUDENT_BLOCK = 1;

export const STUDENT_STEPS = ['join page', 'join', 'start', 'first question'] as const;
export type StudentStep = (typeof STUDENT_STEPS)[number];

type StudentOutcome = { ms: Partial<Record<StudentStep, number>>; totalMs: number; failedStep?: StudentStep; failure?: string };

class StepFailed extends Error {
  constructor(
    readonly step: StudentStep,
    message: string,
  ) {
    super(message);
  }
}

/** One student's way from the join link to the first question; throws StepFailed on the first wrong answer. */
async function oneStudent(baseUrl: string, ids: ActionIds, classroom: SchoolClass, index: number, ms: Partial<Record<StudentStep, number>>): Promise<void> {
  const address = clientAddress(STUDENT_BLOCK, index);
  const joinPath = `/${LOCALE}/join/${classroom.joinCode}`;

  const page = await timedFetch(`${baseUrl}${joinPath}`, { headers: pageHeaders(address) });
  ms['join page'] = page.ms;
  if (page.value.response.status !== 200 || !page.value.body.includes('name="displayName"')) throw new StepFailed('join page', `${page.value.response.status}: ${page.value.body.slice(0, 160)}`);

  const joinForm = actionFormBody({ locale: LOCALE, code: classroom.joinCode, displayName: `Student ${index + 1}`, studentNumber: '' }, '[{"status":"idle"},"$K1"]');
  const join = await timedFetch(`${baseUrl}${joinPath}`, {
    method: 'POST',
    headers: actionHeaders(baseUrl, ids.joinClassAction, routerStateTree(LOCALE, ['join', ['code', classroom.joinCode]]), address, undefined, joinForm.contentType),
    body: joinForm.body,
  });
  ms.join = join.ms;
  const deviceKey = deviceCookieOf(join.value.response);
  if (actionRedirectOf(join.value.response) !== `/${LOCALE}/my` || !deviceKey) throw new StepFailed('join', `${join.value.response.status}, no way to "my assignments": ${refusalText(join.value.body)}`);

  const startForm = actionFormBody({ assignmentId: classroom.assignmentId, locale: LOCALE }, '["$K1"]');
  const start = await timedFetch(`${baseUrl}/${LOCALE}/my`, {
    method: 'POST',
    headers: actionHeaders(baseUrl, ids.startAssignmentAction, routerStateTree(LOCALE, ['my']), address, deviceKey, startForm.contentType),
    body: startForm.body,
  });
  ms.start = start.ms;
  const attemptPath = actionRedirectOf(start.value.response);
  if (!attemptPath || !/^\/en\/attempts\/[^/?]+$/.test(attemptPath)) throw new StepFailed('start', `${start.value.response.status}, sent to ${attemptPath ?? 'nowhere'}`);

  // The attempt's page sends the browser on to its first unanswered step; the first question is step 1.
  const question = await timedFetch(`${baseUrl}${attemptPath}/1`, { headers: pageHeaders(address, deviceKey) });
  ms['first question'] = question.ms;
  if (question.value.response.status !== 200 || !question.value.body.includes('answer-form')) {
    throw new StepFailed('first question', `${question.value.response.status}: ${question.value.body.slice(0, 160)}`);
  }
}

/** The message of a refused form in a flight response, when one is there. */
function refusalText(body: string): string {
  return /"message":"([^"]*)"/.exec(body)?.[1] ?? body.slice(0, 160);
}

export type StudentsResult = {
  students: number;
  concurrency: number;
  classes: number;
  wallSeconds: number;
  /** Per step, over the students that reached it. */
  steps: { step: StudentStep; count: number; p50: number; p99: number }[];
  /** Join link to first question, per student that got there. */
  perStudent: { p50: number; p99: number };
  errors: number;
  errorsByStep: Partial<Record<StudentStep, number>>;
  /** Distinct failure messages with their counts, most frequent first. */
  failures: { step: StudentStep; message: string; count: number }[];
};

/** Sends `count` students through the start, `concurrency` at a time, student i into class i mod classes.length. */
export async function runStudents(baseUrl: string, ids: ActionIds, classes: SchoolClass[], count: number, concurrency: number): Promise<StudentsResult> {
  const started = performance.now();
  const outcomes = await inParallel(count, concurrency, async (index): Promise<StudentOutcome> => {
    const ms: Partial<Record<StudentStep, number>> = {};
    const from = performance.now();
    try {
      await oneStudent(baseUrl, ids, classes[index % classes.length], index, ms);
      return { ms, totalMs: performance.now() - from };
    } catch (error) {
      const step = error instanceof StepFailed ? error.step : (STUDENT_STEPS.find((candidate) => ms[candidate] === undefined) ?? 'first question');
      return { ms, totalMs: performance.now() - from, failedStep: step, failure: (error as Error).message };
    }
  });
  const wallSeconds = (performance.now() - started) / 1000;
  const failed = outcomes.filter((outcome) => outcome.failedStep);
  const failures = new Map<string, { step: StudentStep; message: string; count: number }>();
  for (const outcome of failed) {
    const key = `${outcome.failedStep}\n${outcome.failure}`;
    const entry = failures.get(key) ?? { step: outcome.failedStep!, message: outcome.failure!, count: 0 };
    entry.count += 1;
    failures.set(key, entry);
  }
  const errorsByStep: Partial<Record<StudentStep, number>> = {};
  for (const outcome of failed) errorsByStep[outcome.failedStep!] = (errorsByStep[outcome.failedStep!] ?? 0) + 1;
  const succeeded = outcomes.filter((outcome) => !outcome.failedStep).map((outcome) => outcome.totalMs);
  return {
    students: count,
    concurrency,
    classes: Math.min(classes.length, count),
    wallSeconds,
    steps: STUDENT_STEPS.map((step) => {
      const times = outcomes.flatMap((outcome) => (outcome.ms[step] === undefined ? [] : [outcome.ms[step]!]));
      return { step, count: times.length, p50: percentile(times, 50), p99: percentile(times, 99) };
    }),
    perStudent: { p50: percentile(succeeded, 50), p99: percentile(succeeded, 99) },
    errors: failed.length,
    errorsByStep,
    failures: [...failures.values()].sort((a, b) => b.count - a.count),
  };
}
