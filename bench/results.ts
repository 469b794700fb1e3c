// `npm run bench:results`: times the trainer's results data load (overview, weak spots, who needs
// help) and the item analysis data load for one assignment of a class of 50 and of 500 students, 5,000 and 50,000 answers, on a
// fresh SQLite file, or PostgreSQL with --postgres-url. See docs/benchmarks.md.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { dropPostgresqlDatabase } from '../scripts/db/drop-postgresql-database.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const { values: flags } = parseArgs({ options: { 'postgres-url': { type: 'string' }, runs: { type: 'string', default: '15' } } });
const RUNS = Number(flags.runs);
const SIZES = [
  { students: 50, answers: 5_000 },
  { students: 500, answers: 50_000 },
];

const scratch = mkdtempSync(join(tmpdir(), 'scamsense-bench-results-'));
const postgresUrl = flags['postgres-url'];
const database = `scamsense_bench_results_${process.pid}`;
let databaseUrl = `file:${join(scratch, 'results.sqlite')}`;
if (postgresUrl) {
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();
  const address = new URL(postgresUrl);
  address.pathname = `/${database}`;
  databaseUrl = address.toString();
}
process.env.DATABASE_URL = databaseUrl;
execFileSync(process.execPath, [join(root, 'scripts/prepare-db.mjs')], { cwd: root, env: process.env, stdio: 'ignore' });

// Imported after DATABASE_URL is set: the client reads it once.
const { db } = await import('../src/server/db/client');
const { getContentLibrary } = await import('../src/server/content/library');
const { scenarioFacts } = await import('../src/server/content/scenario-facts');
const { getAssignmentResults } = await import('../src/server/db/results');
const { loadItemAnalysisSubmittingExpired } = await import('../src/server/db/item-analysis');
const { itemAnalysisRows } = await import('./item-analysis-rows');
const csvExport = await import('./results-export');

const library = getContentLibrary();
const set = [...library.sets.values()].sort((a, b) => b.scenarioIds.length - a.scenarioIds.length)[0];
const OUTCOMES = ['safe', 'fell_for_it', 'false_alarm'] as const;

