import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalizedScenario } from '@/domain/content/scenario';
import type { QuestionResponse } from '@/domain/quiz/schemas';
import type { Stage } from '@/domain/quiz/stages';
import { toPercent } from '@/domain/scoring/score-display';
import { scoreScenario } from '@/domain/scoring/score-scenario';
import { DEFAULT_LOCALE } from '@/domain/shared/locales';
import en from '@/i18n/messages/en.json';
import { formatMessage } from '@/i18n/translate';
import { inParallel } from '../../bench/answers';
import { clientAddress, readActionIds, type ActionIds } from '../../bench/http';
// @ts-expect-error -- plain ES module shared with npm start; it has no type declarations
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { testProvider } from '../setup/test-database';
import { freshPostgresDatabase, startAppInstance, type AppInstance } from './app-instances';
import { joinClass, loadSignedIn, postAnswer, signIn, startAssignment, type Reply, type StudentDevice } from './http-clients';

/*
 * Two production servers on one PostgreSQL database, as a deployment behind a load balancer runs
 * them. 200 students, half on each, join a class by its code, start an assignment and answer every
 * scenario over HTTP, right or wrong by a fixed plan, so each one's score is known beforehand. Each
 * holds back the last answer of the attempt; then all 200 send it in the same second, half of them
 * twice at once (a double click, to the other instance for some), a quarter cut off after a few
 * milliseconds and sent again. Afterwards the database must hold every answer exactly once and
 * every attempt submitted once with the planned score, and the trainer's report (its data, its
 * page and its CSV, each served by an instance) must show exactly those figures. Every reply must
 * be the answers route's acknowledgement (a repeated answer id is acknowledged as stored); a 5xx
 * anywhere is a failure.
 */

const STUDENTS = 200;
const PORTS = [3461, 3462];
const SET_ID = 'deliveries-and-friends-assessment';
const SECRET = 'two-instances-e2e-secret-0123456789abcdef';
const LOCALE = 'en';
/** Students getting ready at once before the burst. */
const PREPARE_CONCURRENCY = 16;
/** Address block of the simulated clients (see clientAddress). */
const ADDRESS_BLOCK = 46;
const root = resolve('.');

/** How a student sends the held-back last answer: once, twice at once (to one or both instances), or cut off and sent again. */
const LAST_SENDS = ['twice-same', 'twice-same', 'twice-across', 'twice-across', 'once', 'once', 'cut-then-same', 'cut-then-other'] as const;
type LastSend = (typeof LAST_SENDS)[number];

/** What student `student` gets right at `position`: a fixed pattern that mixes all four outcomes. */
function planOf(student: number, position: number): { decisionRight: boolean; followUpsRight: boolean } {
  return { decisionRight: (student + position) % 3 !== 0, followUpsRight: ((student >> position) & 1) === 0 };
}

/** The documented rule: a wrong decision scores 0, a right one 50 %, the follow-ups the other 50 %. */
function plannedScenarioScore(plan: { decisionRight: boolean; followUpsRight: boolean }, hasFollowUps: boolean): number {
  if (!plan.decisionRight) return 0;
  return !hasFollowUps || plan.followUpsRight ? 1 : 0.5;
}

type Step = { position: number; stage: Stage; clientAnswerId: string; body: string };
type Student = {
  index: number;
  displayName: string;
  home: AppInstance;
  other: AppInstance;
  device: StudentDevice;
  attemptId: string;
  /** Every stage of every scenario in play order; the last is held back for the burst. */
  steps: Step[];
  /** The attempt's planned score: the sum of its scenario scores, 0..items. */
  plannedScore: number;
  itemCount: number;
};

/** One request to the answers route and what came of it. */
type Exchange = { student: number; what: string; instance: string; sentAt: number; reply?: Reply; error?: string; isDeliberatelyCut?: boolean };

async function loadAppModules() {
  const [classes, answers, users, classrooms, assignments, library, client] = await Promise.all([
    import('../factories/classes'),
    import('../factories/answers'),
    import('../factories/users'),
    import('@/server/db/classrooms'),
    import('@/server/db/assignments'),
    import('@/server/content/library'),
    import('@/server/db/client'),
  ]);
  return { ...classes, ...answers, ...users, ...classrooms, ...assignments, ...library, db: client.db };
}

