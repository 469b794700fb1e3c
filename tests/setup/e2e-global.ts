import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
// @ts-expect-error -- plain ES module shared with npm start; it has no type declarations
import { buildIfNeeded } from '../../scripts/build-if-needed.mjs';
import { importContentFiles, migrateFreshSqlite } from './migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databaseUrl: string;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 3210);

async function waitForServer(url: string, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the server exited with ${server.exitCode}:\n${log()}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the server did not answer on ${url} within 60 s:\n${log()}`);
}

/** Serves a production build on a fresh SQLite file with the bundled content. */
export default async function setup(project: TestProject) {
  buildIfNeeded();
  const file = resolve('tests/.tmp/e2e.sqlite');
  migrateFreshSqlite(file);
  const databaseUrl = `file:${file}`;
  importContentFiles(databaseUrl, resolve('.'));
  let output = '';
  // The same server as `npm start`: it records the client address the app's limits trust. It
  // trusts one proxy hop, which the browser contexts play (see launchBrowser).
  const server = spawn(process.execPath, [resolve('scripts/serve.mjs')], {
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: databaseUrl, CONTENT_ROOT: resolve('.'), NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production', TRUSTED_PROXY_HOPS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk) => (output += chunk));
  server.stderr?.on('data', (chunk) => (output += chunk));
  const baseUrl = `http://127.0.0.1:${PORT}`;
  await waitForServer(`${baseUrl}/zh-CN`, server, () => output);
  project.provide('baseUrl', baseUrl);
  project.provide('databaseUrl', databaseUrl);
  return () => {
    server.kill('SIGTERM');
  };
}
