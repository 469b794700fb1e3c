import Database from 'better-sqlite3';
import pg from 'pg';

const asText = (rows: unknown) => JSON.stringify(rows, (_key, value) => (typeof value === 'bigint' ? String(value) : value));

/**
 * Every row of every table of the test database as one string, read with a connection of its own,
 * so a test can check that a secret appears nowhere in what is stored.
 */
export async function databaseText(): Promise<string> {
  const url = process.env.DATABASE_URL ?? '';
  if (url.startsWith('file:')) {
    const sqlite = new Database(url.slice('file:'.length), { readonly: true });
    try {
      const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[];
      return tables.map(({ name }) => `${name}: ${asText(sqlite.prepare(`SELECT * FROM "${name}"`).all())}`).join('\n');
    } finally {
      sqlite.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'");
    const texts = [];
    for (const { name } of tables.rows) texts.push(`${name}: ${asText((await client.query(`SELECT * FROM "${name}"`)).rows)}`);
    return texts.join('\n');
  } finally {
    await client.end();
  }
}
