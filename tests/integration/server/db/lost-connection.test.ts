import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { hashToken } from '@/server/auth/tokens';
import { db } from '@/server/db/client';
import { listOpenAttempts } from '@/server/db/attempts';
import { testProvider } from '../../../setup/test-database';

/*
 * A PostgreSQL server that restarts or fails over closes every connection the app holds. The app
 * must not crash, and the next request must work on a fresh connection.
 */
describe.runIf(testProvider === 'postgresql')('connections PostgreSQL closes', () => {
  it('are replaced: the next query works and nothing stored is lost', async () => {
    const ownerKey = randomUUID();
    await db.attempt.create({ data: { id: randomUUID(), setId: 'fixture-set', ownerKey: hashToken(ownerKey), itemsJson: '["a","b"]', locale: 'en' } });
    const viewer = { kind: 'anonymous' as const, ownerKey };
    expect(await listOpenAttempts(viewer)).toHaveLength(1);

    const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()');
      expect(rowCount).toBeGreaterThan(0);
    } finally {
      await admin.end();
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // the pool hears of the closed sockets

    expect(await listOpenAttempts(viewer)).toEqual([{ id: expect.any(String), setId: 'fixture-set', answered: 0, total: 2 }]);
  });
});
