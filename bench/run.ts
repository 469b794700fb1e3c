// `npm run bench`: measures the student path of a production build against a bare Next.js page in
// one run, and checks what the load left in the database. See docs/benchmarks.md.
//   npm run bench                       50 connections, 10 s per load, 2,000 students 100 at a time
//   npm run bench -- --quick            3 s per load, 200 students
//   npm run bench -- --duration 20 --connections 100 --students 500 --concurrency 50 --class-size 40
//   npm run bench -- --database postgresql --postgres-url postgresql://user:password@host:5432/postgres
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEVICE_COOKIE, readActionIds } from './http';
import { loadPage, type LoadResult } from './load';
import { browserTable, measureInBrowser, type BrowserMeasure } from './browser';
import { describeProfiles } from './profile';
import { loadNotes, loadTable, megabytes, storedOnceLine, studentsTable } from './report';
import { BENCH_PROVIDERS, createBenchDatabase, type BenchDatabase, type BenchProvider } from './database';
import { buildApp, buildReference, prepareDatabase, RssSampler, startApp, startReference, type Server } from './servers';
import { answerPlans, QUESTION_PAGE_LINE, loadHomePage, loadQuestionPage, measureAnswers, measureStudents, startPracticeAttempts, type AnswerMeasures, type StudentMeasures, type Target } from './suite';
import { openDatabaseReader, type DatabaseReader } from './verify';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const BUILD_LOCK = '/tmp/scamsense-build.lock';
const LOCK_HELD = 'SCAMSENSE_BENCH_LOCK_HELD';

const USAGE = `Usage: npm run bench -- [--duration 10] [--connections 50] [--students 2000] [--concurrency 100]
                       [--class-size 40] [--set deliveries-and-friends-assessment] [--positions N]
                       [--port 3490] [--reference-port 3491] [--quick] [--only browser,pages,answers,students]
                       [--database sqlite|postgresql] [--postgres-url <url>]
                       [--json results.json] [--keep] [--profile <folder>]
The PostgreSQL address may come from SCAMSENSE_BENCH_POSTGRES_URL instead of --postgres-url.`;

const { values: flags } = parseArgs({
  options: {
    duration: { type: 'string' },
    connections: { type: 'string', default: '50' },
    students: { type: 'string' },
    concurrency: { type: 'string', default: '100' },
    'class-size': { type: 'string', default: '40' },
    set: { type: 'string', default: 'deliveries-and-friends-assessment' },
    positions: { type: 'string' },
    port: { type: 'string', default: '3490' },
    'reference-port': { type: 'string', default: '3491' },
    quick: { type: 'boolean', default: false },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
    profile: { type: 'string' },
    only: { type: 'string', default: 'browser,pages,answers,students' },
    database: { type: 'string', default: 'sqlite' },
    'postgres-url': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    console.error(`--${name} must be a whole number of at least 1, not "${value}".\n${USAGE}`);
    process.exit(2);
  }
  return Number(value);
}

const PARTS = ['browser', 'pages', 'answers', 'students'];
const parts = new Set(flags.only.split(',').map((part) => part.trim()));
for (const part of parts) {
  if (!PARTS.includes(part)) {
    console.error(`--only takes a comma-separated list of ${PARTS.join(', ')}; "${part}" is none of them.\n${USAGE}`);
    process.exit(2);
  }
}

if (!(BENCH_PROVIDERS as readonly string[]).includes(flags.database)) {
  console.error(`--database takes ${BENCH_PROVIDERS.join(' or ')}, not "${flags.database}".\n${USAGE}`);
  process.exit(2);
}
const provider = flags.database as BenchProvider;
const postgresAdminUrl = flags['postgres-url'] ?? process.env.SCAMSENSE_BENCH_POSTGRES_URL;
if (provider === 'postgresql' && !postgresAdminUrl) {
  console.error(
    `--database postgresql needs --postgres-url (or SCAMSENSE_BENCH_POSTGRES_URL): the address of a PostgreSQL server whose user may create databases, e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres. The run creates its own database there and drops it afterwards.\n${USAGE}`,
  );
  process.exit(2);
}

const options = {
  duration: wholeNumber('duration', flags.duration ?? (flags.quick ? '3' : '10')),
  connections: wholeNumber('connections', flags.connections),
  students: wholeNumber('students', flags.students ?? (flags.quick ? '200' : '2000')),
  concurrency: wholeNumber('concurrency', flags.concurrency),
  classSize: wholeNumber('class-size', flags['class-size']),
  positions: flags.positions === undefined ? undefined : wholeNumber('positions', flags.positions),
  port: wholeNumber('port', flags.port),
  referencePort: wholeNumber('reference-port', flags['reference-port']),
};

/** Everything below builds or serves the production build: it runs holding the build lock others use. */
function holdBuildLock(): void {
  if (process.env[LOCK_HELD] === '1') return;
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  if (!hasFlock) {
    console.warn(`flock is not installed: running without ${BUILD_LOCK}; stop other builds and servers yourself.`);
    return;
  }
  console.log(`Waiting for ${BUILD_LOCK} (held while anyone builds or serves the production build)…`);
  const run = spawnSync('flock', [BUILD_LOCK, process.execPath, resolve(root, 'node_modules/tsx/dist/cli.mjs'), fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [LOCK_HELD]: '1' },
  });
  process.exit(run.status ?? 1);
}

