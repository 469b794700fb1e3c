// The CSV export part of `npm run bench:results`: streams an assignment's results file the way the
// download route does and records the time and how much the heap and resident memory grow while
// it streams. Imported by bench/results.ts after DATABASE_URL is set. See docs/benchmarks.md.
import { randomUUID } from 'node:crypto';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { db } from '../src/server/db/client';
import { exportAssignmentResults } from '../src/server/assignments/export-results';
import { getContentLibrary } from '../src/server/content/library';

type Trainer = { kind: 'staff'; userId: string; role: 'trainer'; name: string; email: string };

// A collection before each run, so growth is measured from the same floor.
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;
const RUNS = 5;

export type CsvExportFigures = { rows: number; bytes: number; firstRowMs: number; totalMs: number; heapGrowthMb: number; rssGrowthMb: number };
export type CsvExportMeasurement = CsvExportFigures & { liveHeapGrowthMb: number };

/**
 * Streams the file once, reading every chunk as a browser would, sampling memory at each chunk.
 * With `collectEachChunk` the heap is collected before each sample, so the peak is what the
 * download keeps alive (slower, so not timed); without, it includes garbage not yet collected.
 */
async function streamOnce(trainer: Trainer, assignmentId: string, collectEachChunk = false): Promise<CsvExportFigures> {
  collectGarbage();
  const before = process.memoryUsage();
  let heapPeak = before.heapUsed;
  let rssPeak = before.rss;
  const started = performance.now();
  const exported = await exportAssignmentResults(trainer, assignmentId, 'zh-CN');
  if (!exported.ok) throw new Error(`the export of ${assignmentId} was refused: ${exported.code}`);
  const reader = exported.value.stream.getReader();
  let bytes = 0;
  let lineEnds = 0;
  let firstRowMs = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    for (const byte of chunk.value) if (byte === 10) lineEnds += 1;
    if (firstRowMs === 0 && lineEnds > 0) firstRowMs = performance.now() - started;
    if (collectEachChunk) collectGarbage();
    const now = process.memoryUsage();
    heapPeak = Math.max(heapPeak, now.heapUsed);
    rssPeak = Math.max(rssPeak, now.rss);
  }
  return { rows: lineEnds, bytes, firstRowMs, totalMs: performance.now() - started, heapGrowthMb: (heapPeak - before.heapUsed) / MB, rssGrowthMb: (rssPeak - before.rss) / MB };
}

/** The median time of RUNS runs after a warm-up, the largest memory growth any run saw, and the live heap growth of one more run. */
export async function measureCsvExport(trainer: Trainer, assignmentId: string): Promise<CsvExportMeasurement> {
  await streamOnce(trainer, assignmentId);
  const runs: CsvExportFigures[] = [];
  for (let run = 0; run < RUNS; run += 1) runs.push(await streamOnce(trainer, assignmentId));
  const median = (pick: (figures: CsvExportFigures) => number) => runs.map(pick).sort((a, b) => a - b)[Math.floor(RUNS / 2)];
  return {
    rows: runs[0].rows,
    bytes: runs[0].bytes,
    firstRowMs: median((figures) => figures.firstRowMs),
    totalMs: median((figures) => figures.totalMs),
    heapGrowthMb: Math.max(...runs.map((figures) => figures.heapGrowthMb)),
    rssGrowthMb: Math.max(...runs.map((figures) => figures.rssGrowthMb)),
    liveHeapGrowthMb: (await streamOnce(trainer, assignmentId, true)).heapGrowthMb,
  };
}

/**
 * A class of `students` with one submitted attempt each over the set's first `scenarios` scenarios
 * (a decision and a follow-up row per scenario): many rows for few answers each, so the file has
 * ten times the rows of the largest class above at the same number of answers.
 */
export async function seedWideClass(setId: string, students: number, scenarios: number): Promise<{ assignmentId: string; trainer: Trainer; answers: number }> {
  const library = getContentLibrary();
  const items = library.sets.get(setId)!.scenarioIds.slice(0, scenarios);
  const trainerId = randomUUID();
  await db.user.create({ data: { id: trainerId, name: 'Bench Trainer', email: `${trainerId}@example.com`, role: 'trainer' } });
  const classroomId = randomUUID();
  await db.classroom.create({ data: { id: classroomId, name: `Bench wide ${students}`, trainerId, joinCode: randomUUID().slice(0, 8) } });
  const assignmentId = randomUUID();
  const now = new Date();
  await db.assignment.create({
    data: { id: assignmentId, classroomId, setId, opensAt: new Date(now.getTime() - 86_400_000), closesAt: new Date(now.getTime() + 86_400_000), attemptsAllowed: null, grading: 'highest', feedback: 'after-attempt', timeZone: 'Asia/Shanghai' },
  });
  let answers = 0;
  const BATCH = 500;
  for (let first = 0; first < students; first += BATCH) {
    const studentRows = Array.from({ length: Math.min(BATCH, students - first) }, (_, index) => ({ id: randomUUID(), classroomId, displayName: `学员 ${first + index + 1}`, studentNumber: String(first + index + 1), joinedAt: now }));
    await db.student.createMany({ data: studentRows });
    const attemptRows = studentRows.map((student, index) => ({
      id: randomUUID(),
      setId,
      ownerKey: randomUUID(),
      itemsJson: JSON.stringify(items),
      locale: 'zh-CN',
      status: 'submitted',
      startedAt: new Date(now.getTime() - 3_600_000),
      submittedAt: new Date(now.getTime() - 3_000_000 + index),
      assignmentId,
      studentId: student.id,
      attemptNumber: 1,
      firstSubmittedOf: assignmentId,
      score: items.length / 2,
    }));
    await db.attempt.createMany({ data: attemptRows });
    const answerRows = attemptRows.flatMap((attempt) =>
      items.flatMap((scenarioId, position) => {
        const common = { attemptId: attempt.id, position, scenarioId, scenarioVersion: 'bench', responseJson: '{}' };
        return [
          { ...common, id: randomUUID(), clientAnswerId: randomUUID(), stage: 'decision', completesItem: false, score: 0.5, decisionOutcome: position % 2 ? 'safe' : 'fell_for_it' },
          { ...common, id: randomUUID(), clientAnswerId: randomUUID(), stage: 'follow-up', completesItem: true, score: 0, decisionOutcome: null },
        ];
      }),
    );
    await db.answer.createMany({ data: answerRows });
    answers += answerRows.length;
  }
  return { assignmentId, trainer: { kind: 'staff', userId: trainerId, role: 'trainer', name: 'Bench Trainer', email: `${trainerId}@example.com` }, answers };
}

/** One line of the CSV table in docs/benchmarks.md. */
export function csvExportLine(label: string, answers: number, figures: CsvExportMeasurement): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const mb = (value: number) => `${value.toFixed(1)} MB`;
  return `| ${label} | ${answers.toLocaleString('en')} | ${figures.rows.toLocaleString('en')} | ${(figures.bytes / 1024).toFixed(0)} KB | ${ms(figures.firstRowMs)} | ${ms(figures.totalMs)} | ${mb(figures.liveHeapGrowthMb)} | ${mb(figures.heapGrowthMb)} | ${mb(figures.rssGrowthMb)} |`;
}

export const CSV_EXPORT_HEADER = ['| class | answers in the assignment | rows | file | first row | whole file | live heap growth | heap growth with garbage | RSS growth |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
