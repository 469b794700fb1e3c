import Database from 'better-sqlite3';

/**
 * Every row of every table of the test database as one string, read with a connection of its own,
 * so a test can check that a secret appears nowhere in what is stored.
 */
export function databaseText(): string {
  const url = process.env.DATABASE_URL ?? '';
  if (!url.startsWith('file:')) throw new Error('databaseText reads a SQLite file: DATABASE_URL must start with "file:"');
  const sqlite = new Database(url.slice('file:'.length), { readonly: true });
  try {
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
    return tables.map(({ name }) => `${name}: ${JSON.stringify(sqlite.prepare(`SELECT * FROM "${name}"`).all(), (_key, value) => (typeof value === 'bigint' ? String(value) : value))}`).join('\n');
  } finally {
    sqlite.close();
  }
}
