// Applies pending migrations to a PostgreSQL database, recording them in Prisma's own history
// table. Prisma's schema engine cannot migrate PostgreSQL through a driver adapter, so this does
// what `prisma migrate deploy` does, in a form that tool reads back: the same `_prisma_migrations`
// table, the same SHA-256 checksums of migration.sql, the same advisory lock.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';

// Prisma's own lock key: app instances starting together, and Prisma's CLI, migrate one at a time.
const ADVISORY_LOCK = 72707369;

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id"                  VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum"            VARCHAR(64) NOT NULL,
  "finished_at"         TIMESTAMPTZ,
  "migration_name"      VARCHAR(255) NOT NULL,
  "logs"                TEXT,
  "rolled_back_at"      TIMESTAMPTZ,
  "started_at"          TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

/** A migration that cannot be applied, as opposed to a server that cannot be reached. */
export class MigrationError extends Error {}

/** The migrations in a folder, oldest first, as Prisma orders them (by folder name). */
export function readMigrations(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, 'migration.sql')))
    .map((entry) => {
      const sql = readFileSync(join(folder, entry.name, 'migration.sql'));
      return { name: entry.name, sql: sql.toString('utf8'), checksum: createHash('sha256').update(sql).digest('hex') };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/**
 * Applies every migration of `folder` not yet recorded, each in its own transaction, so a failing
 * one leaves the database as it was before it. Returns the names applied and any warnings.
 * @param {string} url a postgres:// or postgresql:// URL
 * @param {string} folder the migrations folder (prisma/postgresql/migrations)
 */
export async function migratePostgresql(url, folder) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const applied = [];
  const warnings = [];
  try {
    await client.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK]);
    await client.query(HISTORY_TABLE);
    const { rows } = await client.query('SELECT "migration_name", "checksum", "finished_at", "rolled_back_at" FROM "_prisma_migrations"');
    const unfinished = rows.find((row) => row.finished_at === null && row.rolled_back_at === null);
    if (unfinished) {
      throw new MigrationError(
        `migration ${unfinished.migration_name} was started and did not finish. Repair the database by hand, then record it with ` +
          `\`npx prisma migrate resolve --applied ${unfinished.migration_name} --config prisma/postgresql/prisma.config.ts\` ` +
          '(or mark it rolled back) before starting again; docs/deployment.md, "Upgrading", shows how.',
      );
    }
    const done = new Map(rows.filter((row) => row.finished_at !== null).map((row) => [row.migration_name, row.checksum]));
    const migrations = readMigrations(folder);
    for (const [name, checksum] of done) {
      const migration = migrations.find((candidate) => candidate.name === name);
      if (!migration) warnings.push(`the database has migration ${name}, which this version of the app does not know: it may be newer than the app.`);
      else if (migration.checksum !== checksum) warnings.push(`migration ${name} was changed after it was applied.`);
    }
    for (const migration of migrations.filter((candidate) => !done.has(candidate.name))) {
      await client.query('BEGIN');
      try {
        await client.query(migration.sql);
        await client.query(
          'INSERT INTO "_prisma_migrations" ("id", "checksum", "finished_at", "migration_name", "started_at", "applied_steps_count") VALUES ($1, $2, now(), $3, now(), 1)',
          [randomUUID(), migration.checksum, migration.name],
        );
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new MigrationError(`migration ${migration.name} failed and was rolled back, nothing of it is applied: ${error.message}`);
      }
      applied.push(migration.name);
    }
  } finally {
    await client.end();
  }
  return { applied, warnings };
}
