import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auth } from '@/server/auth/auth';
import { createOrPromoteAdmin } from '@/server/auth/create-admin';
import { db } from '@/server/db/client';
import { createTrainer, TEST_PASSWORD } from '../../../factories/users';

describe('creating the first admin', () => {
  it('creates an admin who can sign in', async () => {
    const result = await createOrPromoteAdmin({ email: 'Boss@Example.com', password: 'a long passphrase', name: 'Boss' });
    expect(result).toMatchObject({ ok: true, value: { wasCreated: true, user: { email: 'boss@example.com', role: 'admin', isDisabled: false } } });
    const { user } = await auth.api.signInEmail({ body: { email: 'boss@example.com', password: 'a long passphrase' } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).toEqual({ role: 'admin' });
  });

  it('promotes an existing trainer and keeps their password', async () => {
    const { id, email } = await createTrainer();
    expect(await createOrPromoteAdmin({ email, password: 'a different passphrase', name: 'x' })).toMatchObject({ ok: true, value: { wasCreated: false, user: { id, role: 'admin' } } });
    await expect(auth.api.signInEmail({ body: { email, password: TEST_PASSWORD } })).resolves.toMatchObject({ user: { id } });
  });

  it.each([
    ['a bad e-mail', { email: 'not-an-email', password: 'a long passphrase', name: 'A' }, 'email', 'errors.account.email'],
    ['a short password', { email: 'a@example.com', password: 'short', name: 'A' }, 'password', 'errors.account.passwordShort'],
  ])('refuses %s and creates nothing', async (_case, input, field, key) => {
    const result = await createOrPromoteAdmin(input);
    expect(result).toMatchObject({ ok: false, code: 'invalid_input', fieldErrors: { [field]: [key] } });
    expect(await db.user.count()).toBe(0);
  });

  it('npm run admin:create prints the problem and exits 1 for a short password', () => {
    let failure: { status: number; stderr: string } | undefined;
    try {
      execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', 'scripts/admin-create.ts', '--email', 'a@example.com', '--password', 'short'], {
        env: { ...process.env },
        stdio: 'pipe',
        encoding: 'utf8',
      });
    } catch (error) {
      failure = error as { status: number; stderr: string };
    }
    expect(failure?.status).toBe(1);
    expect(failure?.stderr).toContain('--password: The password is too short. Use at least 10 characters.');
  });
});
