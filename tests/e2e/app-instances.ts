import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { migratePostgresql } from '../../scripts/db/migrate-postgresql.mjs';
import { serverNodeFlags } from '../../scripts/server-node-flags.mjs';
import { asPostgresAdmin, postgresAdminUrl, testDatabaseName, withDatabase } from '../setup/test-database';

/*
 * Several production servers on one PostgreSQL database, as a deployment behind a load balancer
 * runs them: each is `node scripts/serve.mjs` with the Node flags `npm start` gives it, on its own
 * port, sharing DATABASE_URL and BETTER_AUTH_SECRET.
 */

export type AppInstance = { name: string; baseUrl: string; log: () => string; stop: () => Promise<void> };

export type InstanceEnv = { DATABASE_URL: string; BETTER_AUTH_SECRET: string };

/** A new PostgreSQL database named for `purpose` and this process, migrated as `npm start` migrates one. */
export async function freshPostgresDatabase(purpose: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = testDatabaseName(purpose, String(process.pid));
  await asPostgresAdmin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`, `CREATE DATABASE "${name}"`]);
  const url = withDatabase(postgresAdminUrl(), name);
  await migratePostgresql(url, resolve('prisma/postgresql/migrations'));
  return { url, drop: () => asPostgresAdmin([`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`]) };
}

async function isListening(url: string): Promise<boolean> {
  return fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
}

/**
 * Serves the production build (which must exist: see buildIfNeeded) on `port` with the bundled
 * content, trusting one proxy hop so every simulated client can send its own X-Forwarded-For.
 * Resolves once this server, not another one on the port, said it is ready and answers.
 */
export async function startAppInstance(name: string, port: number, env: InstanceEnv): Promise<AppInstance> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await isListening(baseUrl)) throw new Error(`port ${port} is already taken: stop whatever serves ${baseUrl} before running this test.`);
  const root = resolve('.');
  let output = '';
  const child = spawn(process.execPath, [...serverNodeFlags(process.env), resolve(root, 'scripts/serve.mjs')], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), CONTENT_ROOT: root, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', TRUSTED_PROXY_HOPS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const instance: AppInstance = {
    name,
    baseUrl,
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
    if (output.includes(`Ready on port ${port}`) && (await isListening(`${baseUrl}/en`))) return instance;
    if (Date.now() > deadline) {
      await instance.stop();
      throw new Error(`${name} did not answer on ${baseUrl} within 60 s:\n${output}`);
    }
    await new Promise((done) => setTimeout(done, 250));
  }
}
