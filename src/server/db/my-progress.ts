import 'server-only';
import {
  assignmentAttemptVisibility,
  missTagRows,
  myMisses,
  practiceKind,
  RECENT_DECISIONS_PER_TAG,
  SCORE_HISTORY_LENGTH,
  scoreHistory,
  type MissCountRow,
  type MyMiss,
  type ScorePoint,
  type SubmittedAttemptRecord,
} from '@/domain/analytics/my-progress';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import type { Device } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import { Prisma } from '@/generated/prisma-sqlite/client';
import { RULE_FIELDS, toOverride, toRules } from './assignments';
import { submitExpiredAttempts } from './attempts';
import { db } from './client';
import { listDeviceStudents, type DeviceStudentView } from './students';

export type MyProgressView = {
  /** The students this device acts for (none for anonymous practice). */
  students: DeviceStudentView[];
  /** The latest submitted attempts, oldest first. */
  scores: ScorePoint[];
  /** Scripts and red flags missed in the recent decisions, weakest first. */
  misses: MyMiss[];
  /** Decisions (one per scenario played) that count towards the misses; zero means nothing to judge yet. */
  decisionsCounted: number;
};

const EMPTY: MyProgressView = { students: [], scores: [], misses: [], decisionsCounted: 0 };

/**
 * One learner's progress as this device may see it: its own practice, and the assignment attempts
 * of the students it acts for now (removed students and a shared computer's earlier student are
 * left out, as the attempt pages leave them out). Assignment attempts whose time ran out are
 * submitted first, as on "my assignments". Scores and misses follow the rules in
 * src/domain/analytics/my-progress.ts: an assignment's score only once its feedback rule shows it,
 * its decisions only once its answer key may be shown. `factsOf` gives the tags of the scenarios decided.
 */
export async function loadMyProgressSubmittingExpired(device: Device | undefined, factsOf: (scenarioIds: readonly string[]) => ScenarioFacts[], now: Date = new Date()): Promise<MyProgressView> {
  if (!device) return EMPTY;
  const ownerKey = hashToken(device.ownerKey);
  const students = await listDeviceStudents(device);
  const studentIds = students.map((student) => student.studentId);
  if (studentIds.length > 0) await submitExpiredAttempts({ studentId: { in: studentIds } }, now);

  const [practice, assignment] = await Promise.all([practiceRecords(ownerKey), assignmentRecords(studentIds, now)]);
  const scores = scoreHistory([...practice, ...assignment.records]);

  // The decisions that count: every submitted practice run of this device, and the assignment
  // attempts whose key is out. The database groups them; no answer row is loaded here.
  const scope = Prisma.sql`a."status" = 'submitted' AND ans."decisionOutcome" IS NOT NULL
    AND ((a."ownerKey" = ${ownerKey} AND a."assignmentId" IS NULL)${assignment.keyShown.length > 0 ? Prisma.sql` OR a."id" IN (${Prisma.join(assignment.keyShown)})` : Prisma.empty})`;
  const decided = await db.$queryRaw<{ scenarioId: string; count: bigint | number }[]>`
    SELECT ans."scenarioId" AS "scenarioId", COUNT(*) AS "count"
    FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId"
    WHERE ${scope} GROUP BY ans."scenarioId"`;
  const decisionsCounted = decided.reduce((sum, row) => sum + Number(row.count), 0);
  const tags = missTagRows(factsOf(decided.map((row) => row.scenarioId)));
  if (tags.length === 0) return { students, scores, misses: [], decisionsCounted };

  const rows = await db.$queryRaw<(Omit<MissCountRow, 'count'> & { count: bigint | number })[]>`
    WITH "Tag" ("scenarioId", "dimension", "tag", "verdict") AS (
      VALUES ${Prisma.join(tags.map((tag) => Prisma.sql`(${tag.scenarioId}, ${tag.dimension}, ${tag.tag}, ${tag.verdict})`))}
    ),
    "Decision" AS (
      SELECT ans."id", ans."scenarioId", ans."decisionOutcome", ans."answeredAt"
      FROM "Answer" ans JOIN "Attempt" a ON a."id" = ans."attemptId"
      WHERE ${scope}
    ),
    "Recent" AS (
      SELECT t."dimension", t."tag", t."verdict", d."decisionOutcome",
        ROW_NUMBER() OVER (PARTITION BY t."dimension", t."tag", t."verdict" ORDER BY d."answeredAt" DESC, d."id" DESC) AS "recency"
      FROM "Decision" d JOIN "Tag" t ON t."scenarioId" = d."scenarioId"
    )
    SELECT "dimension", "tag", "verdict", "decisionOutcome" AS "outcome", COUNT(*) AS "count"
    FROM "Recent" WHERE "recency" <= ${RECENT_DECISIONS_PER_TAG}
    GROUP BY "dimension", "tag", "verdict", "decisionOutcome"`;
  return { students, scores, misses: myMisses(rows.map((row) => ({ ...row, count: Number(row.count) }))), decisionsCounted };
}

