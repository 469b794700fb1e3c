import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeEach } from 'vitest';

const file = resolve(`tests/.tmp/worker-${process.env.VITEST_POOL_ID ?? '1'}.sqlite`);
copyFileSync(resolve('tests/.tmp/template.sqlite'), file);
// These must be set before the server modules read the environment.
process.env.DATABASE_URL = `file:${file}`;
process.env.CONTENT_ROOT = resolve('tests/fixtures/library');
process.env.BETTER_AUTH_SECRET = 'integration-tests-only-secret-0123456789abcdef';

const { db } = await import('@/server/db/client');
const { resetDatabase } = await import('../factories/reset');

beforeEach(() => resetDatabase(db));
afterAll(() => db.$disconnect());
