// The measured student path, shared by `npm run bench` (bench/run.ts) and its smoke test
// (tests/e2e/bench-smoke.test.ts): each function loads a running ScamSense server over HTTP and
// checks in its database what the load left there.
import type { AnswerPlans } from './app-data';
import { answerRequest, inParallel, openPositions, startPracticeAttempt, type PracticeAttempt } from './answers';
import { clientAddress, isAcknowledged, pageHeaders, type ActionIds } from './http';
import { loadDistinctAnswers, loadPage, loadReplayedAnswer, type AnswerLoadResult, type LoadOptions, type LoadResult } from './load';
import { prepareSchool, readAnswerPlans, type AppEnv } from './setup';
import { runStudents, type StudentsResult } from './students';
import { readerOf, type AttemptsPerStudentCheck, type DatabaseReader, type Db, type StoredOnceCheck } from './verify';

/**
 * A running ScamSense server and what the suite needs to reach it and its data: `db` reads the
 * server's database, a SQLite handle (openDatabase) or a reader of either database (openDatabaseReader).
 */
export type Target = { root: string; baseUrl: string; ids: ActionIds; env: AppEnv; db: Db | DatabaseReader };

/** Address block of the anonymous visitors loading the home page (see clientAddress). */
const VISITOR_BLOCK = 3;

export function answerPlans(target: Target): AnswerPlans {
  return readAnswerPlans(target.root, target.env);
}

/** The practice set whose runs have the most scenarios, so each start opens the most positions. */
function largestPracticeSet(plans: AnswerPlans): { id: string; itemCount: number } {
  const set = plans.practiceSets[0];
  if (!set) throw new Error('the content library has no practice set');
  return set;
}

/** Starts `count` practice runs of the largest practice set through the home page's form, each on a new device, `concurrency` at a time. */
export function startPracticeAttempts(target: Target, plans: AnswerPlans, count: number, concurrency: number, firstIndex = 0): Promise<PracticeAttempt[]> {
  const set = largestPracticeSet(plans);
  return inParallel(count, concurrency, (index) => startPracticeAttempt(target.baseUrl, target.ids, set.id, firstIndex + index));
}

/** The home page `/en` for anonymous visitors. */
export function loadHomePage(target: Target, options: LoadOptions): Promise<LoadResult> {
  return loadPage('home page /en', `${target.baseUrl}/en`, pageHeaders(clientAddress(VISITOR_BLOCK, 1)), 'set-list', options);
}

export const QUESTION_PAGE_LINE = 'an unanswered question page';

/** The first question of `attempt`, not yet answered, loaded by the device that owns it. */
export function loadQuestionPage(target: Target, attempt: PracticeAttempt, options: LoadOptions): Promise<LoadResult> {
  return loadPage(QUESTION_PAGE_LINE, `${target.baseUrl}${attempt.path}`, pageHeaders(attempt.address, attempt.deviceKey), 'answer-form', options);
}

export type AnswerMeasures = {
  distinct: AnswerLoadResult;
  distinctCheck: StoredOnceCheck;
  replay: LoadResult & { acknowledgedCount: number };
  replayCheck: StoredOnceCheck;
  /** Practice runs started to open the positions answered, `connections` at a time, and how long that took. */
  attemptsStarted: number;
  startSeconds: number;
  positionsPrepared: number;
};

/**
 * Opens at least `positions` unanswered decisions (practice runs started over HTTP), answers a
 * different one with every request, then sends one stored answer again and again; afterwards
 * checks in the database that every acknowledged answer is stored exactly once.
 */
export async function measureAnswers(target: Target, plans: AnswerPlans, positions: number, options: LoadOptions, firstDeviceIndex = 1): Promise<AnswerMeasures> {
  const set = largestPracticeSet(plans);
  // One run more than the positions need: its first answer is the one replayed.
  const startedAt = performance.now();
  const started = await startPracticeAttempts(target, plans, Math.ceil(positions / set.itemCount) + 1, options.connections, firstDeviceIndex);
  const startSeconds = (performance.now() - startedAt) / 1000;
  const attempts = started.slice(0, -1);
  const replayAttempt = started.at(-1)!;
  const db = readerOf(target.db);
  const items = await db.attemptItems(started.map((attempt) => attempt.attemptId));
  const open = openPositions(attempts, (id) => items.get(id) ?? [], plans.decisions);

  // The replayed answer is stored once first, as a student's first click would.
  const [replayPosition] = openPositions([replayAttempt], (id) => items.get(id) ?? [], plans.decisions);
  const replayed = answerRequest(target.baseUrl, replayPosition);
  const first = await fetch(`${target.baseUrl}${replayed.path}`, { method: 'POST', headers: replayed.headers, body: replayed.body });
  const firstBody = await first.text();
  if (first.status !== 200 || !isAcknowledged(firstBody)) throw new Error(`the answer to replay was not stored: ${first.status} ${firstBody.slice(0, 200)}`);

  const distinct = await loadDistinctAnswers('answer submission, each a distinct answer', target.baseUrl, open, options);
  // Requests cut off when the run stopped may still be finishing on the server.
  await new Promise((done) => setTimeout(done, 1000));
  const distinctCheck = await db.checkStoredOnce(distinct.acknowledged, attempts.map((attempt) => attempt.attemptId));

  const replay = await loadReplayedAnswer('answer submission, the same answer id replayed', target.baseUrl, replayed, options);
  await new Promise((done) => setTimeout(done, 1000));
  const replayCheck = await db.checkStoredOnce([replayed.clientAnswerId], [replayAttempt.attemptId]);
  return { distinct, distinctCheck, replay, replayCheck, attemptsStarted: started.length, startSeconds, positionsPrepared: open.length };
}

export type StudentMeasures = { result: StudentsResult; check: AttemptsPerStudentCheck; classes: number; classSize: number; setId: string };

/**
 * A trainer's classes of at most `classSize` students, each with one assignment of `setId`
 * (made through the app's data layer), then `students` students joining by code, starting the
 * assignment and loading its first question over HTTP; afterwards every student that joined must
 * have exactly one attempt.
 */
export async function measureStudents(target: Target, students: number, concurrency: number, classSize: number, setId: string): Promise<StudentMeasures> {
  const classes = Math.max(1, Math.ceil(students / classSize));
  const school = prepareSchool(target.root, target.env, classes, setId);
  const result = await runStudents(target.baseUrl, target.ids, school.classes, students, concurrency);
  const joined = students - (result.errorsByStep['join page'] ?? 0) - (result.errorsByStep.join ?? 0);
  const check = await readerOf(target.db).checkOneAttemptPerStudent(
    school.classes.map((classroom) => classroom.id),
    joined,
  );
  return { result, check, classes, classSize, setId };
}