/** One class, one assignment, every student with submitted attempts of decision and follow-up rows, about `answers` in all. */
async function seed(students: number, answers: number) {
  const trainerId = randomUUID();
  await db.user.create({ data: { id: trainerId, name: 'Bench Trainer', email: `${trainerId}@example.com`, role: 'trainer' } });
  const classroomId = randomUUID();
  await db.classroom.create({ data: { id: classroomId, name: `Bench ${students}`, trainerId, joinCode: randomUUID().slice(0, 8) } });
  const assignmentId = randomUUID();
  const now = new Date();
  await db.assignment.create({
    data: { id: assignmentId, classroomId, setId: set.id, opensAt: new Date(now.getTime() - 86_400_000), closesAt: new Date(now.getTime() + 86_400_000), attemptsAllowed: null, grading: 'highest', feedback: 'after-attempt', timeZone: 'Asia/Shanghai' },
  });
  const items = set.scenarioIds;
  // Two rows (decision and follow-ups) per scenario; as many attempts as reach `answers`.
  const attempts = Math.max(1, Math.round(answers / students / items.length / 2));
  const studentRows = Array.from({ length: students }, (_, index) => ({ id: randomUUID(), classroomId, displayName: `Student ${index + 1}`, studentNumber: String(index + 1), joinedAt: now }));
  await db.student.createMany({ data: studentRows });
  let seedValue = students;
  const random = () => (seedValue = (seedValue * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (const student of studentRows) {
    const attemptRows = Array.from({ length: attempts }, (_, index) => index + 1).map((attemptNumber) => ({
      id: randomUUID(),
      setId: set.id,
      ownerKey: randomUUID(),
      itemsJson: JSON.stringify(items),
      locale: 'zh-CN',
      status: 'submitted',
      startedAt: new Date(now.getTime() - 3_600_000 + attemptNumber * 600_000),
      submittedAt: new Date(now.getTime() - 3_000_000 + attemptNumber * 600_000 + random() * 300_000),
      assignmentId,
      studentId: student.id,
      attemptNumber,
      // Each student's first submitted attempt is marked, with its answers' facts, as submission marks it.
      firstSubmittedOf: attemptNumber === 1 ? assignmentId : null,
    }));
    const answerRows = attemptRows.flatMap((attempt) =>
      items.flatMap((scenarioId, position) => {
        const verdict = library.scenarios.get(scenarioId)!.byLocale['zh-CN'].verdict;
        const right = random() < 0.7;
        const outcome = right ? OUTCOMES[0] : verdict === 'scam' ? OUTCOMES[1] : OUTCOMES[2];
        const common = { attemptId: attempt.id, position, scenarioId, scenarioVersion: 'bench', responseJson: '{}' };
        return [
          { ...common, id: randomUUID(), clientAnswerId: randomUUID(), stage: 'decision', completesItem: false, score: right ? 0.5 : 0, decisionOutcome: outcome },
          { ...common, id: randomUUID(), clientAnswerId: randomUUID(), stage: 'follow-up', completesItem: true, score: right ? 0.5 * random() : 0, decisionOutcome: null },
        ];
      }),
    );
    const scores = new Map<string, number>();
    for (const row of answerRows) scores.set(row.attemptId, (scores.get(row.attemptId) ?? 0) + row.score);
    await db.attempt.createMany({ data: attemptRows.map((attempt) => ({ ...attempt, score: scores.get(attempt.id) ?? 0 })) });
    await db.answer.createMany({ data: answerRows });
    const firstOf = new Map(attemptRows.map((attempt) => [attempt.id, attempt.firstSubmittedOf]));
    const analysis = itemAnalysisRows(
      answerRows.map((row) => ({ ...row, firstSubmittedOf: firstOf.get(row.attemptId) ?? null })),
      (id) => library.scenarios.get(id)!.byLocale['zh-CN'],
      random,
    );
    await db.answerQuestion.createMany({ data: analysis.questions });
    await db.answerChoice.createMany({ data: analysis.choices });
  }
  const trainer = { kind: 'staff' as const, userId: trainerId, role: 'trainer' as const, name: 'Bench Trainer', email: `${trainerId}@example.com` };
  return { assignmentId, trainer, stored: await db.answer.count({ where: { attempt: { assignmentId } } }) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
console.log(`Results data load, ${postgresUrl ? 'PostgreSQL' : 'SQLite'}, set ${set.id}; load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
console.log('| class | answers in the assignment | answers in the database | median | p95 | slowest |');
console.log('| --- | --- | --- | --- | --- | --- |');
const itemTimes: string[] = [];
const csvLines: string[] = [];
const itemContent = { scenario: (id: string) => library.scenarios.get(id)?.byLocale['zh-CN'], scenarioIdsOf: (setId: string) => library.sets.get(setId)?.scenarioIds ?? [] };
try {
  for (const size of SIZES) {
    const { assignmentId, trainer, stored } = await seed(size.students, size.answers);
    const total = await db.answer.count();
    const times: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const started = performance.now();
      const results = await getAssignmentResults(trainer, assignmentId, scenarioFacts);
      const elapsed = performance.now() - started;
      if (!results.ok) throw new Error(`the results of ${assignmentId} were refused: ${results.code}`);
      if (results.value.overview.counts.submitted !== size.students) throw new Error(`expected ${size.students} submitted, got ${results.value.overview.counts.submitted}`);
      if (run > 0) times.push(elapsed); // the first run warms caches and the query planner
    }
    times.sort((a, b) => a - b);
    const ms = (value: number) => `${value.toFixed(1)} ms`;
    console.log(`| ${size.students} students | ${stored.toLocaleString('en')} | ${total.toLocaleString('en')} | ${ms(percentile(times, 50))} | ${ms(percentile(times, 95))} | ${ms(times.at(-1)!)} |`);
    // Item analysis (src/server/db/item-analysis.ts), the same way: one warm-up call, then RUNS timed ones.
    const itemRuns: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const started = performance.now();
      const items = await loadItemAnalysisSubmittingExpired(trainer, assignmentId, itemContent);
      const elapsed = performance.now() - started;
      if (!items.ok || items.value.students !== size.students) throw new Error(`the item analysis of ${assignmentId} counted ${items.ok ? items.value.students : items.code}, not ${size.students} students`);
      if (run > 0) itemRuns.push(elapsed);
    }
    itemRuns.sort((a, b) => a - b);
    csvLines.push(csvExport.csvExportLine(`${size.students} students`, stored, await csvExport.measureCsvExport(trainer, assignmentId)));
    itemTimes.push(`| ${size.students} students | ${stored.toLocaleString('en')} | ${ms(percentile(itemRuns, 50))} | ${ms(percentile(itemRuns, 95))} | ${ms(itemRuns.at(-1)!)} |`);
  }
  console.log('\nItem analysis data load');
  console.log('| class | answers in the assignment | median | p95 | slowest |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const line of itemTimes) console.log(line);
  // The CSV export (bench/results-export.ts), and a class of ten times the rows at the same answers.
  const wide = await csvExport.seedWideClass(set.id, 5_000, 5);
  csvLines.push(csvExport.csvExportLine('5000 students', wide.answers, await csvExport.measureCsvExport(wide.trainer, wide.assignmentId)));
  console.log('\nCSV export, streamed');
  for (const line of [...csvExport.CSV_EXPORT_HEADER, ...csvLines]) console.log(line);
} finally {
  await db.$disconnect();
  rmSync(scratch, { recursive: true, force: true });
  if (postgresUrl) {
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await dropPostgresqlDatabase(admin, database);
    await admin.end();
  }
}
