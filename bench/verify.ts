// What the database holds after the load: read directly from the SQLite file the server writes,
// never through the server, so a check cannot be fooled by what the app answers.
import Database from 'better-sqlite3';

export type Db = Database.Database;

/** Opens the server's SQLite database (a file: URL) read-only. */
export function openDatabase(databaseUrl: string): Db {
  if (!databaseUrl.startsWith('file:')) throw new Error(`the benchmark checks a SQLite database (file: URL), not ${databaseUrl}`);
  const db = new Database(databaseUrl.slice('file:'.length).split('?')[0], { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Runs `query` over `values` in chunks that fit SQLite's limit on bound parameters. */
function inChunks<T>(values: string[], query: (placeholders: string, chunk: string[]) => T[]): T[] {
  const rows: T[] = [];
  for (let start = 0; start < values.length; start += 500) {
    const chunk = values.slice(start, start + 500);
    rows.push(...query(chunk.map(() => '?').join(','), chunk));
  }
  return rows;
}

/** Each attempt's scenario ids in play order. */
export function attemptItems(db: Db, attemptIds: string[]): Map<string, string[]> {
  const rows = inChunks(attemptIds, (marks, chunk) => db.prepare(`SELECT id, itemsJson FROM Attempt WHERE id IN (${marks})`).all(...chunk) as { id: string; itemsJson: string }[]);
  return new Map(rows.map((row) => [row.id, JSON.parse(row.itemsJson) as string[]]));
}

export type StoredOnceCheck = {
  acknowledged: number;
  /** Acknowledged answers with exactly one row. */
  storedOnce: number;
  /** Acknowledged answers with no row. */
  missing: number;
  /** Acknowledged answers with more than one row, or positions of the attempts answered twice. */
  duplicated: number;
  /** Rows in the attempts whose answer was never acknowledged (in flight when a run stopped, or timed out). */
  storedNotAcknowledged: number;
  ok: boolean;
};

/** Whether every acknowledged client answer id is stored exactly once among the answers of `attemptIds` (which only this check's answers reach). */
export function checkStoredOnce(db: Db, acknowledged: string[], attemptIds: string[]): StoredOnceCheck {
  const rows = inChunks(attemptIds, (marks, chunk) =>
    db.prepare(`SELECT clientAnswerId, attemptId, position, stage FROM Answer WHERE attemptId IN (${marks})`).all(...chunk) as { clientAnswerId: string; attemptId: string; position: number; stage: string }[],
  );
  const rowsPerId = new Map<string, number>();
  const rowsPerSlot = new Map<string, number>();
  for (const row of rows) {
    rowsPerId.set(row.clientAnswerId, (rowsPerId.get(row.clientAnswerId) ?? 0) + 1);
    const slot = `${row.attemptId}/${row.position}/${row.stage}`;
    rowsPerSlot.set(slot, (rowsPerSlot.get(slot) ?? 0) + 1);
  }
  const wanted = new Set(acknowledged);
  let storedOnce = 0;
  let missing = 0;
  let duplicated = [...rowsPerSlot.values()].filter((count) => count > 1).length;
  for (const id of wanted) {
    const count = rowsPerId.get(id) ?? 0;
    if (count === 1) storedOnce += 1;
    else if (count === 0) missing += 1;
    else duplicated += 1;
  }
  const storedNotAcknowledged = [...rowsPerId.keys()].filter((id) => !wanted.has(id)).length;
  // A client answer id acknowledged twice in the list would hide a lost answer behind a stored one.
  const acknowledgedTwice = acknowledged.length - wanted.size;
  return {
    acknowledged: acknowledged.length,
    storedOnce,
    missing,
    duplicated: duplicated + acknowledgedTwice,
    storedNotAcknowledged,
    ok: missing === 0 && duplicated + acknowledgedTwice === 0 && storedOnce === wanted.size,
  };
}

export type AttemptsPerStudentCheck = { students: number; withOneAttempt: number; withoutAttempt: number; withMoreAttempts: number; ok: boolean };

/** How many attempts each student of `classroomIds` has at the classes' assignments; every student must have exactly one. */
export function checkOneAttemptPerStudent(db: Db, classroomIds: string[], expectedStudents: number): AttemptsPerStudentCheck {
  const rows = inChunks(classroomIds, (marks, chunk) =>
    db
      .prepare(
        `SELECT s.id AS id, COUNT(a.id) AS attempts FROM Student s
         LEFT JOIN Attempt a ON a.studentId = s.id AND a.assignmentId IN (SELECT id FROM Assignment WHERE classroomId = s.classroomId)
         WHERE s.classroomId IN (${marks}) GROUP BY s.id`,
      )
      .all(...chunk) as { id: string; attempts: number }[],
  );
  const withOneAttempt = rows.filter((row) => row.attempts === 1).length;
  const withoutAttempt = rows.filter((row) => row.attempts === 0).length;
  const withMoreAttempts = rows.filter((row) => row.attempts > 1).length;
  return { students: rows.length, withOneAttempt, withoutAttempt, withMoreAttempts, ok: rows.length === expectedStudents && withOneAttempt === rows.length };
}
