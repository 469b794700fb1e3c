// The fresh database each benchmark run serves from: a SQLite file in the run's temporary folder
// (the default), or a new database on a PostgreSQL server, created for the run and dropped after it.
// Either is then migrated as `npm start` migrates it (servers.ts prepareDatabase).
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pg from 'pg';
import { dropPostgresqlDatabase } from '../scripts/db/drop-postgresql-database.mjs';

export const BENCH_PROVIDERS = ['sqlite', 'postgresql'] as const;
export type BenchProvider = (typeof BENCH_PROVIDERS)[number];

export type BenchDatabase = {
  provider: BenchProvider;
  /** DATABASE_URL for the app, its set-up and the checks. */
  url: string;
  /** The address without its password, for the report. */
  shownUrl: string;
  /** Drops a PostgreSQL database (the SQLite file goes with the run's folder). */
  drop(): Promise<void>;
};

/** `url` without its password. */
export function withoutPassword(url: string): string {
  return url.split('?')[0].replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/** The same server and credentials as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const address = new URL(url);
  address.pathname = `/${database}`;
  return address.toString();
}

/** Runs `work` on a connection to `url` (CREATE and DROP DATABASE cannot run in a transaction). */
async function runOn(url: string, work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A new, empty database for one run: `bench.db` in `folder` for SQLite; for PostgreSQL a database
 * named scamsense_bench_<time>_<random> on the server of `postgresAdminUrl`, whose user must be
 * allowed to create databases.
 */
export async function createBenchDatabase(provider: BenchProvider, folder: string, postgresAdminUrl?: string): Promise<BenchDatabase> {
  if (provider === 'sqlite') {
    const url = `file:${join(folder, 'bench.db')}`;
    return { provider, url, shownUrl: url, drop: async () => undefined };
  }
  if (!postgresAdminUrl || !/^postgres(ql)?:\/\//.test(postgresAdminUrl)) {
    throw new Error(`a PostgreSQL run needs the address of a server whose user may create databases, e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres; got "${postgresAdminUrl ? withoutPassword(postgresAdminUrl) : 'nothing'}"`);
  }
  const name = `scamsense_bench_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  await runOn(postgresAdminUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const url = withDatabase(postgresAdminUrl, name);
  return {
    provider,
    url,
    shownUrl: withoutPassword(url),
    // Also ends connections a stopped server may have left behind.
    drop: () => runOn(postgresAdminUrl, (client) => dropPostgresqlDatabase(client, name)),
  };
}
