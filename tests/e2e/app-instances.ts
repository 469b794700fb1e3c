import { resolve } from 'node:path';
import { startApp } from '../../bench/servers';
import { migratePostgresql } from '../../scripts/db/migrate-postgresql.mjs';
import { dropPostgresDatabases, freshPostgresDatabases, postgresAdminUrl, testDatabaseName, withDatabase } from '../setup/test-database';

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
  await freshPostgresDatabases([name]);
  const url = withDatabase(postgresAdminUrl(), name);
  await migratePostgresql(url, resolve('prisma/postgresql/migrations'));
  return { url, drop: () => dropPostgresDatabases([name]) };
}

async function isListening(url: string): Promise<boolean> {
  return fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) }).then(
    () => true,
    () => false,
  );
}

/**
 * Serves the production build (which must exist: see buildIfNeeded) on `port` with the bundled
 * content, as the benchmark does (bench/servers.ts): scripts/serve.mjs with the Node flags of
 * `npm start`, trusting one proxy hop so every simulated client can send its own X-Forwarded-For.
 * A port another server already answers on is refused, so the instance that answers is this one.
 */
export async function startAppInstance(name: string, port: number, env: InstanceEnv): Promise<AppInstance> {
  const baseUrl = `http://127.0.0.1:${port}`;
  if (await isListening(baseUrl)) throw new Error(`port ${port} is already taken: stop whatever serves ${baseUrl} before running this test.`);
  const server = await startApp(resolve('.'), port, env);
  return { name, baseUrl: server.url, log: server.log, stop: server.stop };
}