const itemCount = (itemsJson: string) => (JSON.parse(itemsJson) as unknown[]).length;

/** The device's latest submitted practice runs (retries and focus runs too). */
async function practiceRecords(ownerKey: string): Promise<SubmittedAttemptRecord[]> {
  const rows = await db.attempt.findMany({
    where: { ownerKey, assignmentId: null, status: 'submitted' },
    orderBy: [{ submittedAt: 'desc' }, { id: 'desc' }],
    take: SCORE_HISTORY_LENGTH,
    select: { id: true, setId: true, retryOfId: true, submittedAt: true, score: true, itemsJson: true },
  });
  return rows.map((row) => ({
    id: row.id,
    setId: row.setId,
    kind: practiceKind(row.setId, row.retryOfId),
    submittedAt: row.submittedAt!,
    score: row.score ?? 0,
    itemCount: itemCount(row.itemsJson),
    releaseAt: null,
    timeZone: null,
  }));
}

/**
 * The submitted assignment attempts of these students, each with its score only when the feedback
 * rule shows it, and the ids of those whose answer key may be shown.
 */
async function assignmentRecords(studentIds: string[], now: Date): Promise<{ records: SubmittedAttemptRecord[]; keyShown: string[] }> {
  if (studentIds.length === 0) return { records: [], keyShown: [] };
  const rows = await db.attempt.findMany({
    where: { studentId: { in: studentIds }, assignmentId: { not: null } },
    select: {
      id: true,
      setId: true,
      status: true,
      submittedAt: true,
      score: true,
      itemsJson: true,
      studentId: true,
      assignmentId: true,
      assignment: { select: { ...RULE_FIELDS, timeZone: true, overrides: { select: { studentId: true, closesAt: true, extraAttempts: true, extraMinutes: true } } } },
    },
  });
  const used = new Map<string, number>();
  const usedKey = (row: { assignmentId: string | null; studentId: string | null }) => `${row.assignmentId}\u0000${row.studentId}`;
  for (const row of rows) used.set(usedKey(row), (used.get(usedKey(row)) ?? 0) + 1);

  const records: SubmittedAttemptRecord[] = [];
  const keyShown: string[] = [];
  for (const row of rows) {
    if (row.status !== 'submitted' || !row.assignment || !row.submittedAt) continue;
    const visibility = assignmentAttemptVisibility(
      {
        rules: toRules(row.assignment),
        override: toOverride(row.assignment.overrides.find((override) => override.studentId === row.studentId)),
        overrideClosesAt: row.assignment.overrides.map((override) => override.closesAt),
        attemptsUsed: used.get(usedKey(row)) ?? 0,
      },
      now,
    );
    if (visibility.showsKey) keyShown.push(row.id);
    records.push({
      id: row.id,
      setId: row.setId,
      kind: 'assignment',
      submittedAt: row.submittedAt,
      score: visibility.showsScore ? (row.score ?? 0) : null,
      itemCount: itemCount(row.itemsJson),
      releaseAt: visibility.showsScore ? null : visibility.releaseAt,
      timeZone: row.assignment.timeZone,
    });
  }
  return { records, keyShown };
}
