import Database from 'better-sqlite3';
import pg from 'pg';

/**
 * What a database's tables are, in a form two databases can be compared by: every column (type,
 * nullability, default), index and constraint, sorted, without Prisma's history table. Two
 * databases with equal descriptions hold the same schema, whatever order their tables were made in.
 */
export async function describeSchema(url: string): Promise<string[]> {
  return url.startsWith('file:') ? describeSqlite(url.slice('file:'.length)) : describePostgresql(url);
}

const MIGRATION_HISTORY = '_prisma_migrations';

function describeSqlite(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[])
      .map((row) => row.name)
      .filter((name) => name !== MIGRATION_HISTORY);
    const lines: string[] = [];
    for (const table of tables) {
      for (const column of sqlite.pragma(`table_info("${table}")`) as { name: string; type: string; notnull: number; dflt_value: string | null; pk: number }[]) {
        lines.push(`column ${table}.${column.name} ${column.type} ${column.notnull ? 'not null' : 'null'} default ${column.dflt_value} pk ${column.pk}`);
      }
      for (const index of sqlite.pragma(`index_list("${table}")`) as { name: string; unique: number; origin: string }[]) {
        const columns = (sqlite.pragma(`index_info("${index.name}")`) as { name: string }[]).map((column) => column.name);
        lines.push(`index ${table} ${index.name} ${index.unique ? 'unique' : ''} ${index.origin} (${columns.join(', ')})`);
      }
      for (const key of sqlite.pragma(`foreign_key_list("${table}")`) as { id: number; table: string; from: string; to: string; on_update: string; on_delete: string }[]) {
        lines.push(`foreign key ${table}#${key.id} ${key.from} -> ${key.table}.${key.to} on update ${key.on_update} on delete ${key.on_delete}`);
      }
    }
    return mergeCompositeForeignKeys(lines).sort();
  } finally {
    sqlite.close();
  }
}

/** SQLite lists a two-column foreign key as two rows with one id: one line per key instead. */
function mergeCompositeForeignKeys(lines: string[]): string[] {
  const keys = new Map<string, string[]>();
  const rest: string[] = [];
  for (const line of lines) {
    const match = /^foreign key (\S+#\d+) (.*)$/.exec(line);
    if (!match) rest.push(line);
    else keys.set(match[1], [...(keys.get(match[1]) ?? []), match[2]]);
  }
  return [...rest, ...[...keys.entries()].map(([id, parts]) => `foreign key ${id.split('#')[0]} ${parts.join(' + ')}`)];
}

async function describePostgresql(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, datetime_precision, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name <> $1`,
      [MIGRATION_HISTORY],
    );
    const indexes = await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename <> $1`, [MIGRATION_HISTORY]);
    const constraints = await client.query(
      `SELECT rel.relname AS table_name, con.conname, pg_get_constraintdef(con.oid) AS definition FROM pg_constraint con
       JOIN pg_class rel ON rel.oid = con.conrelid JOIN pg_namespace ns ON ns.oid = rel.relnamespace
       WHERE ns.nspname = current_schema() AND rel.relname <> $1`,
      [MIGRATION_HISTORY],
    );
    return [
      ...columns.rows.map((row) => `column ${row.table_name}.${row.column_name} ${row.data_type}(${row.datetime_precision ?? ''}) ${row.is_nullable} default ${row.column_default}`),
      ...indexes.rows.map((row) => `index ${row.tablename} ${row.indexname} ${row.indexdef}`),
      ...constraints.rows.map((row) => `constraint ${row.table_name} ${row.conname} ${row.definition}`),
    ].sort();
  } finally {
    await client.end();
  }
}
