/** The databases the app runs on; DATABASE_URL's scheme chooses one. */
export type DatabaseProvider = 'sqlite' | 'postgresql';

const POSTGRESQL_URL = /^postgres(ql)?:\/\//;

/**
 * Which database a URL names. Same rule as scripts/prepare-db.mjs, which migrates it: `file:` is a
 * SQLite file, `postgres://` or `postgresql://` a PostgreSQL database.
 */
export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith('file:')) return 'sqlite';
  if (POSTGRESQL_URL.test(url)) return 'postgresql';
  throw new Error(
    `DATABASE_URL must be a SQLite file (file:./data/scamsense.db) or a PostgreSQL address (postgresql://user:password@host:5432/database), got "${url.split(':')[0]}:". Fix the variable and restart.`,
  );
}
