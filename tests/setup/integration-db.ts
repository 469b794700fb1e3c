import { copyFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeEach } from 'vitest';

const template = process.env.SCAMSENSE_TEST_TEMPLATE;
if (!template) throw new Error('SCAMSENSE_TEST_TEMPLATE is unset: run integration tests through tests/vitest.config.ts (its globalSetup migrates the template).');
// One file per worker process: workers of this run and of any other run never share a database.
const file = resolve(`tests/.tmp/worker-${process.pid}-${process.env.VITEST_POOL_ID ?? 1}.sqlite`);
copyFileSync(template, file);
// These must be set before the server modules read the environment.
process.env.DATABASE_URL = `file:${file}`;
process.env.CONTENT_ROOT = resolve('tests/fixtures/library');
process.env.BETTER_AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';

const { db } = await import('@/server/db/client');
const { resetDatabase } = await import('../factories/reset');

beforeEach(() => resetDatabase(db));
afterAll(async () => {
  await db.$disconnect();
  rmSync(file, { force: true });
});
