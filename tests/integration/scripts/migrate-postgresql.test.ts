import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { migratePostgresql, readMigrations } from '../../../scripts/db/migrate-postgresql.mjs';
import { dropPostgresDatabases, freshPostgresDatabases, postgresAdminUrl, testDatabaseName, testProvider, withDatabase } from '../../setup/test-database';

/*
 * `npm start` and `npm run db:migrate` (scripts/prepare-db.mjs) migrate PostgreSQL with
 * scripts/db/migrate-postgresql.mjs, into Prisma's own history table, so Prisma's CLI (`migrate
 * status`, `migrate resolve`) reads the history as if it had written it.
 */

const run = promisify(execFile);
const folder = resolve('prisma/postgresql/migrations');
const name = testDatabaseName('prepare-db', String(process.pid));
const url = () => withDatabase(postgresAdminUrl(), name);

async function query<Row extends pg.QueryResultRow>(sql: string): Promise<Row[]> {
  const client = new pg.Client({ connectionString: url() });
  await client.connect();
  try {
    return (await client.query<Row>(sql)).rows;
  } finally {
    await client.end();
  }
}

const prepareDb = (databaseUrl: string) => run(process.execPath, ['scripts/prepare-db.mjs'], { env: { ...process.env, DATABASE_URL: databaseUrl } });

describe.runIf(testProvider === 'postgresql')('migrating PostgreSQL', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'scamsense-migrations-'));
  beforeEach(() => freshPostgresDatabases([name]));
  afterAll(async () => {
    await dropPostgresDatabases([name]);
    rmSync(scratch, { recursive: true, force: true });
  });

  it('applies every migration once, recorded as Prisma records it, and nothing on the next start', async () => {
    const first = await prepareDb(url());
    expect(first.stdout).toContain('Applied');
    expect(first.stdout).not.toContain('scamsense@'); // the password is never printed
    const history = await query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT "migration_name", "checksum", "finished_at", "applied_steps_count" FROM "_prisma_migrations" ORDER BY "migration_name"',
    );
    const files = readMigrations(folder);
    expect(history.map((row) => row.migration_name)).toEqual(files.map((migration) => migration.name));
    for (const [index, row] of history.entries()) {
      const sql = readFileSync(join(folder, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(files[index].checksum).toBe(row.checksum);
    }
    const second = await prepareDb(url());
    expect(second.stdout).not.toContain('Applied');
    expect(second.stdout).toContain('Database ready');
    expect(await query('SELECT 1 FROM "_prisma_migrations"')).toHaveLength(history.length);
  }, 60_000);

  it('lets instances that start together migrate one at a time', async () => {
    await Promise.all([prepareDb(url()), prepareDb(url()), prepareDb(url())]);
    const counts = await query<{ migration_name: string; n: string }>('SELECT "migration_name", count(*) AS n FROM "_prisma_migrations" GROUP BY "migration_name"');
    expect(counts.length).toBe(readMigrations(folder).length);
    expect(counts.every((row) => row.n === '1')).toBe(true);
  }, 60_000);

  it('rolls a failing migration back whole, records nothing of it, and applies it once it is fixed', async () => {
    const migrations = join(scratch, 'failing');
    cpSync(folder, migrations, { recursive: true });
    mkdirSync(join(migrations, '29991231000000_broken'));
    const broken = 'CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\nALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;\n';
    writeFileSync(join(migrations, '29991231000000_broken', 'migration.sql'), broken);
    await expect(migratePostgresql(url(), migrations)).rejects.toThrow(/migration 29991231000000_broken failed and was rolled back.*NoSuchTable/);
    expect(await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toEqual([]);
    expect(await query(`SELECT 1 FROM "_prisma_migrations" WHERE "migration_name" = '29991231000000_broken'`)).toEqual([]);
    // What came before it stays applied.
    expect(await query('SELECT 1 FROM "_prisma_migrations"')).toHaveLength(readMigrations(folder).length);

    writeFileSync(join(migrations, '29991231000000_broken', 'migration.sql'), 'CREATE TABLE "Half" ("id" TEXT PRIMARY KEY);\n');
    expect(await migratePostgresql(url(), migrations)).toEqual({ applied: ['29991231000000_broken'], warnings: [] });
    expect(await query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`)).toHaveLength(1);
  }, 60_000);

  it('refuses to go on past a migration another tool left unfinished, saying how to resolve it', async () => {
    await migratePostgresql(url(), folder);
    await query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name") VALUES ('x', 'y', '29991231000000_interrupted')`);
    const failure = prepareDb(url());
    await expect(failure).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('prisma migrate resolve --applied 29991231000000_interrupted --config prisma/postgresql/prisma.config.ts'),
    });
    const stderr = await failure.catch((error: { stderr: string }) => error.stderr);
    expect(stderr).toContain('docs/deployment.md');
    expect(stderr).not.toContain('Check that the server is running'); // the server was reached
  }, 60_000);

  it('warns about a migration changed after it was applied, and one the app does not know', async () => {
    await migratePostgresql(url(), folder);
    await query(`UPDATE "_prisma_migrations" SET "checksum" = 'changed' WHERE "migration_name" = '${readMigrations(folder)[0].name}'`);
    await query(`INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "finished_at") VALUES ('z', 'y', '29991231000000_from_a_newer_version', now())`);
    const { warnings } = await migratePostgresql(url(), folder);
    expect(warnings).toHaveLength(2);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'the database has migration 29991231000000_from_a_newer_version, which this version of the app does not know: it may be newer than the app.',
        `migration ${readMigrations(folder)[0].name} was changed after it was applied.`,
      ]),
    );
  }, 60_000);
});

describe('scripts/prepare-db.mjs with a DATABASE_URL it cannot use', () => {
  it('stops with what the variable must look like', async () => {
    await expect(prepareDb('mysql://root@localhost/scamsense')).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('DATABASE_URL must be a SQLite file (file:./data/scamsense.db) or a PostgreSQL address'),
    });
  });

  it.runIf(testProvider === 'postgresql')('stops with the address, without its password, when the server cannot be reached', async () => {
    const failure = prepareDb('postgresql://someone:topsecret@127.0.0.1:1/nowhere');
    await expect(failure).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('Could not prepare the PostgreSQL database at postgresql://someone:***@127.0.0.1:1/nowhere') });
    await expect(failure.catch((error: { stderr: string }) => error.stderr)).resolves.not.toContain('topsecret');
  }, 30_000);
});
