// Runs bench/app-data.ts (the app's own data layer, under React's server conditions) in a child
// process against the server's database and reads what it wrote.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { AnswerPlans, School } from './app-data';

/** The environment the app's modules read: the database and, when not the app's default, where the auth secret lives. */
export type AppEnv = { DATABASE_URL: string; CONTENT_ROOT?: string; AUTH_SECRET_FILE?: string };

function runAppData<T>(root: string, env: AppEnv, args: string[]): T {
  const folder = mkdtempSync(join(tmpdir(), 'scamsense-bench-data-'));
  const out = join(folder, 'out.json');
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve(root, 'bench/app-data.ts'), ...args, '--out', out], {
      cwd: root,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(out, 'utf8')) as T;
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`bench/app-data.ts ${args[0]} failed: ${(error as Error).message}\n${stderr}`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** A trainer with `classes` classes, each with one open assignment of `setId`. */
export function prepareSchool(root: string, env: AppEnv, classes: number, setId: string): School {
  return runAppData<School>(root, env, ['school', '--classes', String(classes), '--set', setId]);
}

/** The practice sets and a real decision for every scenario. */
export function readAnswerPlans(root: string, env: AppEnv): AnswerPlans {
  return runAppData<AnswerPlans>(root, env, ['answers']);
}
