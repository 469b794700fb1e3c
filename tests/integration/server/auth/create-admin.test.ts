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

  /** Runs the script as `npm run admin:create` does, with `input` piped on standard input. */
  const adminCreate = (args: string[], input: string): { status: number; stdout: string; stderr: string } => {
    try {
      const stdout = execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', 'scripts/admin-create.ts', ...args], { env: { ...process.env }, input, stdio: 'pipe', encoding: 'utf8' });
      return { status: 0, stdout, stderr: '' };
    } catch (error) {
      return error as { status: number; stdout: string; stderr: string };
    }
  };

  it('npm run admin:create reads the password piped on standard input, and the admin can sign in with it', async () => {
    const outcome = adminCreate(['--email', 'Piped@Example.com', '--name', 'Piped Admin'], 'a piped passphrase\nignored second line\n');
    expect(outcome).toMatchObject({ status: 0, stdout: expect.stringContaining('Admin piped@example.com created.') });
    const { user } = await auth.api.signInEmail({ body: { email: 'piped@example.com', password: 'a piped passphrase' } });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true, name: true } })).toEqual({ role: 'admin', name: 'Piped Admin' });
  }, 60_000);

  it('npm run admin:create prints the problem and exits 1 for a short password', () => {
    const outcome = adminCreate(['--email', 'a@example.com'], 'short\n');
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('password: The password is too short. Use at least 10 characters.');
  }, 60_000);

  it('npm run admin:create refuses --password, since the command line is not private, and creates nothing', async () => {
    const outcome = adminCreate(['--email', 'a@example.com', '--password', 'a long passphrase'], '');
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('--password is not accepted');
    expect(await db.user.count()).toBe(0);
  }, 60_000);

  it('npm run admin:create exits 1 when nothing is piped', async () => {
    const outcome = adminCreate(['--email', 'a@example.com'], '');
    expect(outcome.status).toBe(1);
    expect(outcome.stderr).toContain('No password was given');
    expect(await db.user.count()).toBe(0);
  }, 60_000);
});
