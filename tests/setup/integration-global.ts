import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { migratePostgresql } from '../../scripts/db/migrate-postgresql.mjs';
import { importContentFiles, migrateFreshSqlite } from './migrate';
import { dropPostgresDatabases, freshPostgresDatabases, postgresAdminUrl, testDatabaseName, testProvider, withDatabase } from './test-database';

/** The content every integration test sees, imported into the template as `npm start` imports content/. */
const FIXTURE_LIBRARY = resolve('tests/fixtures/library');

// Migrated once per run; every test file starts from a copy of it (tests/setup/integration-db.ts).
// The name carries this run's process id so two runs at once never share a database.
export default async function setup(): Promise<() => Promise<void>> {
  if (testProvider === 'postgresql') {
    const template = testDatabaseName('template', String(process.pid));
    await freshPostgresDatabases([template]);
    await migratePostgresql(withDatabase(postgresAdminUrl(), template), resolve('prisma/postgresql/migrations'));
    importContentFiles(withDatabase(postgresAdminUrl(), template), FIXTURE_LIBRARY);
    process.env.SCAMSENSE_TEST_TEMPLATE = template;
    return () => dropPostgresDatabases([template]);
  }
  const template = resolve(`tests/.tmp/template-${process.pid}.sqlite`);
  migrateFreshSqlite(template);
  importContentFiles(`file:${template}`, FIXTURE_LIBRARY);
  process.env.SCAMSENSE_TEST_TEMPLATE = template;
  return async () => rmSync(template, { force: true });
}
