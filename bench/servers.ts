// Builds and serves what the benchmark measures: ScamSense's production build, served the way
// `npm start` serves it (scripts/serve.mjs) on a fresh database (bench/database.ts), and the bare reference app
// in bench/reference served with `next start`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serverNodeFlags } from '../scripts/server-node-flags.mjs';

const NEXT_BIN = 'node_modules/next/dist/bin/next';

/** Builds ScamSense when there is no build or the code changed since the last one (as `npm start` does). */
export async function buildApp(): Promise<void> {
  // @ts-expect-error -- plain ES module shared with npm start; it has no type declarations
  const { buildIfNeeded } = (await import('../scripts/build-if-needed.mjs')) as { buildIfNeeded: () => boolean };
  buildIfNeeded();
}

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

/** Builds bench/reference into bench/reference/.next with the installed Next.js, unless that build is newer than its sources and Next.js. */
export function buildReference(root: string): void {
  const folder = resolve(root, 'bench/reference');
  const buildId = join(folder, '.next/BUILD_ID');
  const sources = Math.max(newestChange(join(folder, 'app')), newestChange(join(folder, 'next.config.mjs')), statSync(resolve(root, 'node_modules/next/package.json')).mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs >= sources) return;
  console.log('Building the reference app (bench/reference)…');
  execFileSync(process.execPath, [resolve(root, NEXT_BIN), 'build', folder], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/** Creates (SQLite) and migrates the database at `databaseUrl`, SQLite or PostgreSQL, with the script `npm start` runs. */
export function prepareDatabase(root: string, databaseUrl: string): void {
  execFileSync(process.execPath, [resolve(root, 'scripts/prepare-db.mjs')], { cwd: root, env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'ignore', 'inherit'] });
}

export type Server = { name: string; url: string; pid: number; log: () => string; stop: () => Promise<void> };

async function startServer(name: string, args: string[], env: NodeJS.ProcessEnv, url: string, readyPath: string, cwd: string): Promise<Server> {
  let output = '';
  const child: ChildProcess = spawn(process.execPath, args, { cwd, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const server: Server = {
    name,
    url,
    pid: child.pid!,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}:\n${output}`);
    const answered = await fetch(`${url}${readyPath}`, { redirect: 'manual' }).then(
      (response) => response.status < 500,
      () => false,
    );
    if (answered) return server;
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${name} did not answer on ${url} within 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}

/**
 * Serves ScamSense's build as `npm start` does (scripts/serve.mjs, production mode, its Node flags) on `port`,
 * trusting one proxy hop so every simulated client can send its own X-Forwarded-For; with
 * `profileFolder`, under V8's CPU profiler, which writes its profile there when the server stops.
 */
export function startApp(root: string, port: number, env: { DATABASE_URL: string; AUTH_SECRET_FILE?: string; BETTER_AUTH_SECRET?: string }, profileFolder?: string): Promise<Server> {
  // As `npm start` does before serving: the app serves the published revisions of the content files.
  execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve(root, 'scripts/import-content-files.ts')], {
    cwd: root,
    env: { ...process.env, ...env, CONTENT_ROOT: root },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  // --cpu-prof is refused in NODE_OPTIONS, so the profiler is switched on in the command itself.
  const profiling = profileFolder ? ['--cpu-prof', `--cpu-prof-dir=${profileFolder}`, '--require', resolve(root, 'bench/exit-on-signal.cjs')] : [];
  return startServer(
    'ScamSense',
    [...serverNodeFlags(process.env), ...profiling, resolve(root, 'scripts/serve.mjs')],
    { ...env, PORT: String(port), NODE_ENV: 'production', CONTENT_ROOT: root, TRUSTED_PROXY_HOPS: '1' },
    `http://127.0.0.1:${port}`,
    '/en',
    root,
  );
}

/** Serves the reference build with `next start` on `port`. */
export function startReference(root: string, port: number): Promise<Server> {
  return startServer('reference', [resolve(root, NEXT_BIN), 'start', resolve(root, 'bench/reference'), '--port', String(port)], { NODE_ENV: 'production' }, `http://127.0.0.1:${port}`, '/', root);
}

/** The process ids of `pid` and all its descendants (Linux /proc). */
function processTree(pid: number): number[] {
  const ids = [pid];
  for (let index = 0; index < ids.length; index += 1) {
    const tasks = `/proc/${ids[index]}/task`;
    if (!existsSync(tasks)) continue;
    for (const task of readdirSync(tasks)) {
      try {
        const children = readFileSync(`${tasks}/${task}/children`, 'utf8').trim();
        if (children) ids.push(...children.split(/\s+/).map(Number));
      } catch {
        // the task ended meanwhile
      }
    }
  }
  return ids;
}

/** Resident memory of `pid`'s process tree in bytes (0 once it has ended). */
export function treeRss(pid: number): number {
  let bytes = 0;
  for (const id of processTree(pid)) {
    try {
      const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${id}/status`, 'utf8'));
      if (match) bytes += Number(match[1]) * 1024;
    } catch {
      // the process ended meanwhile
    }
  }
  return bytes;
}

/** Samples a server's RSS every `intervalMs`, keeping the peak overall and per phase. */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  private phase = 'start';
  readonly peaks = new Map<string, number>();
  peak = 0;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    if (!existsSync('/proc/self/status')) return this;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Attributes the following samples to `phase`. */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  stop(): void {
    this.sample();
    clearInterval(this.timer);
  }

  /** Whether RSS could be read at all (Linux only). */
  get isAvailable(): boolean {
    return this.peak > 0;
  }

  private sample(): void {
    const rss = treeRss(this.pid);
    this.peak = Math.max(this.peak, rss);
    this.peaks.set(this.phase, Math.max(this.peaks.get(this.phase) ?? 0, rss));
  }
}
