// Drops a PostgreSQL database as a user who may create databases but is not a superuser, the way
// CI and most hosted servers run the tests and benchmarks.
//
// Not `DROP DATABASE … WITH (FORCE)`: for a non-superuser it fails with "must be a member of the
// role whose process is being terminated" whenever an autovacuum worker happens to be in the
// database, since no role owns that worker. A plain DROP asks autovacuum workers to stop and
// waits for them; only this user's own sessions need ending first, which this user may do.

const OBJECT_IN_USE = '55006';
const ATTEMPTS = 3;

/** Ends `user`'s sessions on `database` and drops it; `client` is connected to another database. */
export async function dropPostgresqlDatabase(client, database) {
  for (let attempt = 1; ; attempt++) {
    // The second argument waits (up to 5 s) until each session has really ended.
    await client.query(
      `SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity
        WHERE datname = $1 AND usename = current_user AND pid <> pg_backend_pid()`,
      [database],
    );
    try {
      await client.query(`DROP DATABASE IF EXISTS "${database.replaceAll('"', '""')}"`);
      return;
    } catch (error) {
      // A pool may reconnect between the two statements; another user's session is not ours to end.
      if (error?.code !== OBJECT_IN_USE || attempt === ATTEMPTS) {
        const holders = await client.query('SELECT DISTINCT usename FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database]);
        const names = holders.rows.map((row) => row.usename ?? 'a background process').join(', ');
        throw new Error(`could not drop database "${database}": ${error.message}${names ? ` (still connected: ${names}; end those sessions and retry)` : ''}`, { cause: error });
      }
    }
  }
}
