import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Creates a fresh SQLite file and applies every migration with Prisma's own CLI. */
export function migrateFreshSqlite(file: string): void {
  rmSync(file, { force: true });
  mkdirSync(dirname(file), { recursive: true });
  execFileSync(process.execPath, [resolve('node_modules/prisma/build/index.js'), 'migrate', 'deploy', '--config', 'prisma/sqlite/prisma.config.ts'], {
    env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: 'pipe',
  });
}

/** Imports the content files below `contentRoot` into a migrated database, as `npm start` does before serving. */
export function importContentFiles(databaseUrl: string, contentRoot: string): void {
  execFileSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), '--conditions', 'react-server', resolve('scripts/import-content-files.ts')], {
    env: { ...process.env, DATABASE_URL: databaseUrl, CONTENT_ROOT: contentRoot },
    stdio: 'pipe',
  });
}
