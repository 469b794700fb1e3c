import { createHash } from 'node:crypto';
import pg from 'pg';
import { dropPostgresqlDatabase } from '../../scripts/db/drop-postgresql-database.mjs';

/**
 * Which database the integration suite runs on: SQLite files by default (nothing to install), or
 * PostgreSQL when SCAMSENSE_TEST_DATABASE=postgresql, with SCAMSENSE_TEST_POSTGRES_URL naming a
 * database the tests may connect to and whose user may create databases
 * (`npm run test:integration:postgresql`). The same tests run on both.
 */
export const testProvider: 'sqlite' | 'postgresql' = process.env.SCAMSENSE_TEST_DATABASE === 'postgresql' ? 'postgresql' : 'sqlite';

export function postgresAdminUrl(): string {
  const url = process.env.SCAMSENSE_TEST_POSTGRES_URL;
  if (!url) {
    throw new Error(
      'SCAMSENSE_TEST_DATABASE=postgresql needs SCAMSENSE_TEST_POSTGRES_URL, e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres (a user who may create databases).',
    );
  }
  return url;
}

/** The same server and credentials as `url`, another database. */
export function withDatabase(url: string, database: string): string {
  const address = new URL(url);
  address.pathname = `/${database}`;
  return address.toString();
}

/** A database name of at most 63 characters (PostgreSQL's limit) unique to this run and purpose. */
export function testDatabaseName(...parts: string[]): string {
  return `scamsense_test_${createHash('sha256').update(parts.join('/')).digest('hex').slice(0, 24)}`;
}

async function withPostgresAdmin(work: (client: pg.Client) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Runs statements as the admin user (CREATE and DROP DATABASE cannot run in a transaction). */
async function asPostgresAdmin(statements: string[]): Promise<void> {
  await withPostgresAdmin(async (client) => {
    for (const statement of statements) await client.query(statement);
  });
}

/** Drops databases as the admin user, who need not be a superuser (CI's is not). */
export async function dropPostgresDatabases(names: string[]): Promise<void> {
  await withPostgresAdmin(async (client) => {
    for (const name of names) await dropPostgresqlDatabase(client, name);
  });
}

/** Empty databases under these names, whatever a crashed earlier run left behind. */
export async function freshPostgresDatabases(names: string[], template?: string): Promise<void> {
  await dropPostgresDatabases(names);
  await asPostgresAdmin(names.map((name) => `CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`));
}
