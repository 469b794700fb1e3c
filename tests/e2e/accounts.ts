import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Creates an admin the documented way, `npm run admin:create` with the password piped on standard
 * input, against the database the server uses.
 */
export function createAdminWithScript(databaseUrl: string, account: { email: string; password: string; name: string }): void {
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', 'scripts/admin-create.ts', '--email', account.email, '--name', account.name], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    input: `${account.password}\n`,
    stdio: 'pipe',
  });
}
