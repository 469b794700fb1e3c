import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { createOrPromoteAdmin } from '@/server/auth/create-admin';
import { getInvitationLink } from '@/server/db/invitations';
import { setupLinkLines } from '../../../scripts/setup-link';
import { migrateFreshSqlite } from '../../setup/migrate';
import { TEST_PASSWORD } from '../../factories/users';

const LINK = /http:\/\/localhost:(\d+)\/zh-CN\/setup\/([A-Za-z0-9_-]{43})/;

describe('setupLinkLines', () => {
  it('gives a working setup link and the command-line alternative while no admin exists', async () => {
    const lines = await setupLinkLines('3000');
    const [, port, token] = lines.join('\n').match(LINK) ?? [];
    expect(port).toBe('3000');
    expect(await getInvitationLink(token)).toMatchObject({ kind: 'setup', state: 'pending', role: 'admin' });
    expect(lines.join('\n')).toContain('npm run admin:create -- --email');
  });

  it('prints nothing once an admin exists', async () => {
    await createOrPromoteAdmin({ email: 'ada@example.com', password: TEST_PASSWORD, name: 'Ada' });
    expect(await setupLinkLines('3000')).toEqual([]);
  });
});

describe('scripts/setup-link.ts as npm start runs it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'setup-link-'));
  const file = join(dir, 'fresh.sqlite');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (script: string, args: string[] = [], input = '') =>
    execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', script, ...args], {
      env: { ...process.env, DATABASE_URL: `file:${file}`, PORT: '4321', AUTH_SECRET_FILE: join(dir, 'secret'), BETTER_AUTH_SECRET: '' },
      encoding: 'utf8',
      input,
      stdio: 'pipe',
    });

  it('prints a new link at each start on a fresh database, retires the previous one, and stops once an admin exists', () => {
    migrateFreshSqlite(file);
    const first = run('scripts/setup-link.ts').match(LINK);
    expect(first?.[1]).toBe('4321');
    const second = run('scripts/setup-link.ts').match(LINK);
    expect(second?.[2]).not.toBe(first?.[2]);
    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.prepare('select count(*) as n from StaffInvitation where email is null and revokedAt is null').get()).toEqual({ n: 1 });
    sqlite.close();

    run('scripts/admin-create.ts', ['--email', 'ada@example.com', '--name', 'Ada'], `${TEST_PASSWORD}\n`);
    expect(run('scripts/setup-link.ts')).toBe('');
  }, 60_000);
});
