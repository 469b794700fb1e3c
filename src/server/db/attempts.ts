import 'server-only';
import { randomInt, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { choiceFacts, decisionOutcome } from '@/domain/analytics/answer-facts';
import { ANSWER_GRACE_SECONDS, checkAnswerInTime, feedbackReleaseAt, hasAttemptsLeft, isPastDeadline } from '@/domain/assignments/rules';
import { FEEDBACK_TIMINGS, type FeedbackTiming } from '@/domain/assignments/schemas';
import { checkStageAllowed } from '@/domain/quiz/answer-rules';
import { summarizePracticeProgress, type OpenPracticeAttempt, type PracticeProgress } from '@/domain/quiz/practice-progress';
import { decodeStageResponses, optionOrderFor } from '@/domain/quiz/handles';
import { questionResponseSchema, type AnswerSubmission, type QuestionResponse } from '@/domain/quiz/schemas';
import { stageContribution, stageQuestionIndexes } from '@/domain/quiz/stages';
import type { Scenario } from '@/domain/content/scenario';
import { DEFAULT_LOCALE, type Locale } from '@/domain/shared/locales';
import { fail, ok, type Failure, type Result } from '@/domain/shared/result';
import { scoreQuestions, type QuestionScore } from '@/domain/scoring/score-scenario';
import type { Device } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import type { StaffViewer } from '@/server/auth/staff';
import type { Prisma } from '@/generated/prisma-sqlite/client';
import { db, type Tx } from './client';
import { isUniqueViolation } from './errors';
import { scenarioAtVersion } from './scenario-at-version';

export type AttemptStatus = 'in_progress' | 'submitted';

/** What is stored for one scenario of an attempt: its stages merged. */
export type StoredAnswerView = {
  position: number;
  scenarioId: string;
  scenarioVersion: string;
  /** Every answered question of the scenario, by question id, with option ids. */
  responses: Record<string, QuestionResponse>;
  questionScores: QuestionScore[];
  /** The scenario's score so far, 0..1 (unanswered follow-ups count 0). */
  score: number;
  /** The decision is stored. */
  hasDecision: boolean;
  /** Every stage is stored: the scenario is answered. */
  isComplete: boolean;
};

/** What an assignment attempt carries beyond a practice attempt; the rules the player must follow. */
export type AttemptAssignmentView = {
  id: string;
  feedback: FeedbackTiming;
  /** When "after the assignment closes" feedback may be shown (UTC). */
  releaseAt: Date;
  /** This student's close time, after their override (UTC). */
  closesAt: Date;
  /** When the attempt ends by itself: time limit or close time (UTC). */
  deadlineAt: Date | null;
  /** The trainer removed the student; the attempt is kept but takes no more answers. */
  isStudentRemoved: boolean;
  /** The student could still start another attempt: "after the attempt" then shows the score, not the key. */
  hasAttemptsLeft: boolean;
  /** IANA zone the trainer set the times in. */
  timeZone: string;
};

export type AttemptView = {
  id: string;
  setId: string;
  items: string[];
  status: AttemptStatus;
  startedAt: Date;
  submittedAt: Date | null;
  /** Sum of item scores, 0..items.length; null while in progress. */
  score: number | null;
  retryOfId: string | null;
  /** Seed that orders options for this attempt; null keeps the written order. */
  optionSeed: number | null;
  assignment: AttemptAssignmentView | null;
  answers: StoredAnswerView[];
};

const itemsSchema = z.array(z.string());
const feedbackTimingSchema = z.enum(FEEDBACK_TIMINGS);
/** What an answer row stores in responseJson: the responses by question id, and how each question scored. */
export const storedResponseSchema = z.object({
  responses: z.record(z.string(), questionResponseSchema),
  questionScores: z.array(z.object({ questionId: z.string(), score: z.number(), isCorrect: z.boolean() })),
});

type NewPracticeAttempt = { setId: string; items: string[]; locale: Locale; retryOfId?: string };

/**
 * The row of a new practice attempt owned by the device; `items` are scenario ids in play order.
 * Practice always shuffles options, so neither their order nor their handles repeat the written order.
 */
function practiceAttemptRow(device: Device, input: NewPracticeAttempt) {
  return {
    id: randomUUID(),
    setId: input.setId,
    ownerKey: hashToken(device.ownerKey),
    itemsJson: JSON.stringify(input.items),
    locale: input.locale,
    retryOfId: input.retryOfId ?? null,
    optionSeed: randomInt(1, 2 ** 31 - 1),
  };
}

/** Stores a practice attempt as it is, next to any unfinished one (tests and fixtures; the app starts runs with startPracticeAttempt). */
export async function createAttempt(device: Device, input: NewPracticeAttempt): Promise<{ id: string }> {
  const { id } = await db.attempt.create({ data: practiceAttemptRow(device, input), select: { id: true } });
  return { id };
}

/**
 * Starts a practice run of a set, keeping one unfinished run per set and device. While one is
 * unfinished, a new run starts only when the request names it in `replaces` (the student saw the
 * warning and chose "start over"): the unfinished run is then deleted with its answers, in the same
 * transaction that creates the new one. Finished runs are never touched. The new run holds the
 * set's unfinished-run key (unique per owner), so of two starts at once only one stores its run.
 */
export async function startPracticeAttempt(device: Device, input: NewPracticeAttempt & { replaces?: string }): Promise<Result<{ id: string }, 'unfinished_attempt'>> {
  const ownerKey = hashToken(device.ownerKey);
  const refused = fail('unfinished_attempt', 'home.error.unfinished');
  // Read outside the transaction: the unique key decides between starts that read the same.
  const unfinished = await db.attempt.findMany({ where: { ownerKey, setId: input.setId, assignmentId: null, status: 'in_progress' }, select: { id: true } });
  const ids = unfinished.map((attempt) => attempt.id);
  if (ids.length > 0 && !ids.includes(input.replaces ?? '')) return refused;
  try {
    return await db.$transaction(async (tx) => {
      // Conditional on still being unfinished: a run that was just completed in another tab stays.
      await tx.attempt.deleteMany({ where: { id: { in: ids }, ownerKey, status: 'in_progress', assignmentId: null } });
      const { id } = await tx.attempt.create({ data: { ...practiceAttemptRow(device, input), openPracticeSetId: input.setId }, select: { id: true } });
      return ok({ id });
    });
  } catch (error) {
    // Another start of this set stored its run first: that is the unfinished run now.
    if (isUniqueViolation(error)) return refused;
    throw error;
  }
}

/** The students this device acts for, with their classes. */
async function deviceLinks(device: Device) {
  const links = await db.studentDevice.findMany({ where: { deviceKeyHash: hashToken(device.ownerKey) }, select: { studentId: true, student: { select: { classroomId: true } } } });
  return links.map((link) => ({ studentId: link.studentId, classroomId: link.student.classroomId }));
}

/**
 * Where-clause for the attempts a device may open: those it started, and, for assignment
 * attempts, those of the students it acts for (a student who recovered on a new device).
 */
function ownedBy(device: Device, links: { studentId: string }[]) {
  const ownerKey = hashToken(device.ownerKey);
  return links.length === 0 ? { ownerKey } : { OR: [{ ownerKey }, { studentId: { in: links.map((link) => link.studentId) } }] };
}

/**
 * The device's attempt with its answers, or undefined when it does not exist or is not theirs.
 * An assignment attempt whose time ran out is submitted here, with what was answered, so a
 * student who closed the browser finds it submitted rather than lost.
 */
export async function loadAttemptSubmittingExpired(device: Device, attemptId: string, now: Date = new Date()): Promise<AttemptView | undefined> {
  const links = await deviceLinks(device);
  const row = await db.attempt.findFirst({ where: { id: attemptId, ...ownedBy(device, links) }, include: ATTEMPT_INCLUDE });
  if (!row) return undefined;
  // A shared computer handed to the next student of the class acts for them now, not for the
  // student who started this attempt on it.
  const isSomeoneElsesNow = row.assignment && links.some((link) => link.classroomId === row.assignment!.classroomId && link.studentId !== row.studentId);
  if (isSomeoneElsesNow) return undefined;
  return viewSubmittingExpired(row, now);
}

export type StaffAttemptView = AttemptView & { studentId: string; studentName: string; classroomId: string };

/**
 * A student's assignment attempt for the trainer who manages the class (or an admin), with the
 * same automatic submission at the deadline. Practice attempts are nobody's business but the device's.
 */
export async function loadAttemptForStaffSubmittingExpired(staff: StaffViewer, attemptId: string, now: Date = new Date()): Promise<StaffAttemptView | undefined> {
  const row = await db.attempt.findFirst({
    where: { id: attemptId, assignment: { classroom: staff.role === 'admin' ? {} : { trainerId: staff.userId } } },
    include: { ...ATTEMPT_INCLUDE, student: { select: { removedAt: true, displayName: true } } },
  });
  if (!row?.assignment || !row.student || !row.studentId) return undefined;
  return { ...(await viewSubmittingExpired(row, now)), studentId: row.studentId, studentName: row.student.displayName, classroomId: row.assignment.classroomId };
}

const ATTEMPT_INCLUDE = {
  answers: { orderBy: { position: 'asc' } },
  assignment: {
    select: { id: true, classroomId: true, feedback: true, closesAt: true, timeZone: true, attemptsAllowed: true, overrides: { select: { studentId: true, closesAt: true, extraAttempts: true } } },
  },
  student: { select: { removedAt: true } },
} as const satisfies Prisma.AttemptInclude;

type AttemptRow = Prisma.AttemptGetPayload<{ include: typeof ATTEMPT_INCLUDE }>;

/** The stored attempt as the app sees it, submitting it first when its deadline and grace have passed. */
async function viewSubmittingExpired(row: AttemptRow, now: Date): Promise<AttemptView> {
  const answers = mergeStages(row.answers);
  let { status, submittedAt, score } = row;
  if (status === 'in_progress' && row.deadlineAt && isPastDeadline(row.deadlineAt, now)) {
    ({ status, submittedAt, score } = await submitAttemptRow(row.id, row.deadlineAt));
  }
  const override = row.assignment?.overrides.find((candidate) => candidate.studentId === row.studentId);
  const closesAt = override?.closesAt && row.assignment && override.closesAt > row.assignment.closesAt ? override.closesAt : row.assignment?.closesAt;
  const attemptsUsed = row.assignment ? await db.attempt.count({ where: { assignmentId: row.assignment.id, studentId: row.studentId } }) : 0;
  const assignment = row.assignment && {
    id: row.assignment.id,
    feedback: feedbackTimingSchema.parse(row.assignment.feedback),
    releaseAt: feedbackReleaseAt(row.assignment.closesAt, row.assignment.overrides.map((candidate) => candidate.closesAt)),
    closesAt: closesAt!,
    hasAttemptsLeft: hasAttemptsLeft(
      { attemptsAllowed: row.assignment.attemptsAllowed === null ? null : row.assignment.attemptsAllowed + (override?.extraAttempts ?? 0), closesAt: closesAt! },
      attemptsUsed,
      now,
    ),
    deadlineAt: row.deadlineAt,
    isStudentRemoved: row.student?.removedAt != null,
    timeZone: row.assignment.timeZone,
  };
  return {
    id: row.id,
    setId: row.setId,
    items: itemsSchema.parse(JSON.parse(row.itemsJson)),
    status: status as AttemptStatus,
    startedAt: row.startedAt,
    submittedAt,
    score,
    retryOfId: row.retryOfId,
    optionSeed: row.optionSeed,
    assignment,
    answers,
  };
}

/** One view per answered position, its stage rows (decision first) merged. */
function mergeStages(rows: AttemptRow['answers']): StoredAnswerView[] {
  const byPosition = new Map<number, StoredAnswerView>();
  const ordered = [...rows].sort((a, b) => a.position - b.position || STAGE_ORDER.indexOf(a.stage) - STAGE_ORDER.indexOf(b.stage));
  for (const row of ordered) {
    const stored = storedResponseSchema.parse(JSON.parse(row.responseJson));
    const merged = byPosition.get(row.position);
    if (!merged) {
      byPosition.set(row.position, {
        position: row.position,
        scenarioId: row.scenarioId,
        scenarioVersion: row.scenarioVersion,
        responses: stored.responses,
        questionScores: stored.questionScores,
        score: row.score,
        hasDecision: true,
        isComplete: row.completesItem,
      });
      continue;
    }
    merged.responses = { ...merged.responses, ...stored.responses };
    merged.questionScores = [...merged.questionScores, ...stored.questionScores];
    merged.score += row.score;
    merged.isComplete ||= row.completesItem;
  }
  return [...byPosition.values()];
}

const STAGE_ORDER = ['whole', 'decision', 'follow-up'];

/**
 * Holds the attempt's row for the rest of the transaction while it is in progress: a conditional
 * write of the status it already has, whose row count says whether it is still open. Answers and
 * submissions of one attempt all begin with a write to this row, so the database runs them one
 * after the other and each sees what the one before stored; false when the attempt is closed.
 */
async function holdOpenAttempt(tx: Tx, attemptId: string): Promise<boolean> {
  const held = await tx.attempt.updateMany({ where: { id: attemptId, status: 'in_progress' }, data: { status: 'in_progress' } });
  return held.count === 1;
}

/**
 * Closes the held attempt with the sum of every answer stored for it, and marks it when it is its
 * student's first submitted attempt of its assignment.
 */
async function closeHeldAttempt(tx: Tx, attemptId: string, at: Date): Promise<void> {
  const answered = await tx.answer.aggregate({ where: { attemptId }, _sum: { score: true } });
  const closed = await tx.attempt.update({
    where: { id: attemptId },
    data: { status: 'submitted', submittedAt: at, score: answered._sum.score ?? 0, openPracticeSetId: null },
    select: { assignmentId: true, studentId: true },
  });
  if (closed.assignmentId && closed.studentId) await markIfFirstSubmitted(tx, attemptId, closed.assignmentId, closed.studentId);
}

/**
 * Marks the attempt being submitted as the student's first submitted attempt of the assignment
 * (`firstSubmittedOf`, with the facts of its answers, which item analysis counts from one index),
 * unless another attempt holds the mark. The student's row is held first, so two attempts of one
 * student submitted at once take turns and the second finds the first's mark; the unique key
 * (firstSubmittedOf, studentId) refuses a second mark in any case. A student starts a new attempt
 * only once the open one is submitted, so the first submitted is also the lowest-numbered.
 */
async function markIfFirstSubmitted(tx: Tx, attemptId: string, assignmentId: string, studentId: string): Promise<void> {
  await tx.$executeRaw`UPDATE "Student" SET "classroomId" = "classroomId" WHERE "id" = ${studentId}`;
  const marked = await tx.$executeRaw`
    UPDATE "Attempt" SET "firstSubmittedOf" = ${assignmentId}
    WHERE "id" = ${attemptId} AND NOT EXISTS (SELECT 1 FROM "Attempt" f WHERE f."firstSubmittedOf" = ${assignmentId} AND f."studentId" = ${studentId})`;
  if (marked !== 1) return;
  const ofThisAttempt = { answer: { attemptId } };
  await tx.answerQuestion.updateMany({ where: ofThisAttempt, data: { firstSubmittedOf: assignmentId } });
  await tx.answerChoice.updateMany({ where: ofThisAttempt, data: { firstSubmittedOf: assignmentId } });
}

/**
 * Submits an in-progress attempt with the answers it has; a no-op (returning the stored state) when
 * already submitted. The row is held before the answers are summed, so an answer arriving at the
 * same moment is either stored first and counted, or refused as arriving after the close.
 */
async function submitAttemptRow(attemptId: string, at: Date): Promise<{ status: string; submittedAt: Date | null; score: number | null }> {
  return db.$transaction(async (tx) => {
    if (await holdOpenAttempt(tx, attemptId)) await closeHeldAttempt(tx, attemptId, at);
    return tx.attempt.findUniqueOrThrow({ where: { id: attemptId }, select: { status: true, submittedAt: true, score: true } });
  });
}

/**
 * Submits the device's attempt now with what was answered ("finish now" or a countdown that
 * reached zero). Unanswered scenarios score 0. Submitting twice changes nothing.
 */
export async function submitAttempt(device: Device, attemptId: string, now: Date = new Date()): Promise<Result<{ wasOpen: boolean }, 'attempt_not_found'>> {
  const attempt = await loadAttemptSubmittingExpired(device, attemptId, now);
  if (!attempt) return fail('attempt_not_found', 'errors.attempt.notFound');
  if (attempt.status !== 'in_progress') return ok({ wasOpen: false });
  const at = attempt.assignment?.deadlineAt && attempt.assignment.deadlineAt < now ? attempt.assignment.deadlineAt : now;
  await submitAttemptRow(attempt.id, at);
  return ok({ wasOpen: true });
}

/** Submits every assignment attempt whose deadline (plus the grace) has passed; returns how many. */
export async function submitExpiredAttempts(where: Prisma.AttemptWhereInput, now: Date = new Date()): Promise<number> {
  const expired = await db.attempt.findMany({
    where: { ...where, status: 'in_progress', deadlineAt: { lt: new Date(now.getTime() - ANSWER_GRACE_SECONDS * 1000) } },
    select: { id: true, deadlineAt: true },
  });
  for (const attempt of expired) await submitAttemptRow(attempt.id, attempt.deadlineAt!);
  return expired.length;
}

export type OpenAttemptView = OpenPracticeAttempt;

/**
 * The device's practice on this browser, in one query: its unfinished runs (newest first, for
 * "continue where you left off") and the best result of a full run per set. Assignment attempts
 * are listed under "my assignments", not among the practice sets.
 */
export async function getPracticeProgress(device: Device): Promise<PracticeProgress> {
  const rows = await db.attempt.findMany({
    where: { ownerKey: hashToken(device.ownerKey), assignmentId: null, OR: [{ status: 'in_progress' }, { status: 'submitted', retryOfId: null }] },
    orderBy: [{ startedAt: 'desc' }, { id: 'asc' }],
    select: { id: true, setId: true, status: true, score: true, itemsJson: true, retryOfId: true, _count: { select: { answers: { where: { completesItem: true } } } } },
  });
  return summarizePracticeProgress(
    rows.map((row) => ({
      id: row.id,
      setId: row.setId,
      status: row.status === 'submitted' ? 'submitted' : 'in_progress',
      score: row.score,
      itemCount: itemsSchema.parse(JSON.parse(row.itemsJson)).length,
      answered: row._count.answers,
      isRetry: row.retryOfId !== null,
    })),
  );
}

/** The device's unfinished practice runs, newest first. */
export async function listOpenAttempts(device: Device): Promise<OpenAttemptView[]> {
  return (await getPracticeProgress(device)).open;
}

export type RecordedAnswer = { position: number; stage: AnswerSubmission['stage']; isComplete: boolean; replayed: boolean };

export type RecordAnswerError =
  | 'attempt_not_found'
  | 'attempt_closed'
  | 'not_in_attempt'
  | 'already_answered'
  | 'decision_first'
  | 'answer_id_conflict'
  | 'scenario_unavailable'
  | 'answer_invalid'
  | 'answer_incomplete'
  | 'time_limit_passed'
  | 'assignment_closed'
  | 'student_removed';

/**
 * Scores and stores one stage of one scenario exactly once. The same `clientAnswerId` sent again
 * returns the first result unchanged; anything the rules forbid is refused and nothing is written.
 * `findScenario` gives the published scenario, which a decision is scored against and pins; the
 * follow-ups are scored against the pinned version even when a newer one was published since.
 */
export async function recordAnswer(
  device: Device,
  submission: AnswerSubmission,
  findScenario: (id: string) => Scenario | undefined,
  now: Date = new Date(),
): Promise<Result<RecordedAnswer, RecordAnswerError>> {
  const attempt = await loadAttemptSubmittingExpired(device, submission.attemptId, now);
  if (!attempt) return fail('attempt_not_found', 'errors.attempt.notFound');

  const replay = await findReplay(attempt, submission);
  if (replay) return replay;

  if (attempt.assignment) {
    const refusal = checkAssignmentAnswer(attempt.assignment, now);
    if (refusal) return refusal;
  }

  const { position, stage } = submission;
  const stored = attempt.answers.find((answer) => answer.position === position);
  const today = position < attempt.items.length ? findScenario(attempt.items[position]) : undefined;
  // Once the decision is stored, the whole scenario is scored against the version it pinned: a
  // revision published between the decision and the follow-ups must not change the key midway.
  const scenario = stored ? await scenarioAtVersion(today, stored.scenarioId, stored.scenarioVersion) : today;
  // Scoring uses the default language: both languages share keys, the content checker guarantees it.
  const localized = scenario?.byLocale[DEFAULT_LOCALE];
  const followUpCount = localized ? localized.questions.length - 1 : 0;
  const allowed = checkStageAllowed(
    { status: attempt.status, itemCount: attempt.items.length },
    position,
    stage,
    { hasDecision: stored?.hasDecision ?? false, isComplete: stored?.isComplete ?? false },
    followUpCount,
  );
  if (!allowed.ok) return allowed;
  if (!scenario || !localized) return fail('scenario_unavailable', 'errors.answer.scenarioUnavailable');

  const decoded = decodeStageResponses(localized, stage, optionOrderFor(attempt.optionSeed, position), submission.responses);
  if (!decoded.ok) return decoded as Result<never, RecordAnswerError>;
  const scored = scoreQuestions(localized, stageQuestionIndexes(localized.questions, stage), decoded.value);
  if (!scored.ok) return scored as Result<never, RecordAnswerError>;
  const decisionScore = stage === 'decision' ? scored.value[0].score : (stored!.questionScores[0]?.score ?? 0);
  const score = stageContribution(stage, decisionScore, followUpCount, stage === 'follow-up' ? scored.value.map((question) => question.score) : undefined);
  const completesItem = stage === 'follow-up' || followUpCount === 0;

  let isComplete = false;
  try {
    isComplete = await db.$transaction(async (tx) => {
      // Re-checked and held inside the transaction: the attempt may have been finished by another
      // request, and answers arriving together must each see the others' rows when counting below.
      if (!(await holdOpenAttempt(tx, attempt.id))) throw new AttemptClosedDuringWrite();
      await tx.answer.create({
        data: {
          id: randomUUID(),
          clientAnswerId: submission.clientAnswerId,
          attemptId: attempt.id,
          position,
          stage,
          completesItem,
          scenarioId: scenario.id,
          scenarioVersion: scenario.version,
          responseJson: JSON.stringify({ responses: decoded.value, questionScores: scored.value }),
          score,
          decisionOutcome: stage === 'decision' ? decisionOutcome(localized.verdict, scored.value[0].isCorrect) : null,
          choices: { createMany: { data: choiceFacts(localized, decoded.value).map((fact) => ({ ...fact, scenarioId: scenario.id })) } },
          questions: { createMany: { data: scored.value.map((question) => ({ scenarioId: scenario.id, questionId: question.questionId, score: question.score, isCorrect: question.isCorrect })) } },
        },
      });
      if (!completesItem) return false;
      // Counted while the row is held, so the last of two answers arriving together finishes the attempt.
      const completed = await tx.answer.count({ where: { attemptId: attempt.id, completesItem: true } });
      if (completed < attempt.items.length) return false;
      await closeHeldAttempt(tx, attempt.id, now);
      return true;
    });
  } catch (error) {
    const isClosed = error instanceof AttemptClosedDuringWrite;
    if (!isClosed && !isUniqueViolation(error)) throw error;
    // Another request stored this answer first (a double click or a retry, perhaps the answer that
    // then submitted the attempt): report what it stored, or why this one lost.
    const fresh = await loadAttemptSubmittingExpired(device, attempt.id, now);
    const raced = fresh && (await findReplay(fresh, submission));
    if (raced) return raced;
    return isClosed ? fail('attempt_closed', 'errors.attempt.closed') : fail('already_answered', 'errors.answer.alreadyAnswered', { position: position + 1 });
  }
  return ok({ position, stage, isComplete, replayed: false });
}

class AttemptClosedDuringWrite extends Error {}

/** The assignment rules an answer must meet on top of the attempt's own: the student is still in the class and in time. */
function checkAssignmentAnswer(assignment: AttemptAssignmentView, now: Date): Failure<RecordAnswerError> | undefined {
  if (assignment.isStudentRemoved) return fail('student_removed', 'errors.assignment.studentRemoved');
  if (!assignment.deadlineAt) return undefined;
  const inTime = checkAnswerInTime(assignment.deadlineAt, assignment.closesAt, now);
  return inTime.ok ? undefined : inTime;
}

async function findReplay(attempt: AttemptView, submission: AnswerSubmission): Promise<Result<RecordedAnswer, RecordAnswerError> | undefined> {
  const existing = await db.answer.findUnique({ where: { clientAnswerId: submission.clientAnswerId }, select: { attemptId: true, position: true, stage: true } });
  if (!existing) return undefined;
  if (existing.attemptId !== attempt.id || existing.position !== submission.position || existing.stage !== submission.stage) {
    return fail('answer_id_conflict', 'errors.answer.idConflict');
  }
  return ok({ position: submission.position, stage: submission.stage, isComplete: attempt.status === 'submitted', replayed: true });
}
