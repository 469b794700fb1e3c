import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { migratePostgresql } from '../../../scripts/db/migrate-postgresql.mjs';
import { PROVIDERS, renderSchema, schemaPath } from '../../../scripts/db/schemas.mjs';
import { describeSchema } from '../../factories/schema-description';
import { migrateFreshSqlite } from '../../setup/migrate';
import { dropPostgresDatabases, freshPostgresDatabases, postgresAdminUrl, testDatabaseName, testProvider, withDatabase } from '../../setup/test-database';

/*
 * prisma/model.prisma is the one data model. Each database's schema is generated from it, and
 * each database's migrations, applied in order to an empty database, must make exactly the tables
 * that the model makes: a change to the model without `npm run db:migration`, or a hand-edited
 * migration, fails here. The migrations are checked on the database this run is on (CI runs both).
 */

const scratch = mkdtempSync(join(tmpdir(), 'scamsense-drift-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The SQL that makes the model's tables in an empty database, as Prisma writes it. */
function sqlFromModel(provider: 'sqlite' | 'postgresql', databaseUrl: string): string {
  return execFileSync(
    process.execPath,
    [resolve('node_modules/prisma/build/index.js'), 'migrate', 'diff', '--config', `prisma/${provider}/prisma.config.ts`, '--from-empty', '--to-schema-datamodel', schemaPath(provider), '--script'],
    { env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
}

describe('the schema of each database', () => {
  it.each(PROVIDERS)('%s: is the one generated from prisma/model.prisma', (provider) => {
    expect(readFileSync(schemaPath(provider), 'utf8')).toBe(renderSchema(provider));
  });
});

describe.runIf(testProvider === 'sqlite')('the SQLite migrations', () => {
  it('make the tables the model makes', async () => {
    const migrated = join(scratch, 'migrated.sqlite');
    migrateFreshSqlite(migrated);
    const fromModel = join(scratch, 'from-model.sqlite');
    const sqlite = new Database(fromModel);
    sqlite.exec(sqlFromModel('sqlite', `file:${join(scratch, 'scratch.sqlite')}`));
    sqlite.close();
    const expected = await describeSchema(`file:${fromModel}`);
    expect(expected.length).toBeGreaterThan(50);
    expect(await describeSchema(`file:${migrated}`)).toEqual(expected);
  }, 60_000);
});

describe.runIf(testProvider === 'postgresql')('the PostgreSQL migrations', () => {
  const migrated = testDatabaseName('drift-migrated', String(process.pid));
  const fromModel = testDatabaseName('drift-from-model', String(process.pid));
  afterAll(() => dropPostgresDatabases([migrated, fromModel]));

  it('make the tables the model makes', async () => {
    await freshPostgresDatabases([migrated, fromModel]);
    await migratePostgresql(withDatabase(postgresAdminUrl(), migrated), resolve('prisma/postgresql/migrations'));
    const client = new pg.Client({ connectionString: withDatabase(postgresAdminUrl(), fromModel) });
    await client.connect();
    try {
      await client.query(sqlFromModel('postgresql', postgresAdminUrl()));
    } finally {
      await client.end();
    }
    const expected = await describeSchema(withDatabase(postgresAdminUrl(), fromModel));
    expect(expected.length).toBeGreaterThan(50);
    expect(await describeSchema(withDatabase(postgresAdminUrl(), migrated))).toEqual(expected);
  }, 60_000);
});
