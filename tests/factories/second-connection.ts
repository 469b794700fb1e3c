import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';

/** SQL statements run on a connection of their own; `?` marks each parameter. */
export type SecondConnection = {
  run(sql: string, ...params: (string | number)[]): void;
  close(): void;
};

/**
 * A second connection to this worker's database, as another app instance would hold. Its
 * statements run and commit at once, synchronously, so a test can place another instance's write
 * exactly between two steps of a request (inside a callback the request calls), where a race would
 * otherwise put it by chance. SQLite: a better-sqlite3 connection. PostgreSQL: one `psql` run per
 * statement, since no Node PostgreSQL client is synchronous; a lock it waits for fails it after
 * five seconds instead of hanging the test.
 */
export function secondConnection(): SecondConnection {
  const url = process.env.DATABASE_URL ?? '';
  if (url.startsWith('file:')) {
    const connection = new Database(url.slice('file:'.length));
    connection.pragma('busy_timeout = 5000');
    return { run: (sql, ...params) => void connection.prepare(sql).run(...params), close: () => connection.close() };
  }
  return {
    run(sql, ...params) {
      let index = 0;
      const script = sql.replace(/\?/g, () => `:'p${(index += 1)}'`);
      const variables = params.flatMap((value, position) => ['-v', `p${position + 1}=${value}`]);
      execFileSync('psql', ['--no-psqlrc', '--quiet', '-v', 'ON_ERROR_STOP=1', ...variables, url], {
        input: `${script};\n`,
        env: { ...process.env, PGOPTIONS: '-c lock_timeout=5000' },
        stdio: ['pipe', 'ignore', 'pipe'],
        timeout: 15_000,
      });
    },
    close: () => undefined,
  };
}
