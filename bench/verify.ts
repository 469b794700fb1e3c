// What the database holds after the load: read directly from the database the server writes (the
// SQLite file, or the PostgreSQL database through its own `pg` connection), never through the
// server, so a check cannot be fooled by what the app answers.
import Database from 'better-sqlite3';
import pg from 'pg';

export type Db = Database.Database;

/**
 * The checks' view of the server's database, the same on SQLite and PostgreSQL. Open one with
 * openDatabaseReader; a SQLite handle from openDatabase becomes one with readerOf.
 */
export type DatabaseReader = {
  readonly provider: 'sqlite' | 'postgresql';
  /** Each attempt's scenario ids in play order. */
  attemptItems(attemptIds: string[]): Promise<Map<string, string[]>>;
  checkStoredOnce(acknowledged: string[], attemptIds: string[]): Promise<StoredOnceCheck>;
  checkOneAttemptPerStudent(classroomIds: string[], expectedStudents: number): Promise<AttemptsPerStudentCheck>;
  /** The server's name and version, for the report: "SQLite 3.46.1", "PostgreSQL 15.18". */
  describe(): Promise<string>;
  close(): Promise<void>;
};

type AnswerRow = { clientAnswerId: string; attemptId: string; position: number; stage: string };
type StudentAttempts = { id: string; attempts: number };

/** Opens the server's SQLite database (a file: URL) read-only. */
export function openDatabase(databaseUrl: string): Db {
  if (!databaseUrl.startsWith('file:')) throw new Error(`openDatabase opens a SQLite database (file: URL), not ${databaseUrl.split(':')[0]}:; use openDatabaseReader for PostgreSQL`);
  const db = new Database(databaseUrl.slice('file:'.length).split('?')[0], { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Opens the server's database, SQLite (file:) or PostgreSQL (postgres:// or postgresql://), for the checks. */
export async function openDatabaseReader(databaseUrl: string): Promise<DatabaseReader> {
  if (databaseUrl.startsWith('file:')) {
    const db = openDatabase(databaseUrl);
    return {
      ...readerOf(db),
      close: async () => {
        db.close();
      },
    };
  }
  if (!/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(`the benchmark checks a SQLite (file:) or PostgreSQL (postgresql://) database, not ${databaseUrl.split(':')[0]}:`);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  return postgresqlReader(client);
}

/** `db` as a reader: a SQLite handle from openDatabase is wrapped (closing the reader leaves it open); a reader is returned as it is. */
export function readerOf(db: Db | DatabaseReader): DatabaseReader {
  if ('provider' in db) return db;
  return {
    provider: 'sqlite',
    attemptItems: async (attemptIds) => attemptItems(db, attemptIds),
    checkStoredOnce: async (acknowledged, attemptIds) => checkStoredOnce(db, acknowledged, attemptIds),
    checkOneAttemptPerStudent: async (classroomIds, expectedStudents) => checkOneAttemptPerStudent(db, classroomIds, expectedStudents),
    describe: async () => `SQLite ${(db.prepare('SELECT sqlite_version() AS version').get() as { version: string }).version}`,
    close: async () => undefined,
  };
}

/** Prisma's PostgreSQL tables keep the model's names, so they and their columns are quoted. */
function postgresqlReader(client: pg.Client): DatabaseReader {
  return {
    provider: 'postgresql',
    attemptItems: async (attemptIds) => {
      const { rows } = await client.query<{ id: string; itemsJson: string }>('SELECT "id", "itemsJson" FROM "Attempt" WHERE "id" = ANY($1::text[])', [attemptIds]);
      return itemsById(rows);
    },
    checkStoredOnce: async (acknowledged, attemptIds) => {
      const { rows } = await client.query<AnswerRow>('SELECT "clientAnswerId", "attemptId", "position", "stage" FROM "Answer" WHERE "attemptId" = ANY($1::text[])', [attemptIds]);
      return storedOnceOf(rows, acknowledged);
    },
    checkOneAttemptPerStudent: async (classroomIds, expectedStudents) => {
      const { rows } = await client.query<StudentAttempts>(
        `SELECT s."id" AS id, COUNT(a."id")::int AS attempts FROM "Student" s
         LEFT JOIN "Attempt" a ON a."studentId" = s."id" AND a."assignmentId" IN (SELECT "id" FROM "Assignment" WHERE "classroomId" = s."classroomId")
         WHERE s."classroomId" = ANY($1::text[]) GROUP BY s."id"`,
        [classroomIds],
      );
      return oneAttemptPerStudent(rows, expectedStudents);
    },
    describe: async () => `PostgreSQL ${(await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version.split(' ')[0]}`,
    close: () => client.end(),
  };
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

function itemsById(rows: { id: string; itemsJson: string }[]): Map<string, string[]> {
  return new Map(rows.map((row) => [row.id, JSON.parse(row.itemsJson) as string[]]));
}

/** Each attempt's scenario ids in play order (SQLite). */
export function attemptItems(db: Db, attemptIds: string[]): Map<string, string[]> {
  return itemsById(inChunks(attemptIds, (marks, chunk) => db.prepare(`SELECT id, itemsJson FROM Attempt WHERE id IN (${marks})`).all(...chunk) as { id: string; itemsJson: string }[]));
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

/** Whether every acknowledged client answer id is stored exactly once among the answers of `attemptIds` (which only this check's answers reach); SQLite. */
export function checkStoredOnce(db: Db, acknowledged: string[], attemptIds: string[]): StoredOnceCheck {
  const rows = inChunks(attemptIds, (marks, chunk) => db.prepare(`SELECT clientAnswerId, attemptId, position, stage FROM Answer WHERE attemptId IN (${marks})`).all(...chunk) as AnswerRow[]);
  return storedOnceOf(rows, acknowledged);
}

function storedOnceOf(rows: AnswerRow[], acknowledged: string[]): StoredOnceCheck {
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

/** How many attempts each student of `classroomIds` has at the classes' assignments; every student must have exactly one (SQLite). */
export function checkOneAttemptPerStudent(db: Db, classroomIds: string[], expectedStudents: number): AttemptsPerStudentCheck {
  const rows = inChunks(classroomIds, (marks, chunk) =>
    db
      .prepare(
        `SELECT s.id AS id, COUNT(a.id) AS attempts FROM Student s
         LEFT JOIN Attempt a ON a.studentId = s.id AND a.assignmentId IN (SELECT id FROM Assignment WHERE classroomId = s.classroomId)
         WHERE s.classroomId IN (${marks}) GROUP BY s.id`,
      )
      .all(...chunk) as StudentAttempts[],
  );
  return oneAttemptPerStudent(rows, expectedStudents);
}

function oneAttemptPerStudent(rows: StudentAttempts[], expectedStudents: number): AttemptsPerStudentCheck {
  const withOneAttempt = rows.filter((row) => row.attempts === 1).length;
  const withoutAttempt = rows.filter((row) => row.attempts === 0).length;
  const withMoreAttempts = rows.filter((row) => row.attempts > 1).length;
  return { students: rows.length, withOneAttempt, withoutAttempt, withMoreAttempts, ok: rows.length === expectedStudents && withOneAttempt === rows.length };
}
