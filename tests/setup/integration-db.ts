import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { dropPostgresDatabases, freshPostgresDatabases, postgresAdminUrl, testDatabaseName, testProvider, withDatabase } from './test-database';

const template = process.env.SCAMSENSE_TEST_TEMPLATE;
if (!template) throw new Error('SCAMSENSE_TEST_TEMPLATE is unset: run integration tests through tests/vitest.config.ts (its globalSetup migrates the template).');
// One database per worker process: workers of this run and of any other run never share one.
const worker = `${process.pid}-${process.env.VITEST_POOL_ID ?? 1}`;
let dropDatabase: () => Promise<void>;
if (testProvider === 'postgresql') {
  const name = testDatabaseName('worker', worker);
  await freshPostgresDatabases([name], template);
  process.env.DATABASE_URL = withDatabase(postgresAdminUrl(), name);
  dropDatabase = () => dropPostgresDatabases([name]);
} else {
  const file = resolve(`tests/.tmp/worker-${worker}.sqlite`);
  copyFileSync(template, file);
  process.env.DATABASE_URL = `file:${file}`;
  dropDatabase = async () => rmSync(file, { force: true });
}
// These must be set before the server modules read the environment.
process.env.CONTENT_ROOT = resolve('tests/fixtures/library');
process.env.BETTER_AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';

const { db } = await import('@/server/db/client');
const { resetDatabase } = await import('../factories/reset');
// The app serves the published revisions of the fixture library (imported into the template).
const { servePublishedLibrary, stopServingPublishedLibrary } = await import('@/server/content/library');
await servePublishedLibrary();

beforeEach(() => resetDatabase(db));
afterAll(async () => {
  await stopServingPublishedLibrary();
  await db.$disconnect();
  await dropDatabase();
});
