import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropPostgresqlDatabase } from '../../../scripts/db/drop-postgresql-database.mjs';
import { freshPostgresDatabases, postgresAdminUrl, testDatabaseName, testProvider, withDatabase } from '../../setup/test-database';

/*
 * Tests and benchmarks drop their databases as a user who may create databases but need not be a
 * superuser (CI's is not), so the drop cannot rely on DROP DATABASE … WITH (FORCE).
 */
describe.runIf(testProvider === 'postgresql')('dropping a PostgreSQL database', () => {
  const name = testDatabaseName('drop-database', String(process.pid));
  let admin: pg.Client;
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
  });
  afterAll(() => admin.end());

  async function exists(database: string): Promise<boolean> {
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    return rowCount === 1;
  }

  it('ends this user’s open sessions on it and drops it', async () => {
    await freshPostgresDatabases([name]);
    const sessions = [1, 2].map(() => new pg.Client({ connectionString: withDatabase(postgresAdminUrl(), name) }));
    const ended: Error[] = [];
    for (const session of sessions) {
      session.on('error', (error) => ended.push(error));
      await session.connect();
      await session.query('SELECT 1');
    }

    await dropPostgresqlDatabase(admin, name);

    expect(await exists(name)).toBe(false);
    await expect(sessions[0].query('SELECT 1')).rejects.toThrow();
    await Promise.all(sessions.map((session) => session.end().catch(() => undefined)));
  });

  it('does nothing when the database is already gone', async () => {
    await dropPostgresqlDatabase(admin, name);
    expect(await exists(name)).toBe(false);
  });
});
