import Database from 'better-sqlite3';

/**
 * A second connection to this worker's SQLite file. Its statements run and commit at once,
 * synchronously, so a test can place another instance's write exactly between two steps of a
 * request (inside a callback the request calls), where a race would otherwise put it by chance.
 */
export function secondConnection(): Database.Database {
  const url = process.env.DATABASE_URL ?? '';
  if (!url.startsWith('file:')) throw new Error('secondConnection() needs a SQLite DATABASE_URL');
  const connection = new Database(url.slice('file:'.length));
  connection.pragma('busy_timeout = 5000');
  return connection;
}