type App = Awaited<ReturnType<typeof loadAppModules>>;

const isAcknowledgement = (reply: Reply | undefined) => reply?.status === 200 && /^\{"ok":true\}$/.test(reply.body);

describe.skipIf(testProvider !== 'postgresql')(
  'two app instances on one PostgreSQL database (runs with SCAMSENSE_TEST_DATABASE=postgresql: npm run test:e2e:postgresql)',
  () => {
    let database: { url: string; drop: () => Promise<void> };
    let pool: pg.Pool;
    let app: App;
    let instances: AppInstance[] = [];
    let ids: ActionIds;
    let trainer: { email: string; viewer: Awaited<ReturnType<App['createStaff']>> };
    let classroom: { id: string; joinCode: string };
    let assignmentId: string;
    const students: Student[] = [];
    const exchanges: Exchange[] = [];
    let burst: { releasedAt: number; dispatchSpreadMs: number; seconds: number };

    beforeAll(async () => {
      buildIfNeeded();
      ids = readActionIds(root);
      database = await freshPostgresDatabase('e2e-two-instances');
      pool = new pg.Pool({ connectionString: database.url, max: 4 });
      // The data layer below seeds and reads the same database as the servers; set before it loads.
      process.env.DATABASE_URL = database.url;
      process.env.BETTER_AUTH_SECRET = SECRET;
      process.env.CONTENT_ROOT = root;
      app = await loadAppModules();
      const started = await Promise.allSettled(PORTS.map((port, index) => startAppInstance(`instance ${'AB'[index]}`, port, { DATABASE_URL: database.url, BETTER_AUTH_SECRET: SECRET })));
      // Kept even when the other failed, so afterAll stops it.
      instances = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
      const failed = started.find((result) => result.status === 'rejected');
      if (failed) throw failed.reason;

      const viewer = await app.createStaff();
      trainer = { email: viewer.email, viewer };
      classroom = await app.createClassroom(viewer, { name: 'Two instances' });
      const library = app.getContentLibrary();
      const now = Date.now();
      const created = await app.createAssignment(
        viewer,
        {
          classroomId: classroom.id,
          setId: SET_ID,
          timeZone: 'Asia/Shanghai',
          opensAt: new Date(now - 60 * 60_000),
          closesAt: new Date(now + 24 * 60 * 60_000),
          attemptsAllowed: 1,
          grading: 'highest',
          timeLimitMinutes: null,
          feedback: 'after-close',
          shuffleScenarios: true,
          shuffleOptions: true,
        },
        (setId) => library.sets.has(setId),
      );
      if (!created.ok) throw new Error(`creating the assignment failed: ${created.code}`);
      assignmentId = created.value.id;
      checkPlanFitsContent();
    });

    afterAll(async () => {
      // What the servers logged explains a refused or failed request.
      if (failedExchanges().length > 0) for (const instance of instances) console.log(`[two instances] ${instance.name} logged:\n${instance.log().slice(-4000)}`);
      await Promise.all(instances.map((instance) => instance.stop()));
      await app?.db.$disconnect();
      await pool?.end();
      await database?.drop();
    });

    function scenarioOf(id: string): LocalizedScenario {
      const scenario = app.getContentLibrary().scenarios.get(id)?.byLocale[DEFAULT_LOCALE];
      if (!scenario) throw new Error(`no scenario ${id} in the bundled content`);
      return scenario;
    }

    /** The answers the plan gives a scenario, by question id: the decision and the follow-ups each right or wrong. */
    function plannedResponses(scenarioId: string, plan: { decisionRight: boolean; followUpsRight: boolean }): Record<string, QuestionResponse> {
      const right = app.correctResponses(scenarioId);
      const wrong = app.wrongResponses(scenarioId);
      const [decision, ...followUps] = scenarioOf(scenarioId).questions;
      return {
        [decision.id]: (plan.decisionRight ? right : wrong)[decision.id],
        ...Object.fromEntries(followUps.map((question) => [question.id, (plan.followUpsRight ? right : wrong)[question.id]])),
      };
    }

    /** The plan's scores rest on the set's answer keys: every combination must score what the rule says, or the set changed under the test. */
    function checkPlanFitsContent(): void {
      const set = app.getContentLibrary().sets.get(SET_ID);
      if (!set) throw new Error(`the bundled content has no set ${SET_ID}`);
      for (const scenarioId of set.scenarioIds) {
        const scenario = scenarioOf(scenarioId);
        for (const decisionRight of [true, false]) {
          for (const followUpsRight of [true, false]) {
            const plan = { decisionRight, followUpsRight };
            const scored = scoreScenario(scenario, plannedResponses(scenarioId, plan));
            const planned = plannedScenarioScore(plan, scenario.questions.length > 1);
            if (!scored.ok || scored.value.score !== planned) {
              throw new Error(`scenario ${scenarioId} of ${SET_ID} no longer scores ${planned} for ${JSON.stringify(plan)}: pick a set whose keys fit this test's plan`);
            }
          }
        }
      }
    }

    async function readAttempt(attemptId: string): Promise<{ items: string[]; optionSeed: number | null }> {
      const { rows } = await pool.query<{ itemsJson: string; optionSeed: number | null }>('SELECT "itemsJson", "optionSeed" FROM "Attempt" WHERE "id" = $1', [attemptId]);
      if (rows.length !== 1) throw new Error(`attempt ${attemptId} is not in the database`);
      return { items: JSON.parse(rows[0].itemsJson) as string[], optionSeed: rows[0].optionSeed };
    }

    /** Every stage the student will send, with the responses the plan gives and the handles their attempt shows. */
    function plannedSteps(index: number, items: string[], optionSeed: number | null): { steps: Step[]; plannedScore: number } {
      const steps: Step[] = [];
      let plannedScore = 0;
      items.forEach((scenarioId, position) => {
        const scenario = scenarioOf(scenarioId);
        const plan = planOf(index, position);
        const responses = plannedResponses(scenarioId, plan);
        const stages: Stage[] = scenario.questions.length > 1 ? ['decision', 'follow-up'] : ['decision'];
        plannedScore += plannedScenarioScore(plan, stages.length > 1);
        for (const stage of stages) {
          const clientAnswerId = randomUUID();
          const body = JSON.stringify({ locale: LOCALE, position, stage, clientAnswerId, responses: app.encodeStage(scenario, stage, optionSeed, position, responses) });
          steps.push({ position, stage, clientAnswerId, body });
        }
      });
      return { steps, plannedScore };
    }

    /** Sends one step to `instance` and records what came back; a request cut off on purpose is recorded as such. */
    async function exchange(student: Student, step: Step, instance: AppInstance, what: string, cutAfterMs?: number): Promise<Exchange> {
      const record: Exchange = { student: student.index, what, instance: instance.name, sentAt: Date.now(), isDeliberatelyCut: cutAfterMs !== undefined };
      exchanges.push(record);
      try {
        record.reply = await postAnswer(instance.baseUrl, student.device, student.attemptId, step.body, cutAfterMs === undefined ? undefined : AbortSignal.timeout(cutAfterMs));
      } catch (error) {
        record.error = `${(error as Error).name}: ${(error as Error).message}`;
      }
      return record;
    }

    /** Joins, starts and answers everything but the last stage, half the students on each instance. */
    async function prepareStudent(index: number): Promise<Student> {
      const home = instances[index % 2];
      const other = instances[(index + 1) % 2];
      const displayName = `Student ${index + 1}`;
      const device = await joinClass(home.baseUrl, ids, classroom.joinCode, displayName, clientAddress(ADDRESS_BLOCK, index));
      const attemptId = await startAssignment(home.baseUrl, ids, device, assignmentId);
      const { items, optionSeed } = await readAttempt(attemptId);
      const student: Student = { index, displayName, home, other, device, attemptId, itemCount: items.length, ...plannedSteps(index, items, optionSeed) };
      for (const [number, step] of student.steps.slice(0, -1).entries()) {
        // Half the students sit behind a load balancer without sticky sessions: their answers alternate between the instances.
        const target = index % 4 >= 2 && number % 2 === 1 ? other : home;
        await exchange(student, step, target, `answer ${number + 1}`);
        // Some send their first answer again after it was acknowledged, to the other instance.
        if (number === 0 && index % 5 === 0) await exchange(student, step, target === home ? other : home, `answer ${number + 1} again`);
      }
      return student;
    }

    /** The held-back answer, sent as LAST_SENDS says for this student. */
    async function sendLast(student: Student): Promise<void> {
      const last = student.steps.at(-1)!;
      const send: LastSend = LAST_SENDS[student.index % LAST_SENDS.length];
      if (send === 'once') await exchange(student, last, student.home, 'last answer');
      if (send === 'twice-same' || send === 'twice-across') {
        await Promise.all([exchange(student, last, student.home, 'last answer'), exchange(student, last, send === 'twice-same' ? student.home : student.other, 'last answer, double click')]);
      }
      if (send === 'cut-then-same' || send === 'cut-then-other') {
        // Cut off after 1 to 41 ms: before, while or after the server stores it.
        await exchange(student, last, student.home, 'last answer, cut off', 1 + (student.index % 5) * 10);
        await exchange(student, last, send === 'cut-then-same' ? student.home : student.other, 'last answer, sent again');
      }
    }

    const failedExchanges = () =>
      exchanges
        .filter((record) => !isAcknowledgement(record.reply) && !(record.isDeliberatelyCut && record.error && /^(TimeoutError|AbortError)/.test(record.error)))
        .map((record) => `student ${record.student + 1}, ${record.what} at ${record.instance}: ${record.reply ? `${record.reply.status} ${record.reply.body.slice(0, 200)}` : record.error}`);

    it('takes 200 students, half on each instance, to the last answer of their attempt', { timeout: 300_000 }, async () => {
      const started = performance.now();
      students.push(...(await inParallel(STUDENTS, PREPARE_CONCURRENCY, prepareStudent)));
      console.log(`[two instances] ${STUDENTS} students joined, started and answered all but their last stage in ${((performance.now() - started) / 1000).toFixed(1)} s (${exchanges.length} answer requests)`);
      expect(failedExchanges()).toEqual([]);
      expect(new Set(students.map((student) => student.attemptId)).size).toBe(STUDENTS);
    });

    it('takes all 200 last answers in the same second, with double clicks and requests cut off and sent again', { timeout: 300_000 }, async () => {
      expect(students).toHaveLength(STUDENTS);
      const before = exchanges.length;
      let release!: () => void;
      const gate = new Promise<void>((open) => (release = open));
      const sends = students.map(async (student) => {
        await gate;
        await sendLast(student);
      });
      const releasedAt = Date.now();
      const started = performance.now();
      release();
      await Promise.all(sends);
      const burstExchanges = exchanges.slice(before);
      const firstSends = students.map((student) => Math.min(...burstExchanges.filter((record) => record.student === student.index).map((record) => record.sentAt)));
      burst = { releasedAt, dispatchSpreadMs: Math.max(...firstSends) - Math.min(...firstSends), seconds: (performance.now() - started) / 1000 };
      const cut = burstExchanges.filter((record) => record.isDeliberatelyCut);
      const serverErrors = exchanges.filter((record) => (record.reply?.status ?? 0) >= 500);
      console.log(
        `[two instances] burst: ${burstExchanges.length} requests for ${STUDENTS} last answers, sent within ${burst.dispatchSpreadMs} ms, all answered after ${burst.seconds.toFixed(1)} s; ` +
          `${cut.filter((record) => record.error).length} of ${cut.length} cut off before a reply; ${serverErrors.length} 5xx replies over the whole run`,
      );
      expect(serverErrors.map((record) => `student ${record.student + 1}, ${record.what} at ${record.instance}: ${record.reply!.status} ${record.reply!.body.slice(0, 200)}`)).toEqual([]);
      expect(failedExchanges()).toEqual([]);
      expect(burst.dispatchSpreadMs).toBeLessThan(1000);
      // The retries must really have followed a request the network cut off.
      expect(cut.filter((record) => record.error).length).toBeGreaterThan(0);
    });

    it('stores every answer exactly once and submits every attempt once with its planned score', async () => {
      const attempts = (
        await pool.query<{ id: string; studentId: string | null; assignmentId: string | null; status: string; submittedAt: Date | null; score: number | null; attemptNumber: number | null }>(
          'SELECT "id", "studentId", "assignmentId", "status", "submittedAt", "score", "attemptNumber" FROM "Attempt"',
        )
      ).rows;
      const answers = (
        await pool.query<{ clientAnswerId: string; attemptId: string; position: number; stage: string; score: number; answeredAt: Date }>(
          'SELECT "clientAnswerId", "attemptId", "position", "stage", "score", "answeredAt" FROM "Answer"',
        )
      ).rows;
      const studentRows = (await pool.query<{ id: string }>('SELECT "id" FROM "Student" WHERE "classroomId" = $1', [classroom.id])).rows;
      expect(studentRows).toHaveLength(STUDENTS);
      // No extra attempt anywhere: one per student, none started twice.
      expect(attempts).toHaveLength(STUDENTS);
      expect(new Set(attempts.map((attempt) => attempt.studentId)).size).toBe(STUDENTS);

      const slots = new Map<string, number>();
      for (const answer of answers) slots.set(`${answer.attemptId}/${answer.position}/${answer.stage}`, (slots.get(`${answer.attemptId}/${answer.position}/${answer.stage}`) ?? 0) + 1);
      expect([...slots].filter(([, count]) => count !== 1).map(([slot, count]) => `${slot} stored ${count} times`)).toEqual([]);

      const byClientId = new Map(answers.map((answer) => [answer.clientAnswerId, answer]));
      const sentIds = new Set(students.flatMap((student) => student.steps.map((step) => step.clientAnswerId)));
      const problems: string[] = [];
      for (const answer of answers) if (!sentIds.has(answer.clientAnswerId)) problems.push(`answer ${answer.clientAnswerId} was stored but never sent`);
      for (const student of students) {
        const who = `student ${student.index + 1}`;
        const attempt = attempts.find((row) => row.id === student.attemptId);
        if (!attempt) {
          problems.push(`${who}: attempt ${student.attemptId} is missing`);
          continue;
        }
        const stored = answers.filter((answer) => answer.attemptId === student.attemptId);
        for (const step of student.steps) {
          const answer = byClientId.get(step.clientAnswerId);
          if (!answer || answer.attemptId !== student.attemptId || answer.position !== step.position || answer.stage !== step.stage) {
            problems.push(`${who}: ${step.stage} at position ${step.position + 1} (${step.clientAnswerId}) is not stored as sent`);
          }
        }
        if (stored.length !== student.steps.length) problems.push(`${who}: ${stored.length} answers stored, ${student.steps.length} sent`);
        if (attempt.assignmentId !== assignmentId || attempt.attemptNumber !== 1) problems.push(`${who}: attempt ${attempt.attemptNumber} of assignment ${attempt.assignmentId}`);
        if (attempt.status !== 'submitted' || !attempt.submittedAt) problems.push(`${who}: attempt is ${attempt.status}, submitted at ${attempt.submittedAt}`);
        if (attempt.score !== student.plannedScore) problems.push(`${who}: score ${attempt.score}, planned ${student.plannedScore}`);
        const storedSum = stored.reduce((sum, answer) => sum + answer.score, 0);
        if (attempt.score !== storedSum) problems.push(`${who}: score ${attempt.score}, its answers sum to ${storedSum}`);
        // Submitted by the burst's last answer: not before any earlier answer, nor before the burst began (1 s for clock rounding).
        const last = student.steps.at(-1)!;
        const earlier = stored.filter((answer) => answer.clientAnswerId !== last.clientAnswerId).map((answer) => answer.answeredAt.getTime());
        const submittedAt = attempt.submittedAt?.getTime() ?? 0;
        if (submittedAt < Math.max(...earlier) || submittedAt < burst.releasedAt - 1000) problems.push(`${who}: submitted at ${attempt.submittedAt?.toISOString()}, before its last answer was sent`);
      }
      expect(problems).toEqual([]);
    });

    it("shows the trainer exactly the planned figures: the report's data, its page on one instance and its CSV on the other", { timeout: 120_000 }, async () => {
      const planned = new Map(students.map((student) => [student.displayName, student.plannedScore / student.itemCount]));
      const submittedAt = new Map(
        (await pool.query<{ id: string; submittedAt: Date }>('SELECT "id", "submittedAt" FROM "Attempt"')).rows.map((row) => [row.id, row.submittedAt.getTime()]),
      );

      // The data behind the page (and the CSV): getAssignmentReport.
      const report = await app.getAssignmentReport(trainer.viewer, assignmentId);
      if (!report.ok) throw new Error(`the report refused the trainer: ${report.code}`);
      const reported = report.value.students;
      expect(reported).toHaveLength(STUDENTS);
      expect(reported.filter((student) => !student.isRemoved && (student.status === 'submitted' || student.status === 'closed'))).toHaveLength(STUDENTS);
      const dataProblems = reported.flatMap((student) => {
        const attemptId = student.attempts[0]?.id;
        const expected = { status: 'submitted', attemptsUsed: 1, grade: planned.get(student.displayName), attemptGrade: planned.get(student.displayName), lastSubmittedAt: attemptId && submittedAt.get(attemptId) };
        const actual = { status: student.status, attemptsUsed: student.attemptsUsed, grade: student.grade, attemptGrade: student.attempts[0]?.grade, lastSubmittedAt: student.lastSubmittedAt?.getTime() };
        return JSON.stringify(actual) === JSON.stringify(expected) ? [] : [`${student.displayName}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`];
      });
      expect(dataProblems).toEqual([]);

      // Signed in on one instance, the session works on the other: the page comes from B, the CSV from A.
      const address = clientAddress(ADDRESS_BLOCK + 1, 1);
      const cookie = await signIn(instances[0].baseUrl, { email: trainer.email, password: app.TEST_PASSWORD }, address);
      const page = await loadSignedIn(`${instances[1].baseUrl}/${LOCALE}/trainer/assignments/${assignmentId}`, cookie, address);
      expect(page.status).toBe(200);
      expect(page.body).toContain(formatMessage(en['report.submissions'], { submitted: STUDENTS, total: STUDENTS }));
      const rows = page.body.split('class="report-row').slice(1);
      const onPage = new Map(rows.map((row) => [/<strong>(?:<a [^>]*>)?([^<]*)(?:<\/a>)?<\/strong>/.exec(row)?.[1] ?? '?', /class="report-grade">([^<]*)</.exec(row)?.[1]]));
      expect(onPage.size).toBe(STUDENTS);
      const pageProblems = [...planned].filter(([name, grade]) => onPage.get(name) !== formatMessage(en['summary.percent'], { percent: toPercent(grade) })).map(([name]) => `${name}: ${onPage.get(name)} on the page`);
      expect(pageProblems).toEqual([]);

      const csv = await loadSignedIn(`${instances[0].baseUrl}/api/assignments/${assignmentId}/results?locale=${LOCALE}`, cookie, address);
      expect(csv.status).toBe(200);
      const parsed = Papa.parse<Record<string, string>>(csv.body.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
      expect(parsed.data).toHaveLength(STUDENTS);
      const csvProblems = parsed.data
        .filter((row) => {
          const grade = planned.get(row[en['export.name']]);
          return grade === undefined || row[en['export.status']] !== en['assignment.status.submitted'] || row[en['export.attempts']] !== '1' || row[en['export.grade']] !== String(toPercent(grade));
        })
        .map((row) => JSON.stringify(row));
      expect(csvProblems).toEqual([]);
    });
  },
);
