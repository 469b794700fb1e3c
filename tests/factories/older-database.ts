import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/*
 * SQLite databases as an older version of the app left them, for tests of a migration applied to
 * rows that already exist.
 */

const folder = resolve('prisma/sqlite/migrations');

/** Runs a Node script with DATABASE_URL pointing at the SQLite file; returns what it printed. */
export const runOnDatabase = (args: string[], file: string) =>
  execFileSync(process.execPath, args, { env: { ...process.env, DATABASE_URL: `file:${file}`, PRISMA_HIDE_UPDATE_MESSAGE: '1' }, stdio: 'pipe', encoding: 'utf8' });

/** A database in `dir` migrated by Prisma with the migrations before `migration` only. */
export function olderDatabase(dir: string, migration: string): string {
  const migrations = join(dir, 'migrations');
  mkdirSync(migrations);
  for (const name of readdirSync(folder).filter((entry) => entry < migration || entry === 'migration_lock.toml')) cpSync(join(folder, name), join(migrations, name), { recursive: true });
  const config = join(dir, 'prisma.config.mjs');
  writeFileSync(
    config,
    [
      `import { defineConfig } from ${JSON.stringify(resolve('node_modules/prisma/config.js'))};`,
      `import { PrismaBetterSQLite3 } from ${JSON.stringify(resolve('node_modules/@prisma/adapter-better-sqlite3/dist/index.mjs'))};`,
      `export default defineConfig({ experimental: { adapter: true }, engine: 'js', schema: ${JSON.stringify(resolve('prisma/sqlite/schema.prisma'))},`,
      `  migrations: { path: ${JSON.stringify(migrations)} }, adapter: async () => new PrismaBetterSQLite3({ url: process.env.DATABASE_URL }) });`,
    ].join('\n'),
  );
  const file = join(dir, 'older.sqlite');
  runOnDatabase([resolve('node_modules/prisma/build/index.js'), 'migrate', 'deploy', '--config', config], file);
  return file;
}
