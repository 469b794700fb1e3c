// Creates the database if needed and applies pending migrations, so no manual step is ever needed.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { MigrationError, migratePostgresql } from './db/migrate-postgresql.mjs';
import { hashLegacySecrets } from './hash-legacy-secrets.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Keep in sync with src/server/env.ts, src/server/db/provider.ts and prisma/sqlite/prisma.config.ts.
const url = process.env.DATABASE_URL || 'file:./data/scamsense.db';
const file = url.startsWith('file:') ? resolve(root, url.slice('file:'.length).split('?')[0]) : undefined;
const postgresql = /^postgres(ql)?:\/\//.test(url);
/** The address without its password, for messages. */
const shownUrl = url.split('?')[0].replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

if (!file && !postgresql) {
  console.error(`DATABASE_URL must be a SQLite file (file:./data/scamsense.db) or a PostgreSQL address (postgresql://user:password@host:5432/database); got "${shownUrl}".`);
  process.exit(1);
}
if (postgresql) {
  try {
    const { applied, warnings } = await migratePostgresql(url, resolve(root, 'prisma/postgresql/migrations'));
    for (const warning of warnings) console.warn(`Warning: ${warning}`);
    if (applied.length > 0) console.log(`Applied ${applied.length} migration(s): ${applied.join(', ')}.`);
    console.log(`Database ready (${shownUrl}).`);
    process.exit(0);
  } catch (error) {
    const hint =
      error instanceof MigrationError
        ? 'The app does not start on a database it could not migrate. Fix the cause, or restore the backup taken before upgrading (docs/deployment.md, "Upgrading").'
        : 'Check that the server is running, that the database exists and that the user may create tables in it.';
    console.error(`Could not prepare the PostgreSQL database at ${shownUrl}: ${error.message}\n${hint}`);
    process.exit(1);
  }
}

if (file) {
  const folder = dirname(file);
  // The database and the auth secret are readable by their owner only. A folder inside the app
  // (data/) is ours to tighten; a folder elsewhere is the operator's, and only created as private.
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const inside = relative(root, folder);
  if (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside)) chmodSync(folder, 0o700);
}
try {
  execFileSync(process.execPath, [resolve(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy', '--config', 'prisma/sqlite/prisma.config.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (file) {
    // Write-ahead logging lets pages read while an answer is being written, and commits cost one
    // append instead of rewriting a journal. The mode is stored in the file, so once is enough.
    const sqlite = new Database(file, { fileMustExist: true });
    sqlite.pragma('journal_mode = WAL');
    sqlite.close();
    const hashed = hashLegacySecrets(file);
    if (hashed.attempts + hashed.links > 0) console.log(`Hashed the secrets stored in clear before: ${hashed.attempts} attempt owners, ${hashed.links} personal links.`);
    for (const path of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) if (existsSync(path)) chmodSync(path, 0o600);
  }
  console.log(`Database ready (${shownUrl}).`);
} catch (error) {
  console.error(`Could not prepare the database at ${url}: ${error.message}\nCheck that the folder is writable, or set DATABASE_URL to another file: URL.`);
  process.exit(1);
}
