import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { PERSONAL_LINK_DAYS } from '@/domain/classes/personal-links';
import { hashToken, newLinkToken } from '@/server/auth/tokens';
import { db } from '@/server/db/client';
import { listOpenAttempts } from '@/server/db/attempts';
import { getPersonalLink } from '@/server/db/students';
import { hashLegacySecrets } from '../../../scripts/hash-legacy-secrets.mjs';
import { createClassWithTrainer } from '../../factories/classes';
import { databaseText } from '../../factories/database-text';
import { migrateFreshSqlite } from '../../setup/migrate';
import { testProvider } from '../../setup/test-database';

/*
 * Databases made before secrets were hashed hold raw device cookies (Attempt.ownerKey) and raw
 * personal link tokens. `npm start` and `npm run db:migrate` hash them, and they keep working.
 */

const workerFile = () => (process.env.DATABASE_URL ?? '').slice('file:'.length);

// Only SQLite databases are that old: PostgreSQL support came after the secrets were hashed.
describe.skipIf(testProvider !== 'sqlite')('hashing the secrets an older database kept in clear', () => {
  it('keeps every attempt with its browser and every unused link working, with only hashes stored', async () => {
    const { classroomId } = await createClassWithTrainer();
    const cookie = randomUUID();
    const token = newLinkToken();
    // Rows as the app wrote them before: the raw cookie value and the raw token.
    await db.attempt.create({ data: { id: randomUUID(), setId: 'fixture-set', ownerKey: cookie, itemsJson: '["a","b"]', locale: 'en' } });
    await db.student.create({ data: { id: randomUUID(), classroomId, displayName: '张伟', studentNumber: '2024001', personalTokenHash: token } });
    const viewer = { kind: 'anonymous' as const, ownerKey: cookie };
    expect(await listOpenAttempts(viewer)).toEqual([]);

    const now = new Date();
    expect(hashLegacySecrets(workerFile(), now)).toEqual({ attempts: 1, links: 1 });
    expect(await listOpenAttempts(viewer)).toEqual([{ id: expect.any(String), setId: 'fixture-set', answered: 0, total: 2 }]);
    expect(await getPersonalLink(token)).toEqual({ classroomName: 'Class 1', displayName: '张伟' });
    expect((await db.student.findFirstOrThrow({ where: { displayName: '张伟' } })).personalLinkExpiresAt).toEqual(new Date(now.getTime() + PERSONAL_LINK_DAYS * 24 * 60 * 60_000));
    const stored = await databaseText();
    expect(stored).not.toContain(cookie);
    expect(stored).not.toContain(token);

    // A second run finds nothing left to do and leaves the hashes alone.
    expect(hashLegacySecrets(workerFile())).toEqual({ attempts: 0, links: 0 });
    expect(await db.attempt.count({ where: { ownerKey: hashToken(cookie) } })).toBe(1);
  });
});

describe('scripts/prepare-db.mjs as npm start and npm run db:migrate run it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'prepare-db-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const prepare = (file: string) =>
    execFileSync(process.execPath, [resolve('scripts/prepare-db.mjs')], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8', stdio: 'pipe' });

  it('hashes raw values left by an older version', () => {
    const file = join(dir, 'legacy.sqlite');
    migrateFreshSqlite(file);
    const cookie = randomUUID();
    const sqlite = new Database(file);
    sqlite.prepare(`INSERT INTO "Attempt" ("id", "setId", "ownerKey", "itemsJson", "locale") VALUES ('a1', 'fixture-set', ?, '[]', 'en')`).run(cookie);
    sqlite.close();
    expect(prepare(file)).toContain('Hashed the secrets stored in clear before: 1 attempt owners, 0 personal links.');
    const check = new Database(file, { readonly: true });
    expect(check.prepare(`SELECT "ownerKey" FROM "Attempt"`).all()).toEqual([{ ownerKey: hashToken(cookie) }]);
    check.close();
    expect(prepare(file)).not.toContain('Hashed');
  }, 60_000);

  it('creates the database folder and the database readable by their owner only', () => {
    const file = join(dir, 'fresh', 'scamsense.db');
    prepare(file);
    expect(statSync(join(dir, 'fresh')).mode & 0o777).toBe(0o700);
    expect(statSync(file).mode & 0o777).toBe(0o600);
  }, 60_000);

  it('keeps the generated auth secret readable by its owner only, and tightens one an older version left open', () => {
    const file = join(dir, 'secret-db.sqlite');
    prepare(file);
    // admin:create loads the auth module, which makes the secret on first use.
    const createAdmin = (secretFile: string, email: string) =>
      execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', 'scripts/admin-create.ts', '--email', email], {
        env: { ...process.env, DATABASE_URL: `file:${file}`, BETTER_AUTH_SECRET: '', AUTH_SECRET_FILE: secretFile },
        input: 'a long passphrase\n',
        stdio: 'pipe',
      });
    const fresh = join(dir, 'secrets', 'auth-secret');
    createAdmin(fresh, 'first@example.com');
    expect(statSync(join(dir, 'secrets')).mode & 0o777).toBe(0o700);
    expect(statSync(fresh).mode & 0o777).toBe(0o600);
    expect(readFileSync(fresh, 'utf8').trim()).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const open = join(dir, 'open', 'auth-secret');
    mkdirSync(join(dir, 'open'));
    writeFileSync(open, `${'x'.repeat(40)}\n`);
    chmodSync(open, 0o644);
    createAdmin(open, 'second@example.com');
    expect(statSync(open).mode & 0o777).toBe(0o600);
    expect(readFileSync(open, 'utf8')).toBe(`${'x'.repeat(40)}\n`);
  }, 60_000);
});
