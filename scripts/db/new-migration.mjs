// `npm run db:migration -- <name>`: after an edit of prisma/model.prisma, writes each database's
// schema from the model and a migration from the previous schema to the new one, for both
// databases, then regenerates both clients. Writing the PostgreSQL migration needs a reachable
// PostgreSQL server (nothing in it is changed): pass its URL in SCAMSENSE_POSTGRES_URL.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROVIDERS, migrationsPath, renderSchema, root, schemaPath } from './schemas.mjs';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <name>, with a name in lower case, digits and underscores (e.g. add_revision_table).');
  process.exit(1);
}
const postgresUrl = process.env.SCAMSENSE_POSTGRES_URL;
if (!postgresUrl) {
  console.error('Set SCAMSENSE_POSTGRES_URL to any reachable PostgreSQL database (e.g. postgresql://postgres:secret@127.0.0.1:5432/postgres): Prisma needs a server to write PostgreSQL SQL. Nothing in it is changed.');
  process.exit(1);
}

const prisma = resolve(root, 'node_modules/prisma/build/index.js');
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const scratch = mkdtempSync(join(tmpdir(), 'scamsense-migration-'));
const changed = [];
try {
  for (const provider of PROVIDERS) {
    const next = renderSchema(provider);
    const previous = existsSync(schemaPath(provider)) ? readFileSync(schemaPath(provider), 'utf8') : undefined;
    if (previous === next) continue;
    const nextFile = join(scratch, `${provider}-next.prisma`);
    const previousFile = join(scratch, `${provider}-previous.prisma`);
    writeFileSync(nextFile, next);
    if (previous !== undefined) writeFileSync(previousFile, previous);
    const from = previous === undefined ? ['--from-empty'] : ['--from-schema-datamodel', previousFile];
    const databaseUrl = provider === 'sqlite' ? `file:${join(scratch, 'scratch.sqlite')}` : postgresUrl;
    const sql = execFileSync(process.execPath, [prisma, 'migrate', 'diff', '--config', `prisma/${provider}/prisma.config.ts`, ...from, '--to-schema-datamodel', nextFile, '--script'], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    writeFileSync(schemaPath(provider), next);
    if (!/^\s*(--.*\n?)*\s*$/.test(sql.replace(/-- This is an empty migration\./, ''))) {
      const folder = join(migrationsPath(provider), `${stamp}_${name}`);
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'migration.sql'), sql);
      changed.push(`prisma/${provider}/migrations/${stamp}_${name}/migration.sql`);
    } else {
      changed.push(`prisma/${provider}/schema.prisma (no change to the tables)`);
    }
    execFileSync(process.execPath, [prisma, 'generate', '--config', `prisma/${provider}/prisma.config.ts`], { cwd: root, stdio: 'ignore' });
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log(changed.length === 0 ? 'The schemas already match prisma/model.prisma: no migration written.' : `Wrote:\n  ${changed.join('\n  ')}\nRead each migration before committing it.`);
