// Creates the database if needed and applies pending migrations, so no manual step is ever needed.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// Keep in sync with src/server/env.ts and prisma/prisma.config.ts.
const url = process.env.DATABASE_URL || 'file:./data/scamsense.db';

if (url.startsWith('file:')) {
  mkdirSync(dirname(resolve(root, url.slice('file:'.length))), { recursive: true });
}
try {
  execFileSync(process.execPath, [resolve(root, 'node_modules/prisma/build/index.js'), 'migrate', 'deploy', '--config', 'prisma/prisma.config.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  console.log(`Database ready (${url.split('?')[0]}).`);
} catch (error) {
  console.error(`Could not prepare the database at ${url}: ${error.message}\nCheck that the folder is writable, or set DATABASE_URL to another file: URL.`);
  process.exit(1);
}