/** The load average, which shows when other work shared the machine during the run. */
function loadAverage(): string {
  return `load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')} (1, 5, 15 min)`;
}

/** The commit measured, and whether the code differs from it (the build is made from the working tree). */
function codeVersion(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain', '--', 'src', 'next.config.ts', 'package-lock.json'], { cwd: root, encoding: 'utf8' }).trim();
    return `commit ${commit}${changed ? ' with uncommitted changes in src' : ''}`;
  } catch {
    return 'not a git checkout';
  }
}

/** Connections the app keeps open to PostgreSQL at most: its DATABASE_POOL_SIZE, which the servers inherit, 10 when unset. */
function poolSize(): string {
  return process.env.DATABASE_POOL_SIZE || '10';
}

function nextVersion(): string {
  return execFileSync(process.execPath, [resolve(root, 'node_modules/next/dist/bin/next'), '--version'], { encoding: 'utf8' }).trim();
}

async function main(): Promise<number> {
  holdBuildLock();
  const load = { connections: options.connections, duration: options.duration };
  console.log(`ScamSense benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${codeVersion()}`);
  console.log(`${cpus().length} CPU(s) (${cpus()[0]?.model ?? 'unknown'}), ${megabytes(totalmem())} RAM, Node ${process.version}, ${nextVersion()}`);
  console.log(`${load.connections} connections, ${load.duration} s per load; ${options.students} students, ${options.concurrency} at a time; ${loadAverage()}\n`);

  await buildApp();
  buildReference(root);
  const folder = mkdtempSync(join(tmpdir(), 'scamsense-bench-'));
  let database: BenchDatabase | undefined;
  let db: DatabaseReader | undefined;
  const servers: Server[] = [];
  let sampler: RssSampler | undefined;
  const stopAll = async () => {
    sampler?.stop();
    await Promise.all(servers.map((server) => server.stop()));
    await db?.close();
    db = undefined;
  };
  const dropDatabase = async () => {
    if (flags.keep || !database) return;
    await database.drop().catch((error: Error) => console.error(`Could not drop the benchmark's database ${database?.shownUrl}: ${error.message}`));
  };
  process.once('SIGINT', () => void stopAll().then(dropDatabase).then(() => process.exit(130)));
  try {
    database = await createBenchDatabase(provider, folder, postgresAdminUrl);
    const databaseUrl = database.url;
    const env = { DATABASE_URL: databaseUrl, AUTH_SECRET_FILE: join(folder, 'auth-secret') };
    prepareDatabase(root, databaseUrl);
    db = await openDatabaseReader(databaseUrl);
    const databaseLine = `${await db.describe()}, ${database.provider === 'postgresql' ? `${database.shownUrl}, the app's pool ${poolSize()} connections (DATABASE_POOL_SIZE)` : `a fresh file in write-ahead-log mode`}`;
    console.log(`Database: ${databaseLine}\n`);

    const reference = await startReference(root, options.referencePort);
    servers.push(reference);
    const profileFolder = flags.profile ? resolve(flags.profile) : undefined;
    if (profileFolder) mkdirSync(profileFolder, { recursive: true });
    const app = await startApp(root, options.port, env, profileFolder);
    servers.push(app);
    sampler = new RssSampler(app.pid).start();
    const target: Target = { root, baseUrl: app.url, ids: readActionIds(root), env: { ...env, CONTENT_ROOT: root }, db };
    const plans = answerPlans(target);
    const lines: LoadResult[] = [];
    let referenceLine: LoadResult | undefined;
    let answers: AnswerMeasures | undefined;
    let students: StudentMeasures | undefined;
    let browser: BrowserMeasure[] | undefined;

    // Warm-up: the first requests load each route's code; they are not what a lesson waits for.
    sampler.enter('warm-up');
    const [attempt] = await startPracticeAttempts(target, plans, 1, 1, 0);
    const warmUp = { connections: 4, duration: 1 };
    await loadPage('warm-up', `${reference.url}/`, {}, undefined, warmUp);
    await loadHomePage(target, warmUp);
    await loadQuestionPage(target, attempt, warmUp);

    // Measured before any load, on idle servers, as a student's phone meets them.
    if (parts.has('browser')) {
      sampler.enter('browser');
      console.log('Lighthouse (mobile) on the reference page, the home page and a question page…');
      browser = await measureInBrowser([
        { name: 'a static page of a bare Next.js app (the reference)', url: `${reference.url}/` },
        { name: 'home page /en', url: `${target.baseUrl}/en` },
        { name: QUESTION_PAGE_LINE, url: `${target.baseUrl}${attempt.path}`, cookie: { name: DEVICE_COOKIE, value: attempt.deviceKey } },
      ]);
    }

    if (parts.has('pages')) {
      sampler.enter('reference');
      referenceLine = await loadPage('a static page of a bare Next.js app (the reference)', `${reference.url}/`, {}, 'Reference page', load);
      lines.push(referenceLine);
      console.log(`reference: ${Math.round(referenceLine.requestsPerSecond)} req/s`);
      sampler.enter('home page');
      lines.push(await loadHomePage(target, load));
      console.log(`home page: ${Math.round(lines.at(-1)!.requestsPerSecond)} req/s`);
      sampler.enter('question page');
      lines.push(await loadQuestionPage(target, attempt, load));
      console.log(`question page: ${Math.round(lines.at(-1)!.requestsPerSecond)} req/s`);
    }

    if (parts.has('answers')) {
      // Enough open positions for answers at half the reference's rate or three times the question
      // page's (the rendered page; the home page may come from the cache), whichever is more.
      const pageRate = lines.find((line) => line.name === QUESTION_PAGE_LINE)?.requestsPerSecond ?? 0;
      const positions = options.positions ?? Math.ceil(load.duration * Math.max(0.5 * (referenceLine?.requestsPerSecond ?? 3000), 3 * pageRate)) + 2 * load.connections;
      console.log(`preparing ${positions} open positions through the home page's start form…`);
      sampler.enter('answers');
      answers = await measureAnswers(target, plans, positions, load, 1);
      lines.push(answers.distinct, answers.replay);
      console.log(`answers: ${Math.round(answers.distinct.requestsPerSecond)} req/s distinct, ${Math.round(answers.replay.requestsPerSecond)} req/s replayed`);
    }

    if (parts.has('students')) {
      sampler.enter('students');
      console.log(`${options.students} students join, start the assignment and load its first question…`);
      students = await measureStudents(target, options.students, options.concurrency, options.classSize, flags.set);
    }
    sampler.stop();

    if (browser) console.log(`\n${browserTable(browser)}`);
    if (lines.length > 0) console.log(`\n${loadTable(referenceLine, lines)}\n`);
    for (const note of loadNotes(lines)) console.log(`- ${note}`);
    if (answers) {
      console.log(
        `\nAnswers: ${answers.attemptsStarted} practice runs started over HTTP (the home page's start form, ${load.connections} at a time) in ${answers.startSeconds.toFixed(1)} s (${Math.round(answers.attemptsStarted / answers.startSeconds)} starts/s) opened ${answers.positionsPrepared} positions.`,
      );
      console.log(storedOnceLine('Distinct answers stored exactly once', answers.distinctCheck));
      console.log(`${storedOnceLine('Replayed answer stored exactly once', answers.replayCheck)}; ${answers.replay.acknowledgedCount} replays acknowledged`);
    }
    if (students) console.log(`\n${studentsTable(students)}`);
    const phases = [...sampler.peaks].map(([phase, bytes]) => `${phase} ${megabytes(bytes)}`).join(', ');
    console.log(`\nServer RSS peak: ${sampler.isAvailable ? `${megabytes(sampler.peak)} (${phases})` : 'not available (no /proc)'}`);
    console.log(`Machine at the end: ${loadAverage()} (other work on the machine lowers every figure)`);

    if (flags.json) {
      const answerSummary = answers && { ...answers, distinct: { ...answers.distinct, acknowledged: answers.distinct.acknowledged.length } };
      const machine = { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, next: nextVersion() };
      writeFileSync(flags.json, JSON.stringify({ options, machine, database: databaseLine, browser, lines, answers: answerSummary, students, rss: { peak: sampler.peak, phases: Object.fromEntries(sampler.peaks) } }, null, 2));
    }
    const failed = [
      ...lines.filter((line) => line.errors > 0).map((line) => `${line.name} had ${line.errors} errors`),
      ...(answers && !answers.distinctCheck.ok ? ['distinct answers were not all stored exactly once'] : []),
      ...(answers && !answers.replayCheck.ok ? ['the replayed answer was not stored exactly once'] : []),
      ...(students && students.result.errors > 0 ? [`${students.result.errors} students did not reach their first question`] : []),
      ...(students && !students.check.ok ? ['not every student has exactly one attempt'] : []),
    ];
    if (failed.length > 0) console.log(`\nChecks failed: ${failed.join('; ')}.`);
    return failed.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error);
    for (const server of servers) console.error(`--- ${server.name} log (last 3,000 characters) ---\n${server.log().slice(-3000)}`);
    return 1;
  } finally {
    await stopAll();
    for (const server of servers) writeFileSync(join(folder, `${server.name}.log`), server.log());
    if (flags.profile) console.log(`\n${describeProfiles(resolve(flags.profile))}`);
    await dropDatabase();
    if (flags.keep) console.log(`Database${database?.provider === 'postgresql' ? ` ${database.shownUrl}` : ''} and logs kept in ${folder}`);
    else rmSync(folder, { recursive: true, force: true });
  }
}

process.exit(await main());
