import 'server-only';
import { randomBytes, randomUUID } from 'node:crypto';
import { joinCodeFromBytes, JOIN_CODE_LENGTH } from '@/domain/classes/join-code';
import type { CreateClassroomInput } from '@/domain/classes/schemas';
import type { RosterRow } from '@/domain/classes/roster-csv';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { db } from './client';
import { isUniqueViolation } from './errors';

export type ClassroomRefusal = 'class_not_found';

export type ClassroomSummaryView = { id: string; name: string; joinCode: string; trainerName: string; studentCount: number; assignmentCount: number };

export type RosterStudentView = {
  id: string;
  displayName: string;
  studentNumber: string | null;
  /** null: imported and not yet joined from a device. */
  joinedAt: Date | null;
  /** Set when the trainer removed the student; their attempts are kept. */
  removedAt: Date | null;
  /** When the student's personal join link stops working; null when they have none (or used it). */
  personalLinkExpiresAt: Date | null;
  /** Attempts stored for the student (kept after removal). */
  attemptCount: number;
};

export type ClassroomView = { id: string; name: string; joinCode: string; allowRecovery: boolean; trainerName: string; students: RosterStudentView[] };

/** Trainers manage their own classes; admins may manage every class. */
function managedBy(staff: StaffViewer) {
  return staff.role === 'admin' ? {} : { trainerId: staff.userId };
}

const classNotFound = () => fail('class_not_found', 'errors.class.notFound');

/** True when the staff member may see and change this class. */
export async function canManageClassroom(staff: StaffViewer, classroomId: string): Promise<boolean> {
  return (await db.classroom.count({ where: { id: classroomId, ...managedBy(staff) } })) > 0;
}

function newJoinCode(): string {
  return joinCodeFromBytes(randomBytes(JOIN_CODE_LENGTH));
}

/** Retries `write` with a fresh join code when the random one is already taken (rare). */
async function withFreshJoinCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let tries = 0; ; tries += 1) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || tries >= 5) throw error;
    }
  }
}

/** Creates a class owned by the staff member, with a new join code. */
export async function createClassroom(staff: StaffViewer, input: CreateClassroomInput): Promise<{ id: string; joinCode: string }> {
  const id = randomUUID();
  return withFreshJoinCode(async (joinCode) => {
    await db.classroom.create({ data: { id, name: input.name, trainerId: staff.userId, joinCode } });
    return { id, joinCode };
  });
}

/** The classes the staff member manages, newest first. */
export async function listClassrooms(staff: StaffViewer): Promise<ClassroomSummaryView[]> {
  const rows = await db.classroom.findMany({
    where: managedBy(staff),
    orderBy: { createdAt: 'desc' },
    select: {
      id: true,
      name: true,
      joinCode: true,
      trainer: { select: { name: true } },
      _count: { select: { students: { where: { removedAt: null } }, assignments: true } },
    },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, joinCode: row.joinCode, trainerName: row.trainer.name, studentCount: row._count.students, assignmentCount: row._count.assignments }));
}

/** One class with its whole roster (removed students last), if the staff member manages it. */
export async function getClassroom(staff: StaffViewer, classroomId: string): Promise<Result<ClassroomView, ClassroomRefusal>> {
  const row = await db.classroom.findFirst({
    where: { id: classroomId, ...managedBy(staff) },
    select: {
      id: true,
      name: true,
      joinCode: true,
      allowRecovery: true,
      trainer: { select: { name: true } },
      students: {
        orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
        select: { id: true, displayName: true, studentNumber: true, joinedAt: true, removedAt: true, personalLinkExpiresAt: true, _count: { select: { attempts: true } } },
      },
    },
  });
  if (!row) return classNotFound();
  const all = row.students.map(({ _count, ...student }) => ({ ...student, attemptCount: _count.attempts }));
  const students = [...all.filter((student) => !student.removedAt), ...all.filter((student) => student.removedAt)];
  return ok({ id: row.id, name: row.name, joinCode: row.joinCode, allowRecovery: row.allowRecovery, trainerName: row.trainer.name, students });
}

/** Replaces the join code; the old one stops working at once. Students already in stay in. */
export async function rotateJoinCode(staff: StaffViewer, classroomId: string): Promise<Result<{ joinCode: string }, ClassroomRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return classNotFound();
  return ok(
    await withFreshJoinCode(async (joinCode) => {
      await db.classroom.update({ where: { id: classroomId }, data: { joinCode } });
      return { joinCode };
    }),
  );
}

/** Whether students of this class may recover their record on a new device. */
export async function setAllowRecovery(staff: StaffViewer, classroomId: string, allowRecovery: boolean): Promise<Result<null, ClassroomRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return classNotFound();
  await db.classroom.update({ where: { id: classroomId }, data: { allowRecovery } });
  return ok(null);
}

export type RemoveStudentRefusal = ClassroomRefusal | 'student_not_found';

/**
 * Removes a student: their devices stop acting for them and they leave the roster, but their
 * attempts stay (marked removed) so the trainer's records keep what happened.
 */
export async function removeStudent(staff: StaffViewer, classroomId: string, studentId: string, at = new Date()): Promise<Result<null, RemoveStudentRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return classNotFound();
  const student = await db.student.findFirst({ where: { id: studentId, classroomId, removedAt: null }, select: { id: true } });
  if (!student) return fail('student_not_found', 'errors.class.studentNotFound');
  await db.$transaction([
    db.student.update({ where: { id: studentId }, data: { removedAt: at, personalTokenHash: null, personalLinkExpiresAt: null, recoveryCodeHash: null, recoveryCodeExpiresAt: null } }),
    db.studentDevice.deleteMany({ where: { studentId } }),
  ]);
  return ok(null);
}

export type RosterImportRefusal = ClassroomRefusal | 'roster_conflict';
export type RosterConflict = { line: number; number: string };

/** Roster rows whose student number is already used in the class (by a current or removed student). */
export async function findRosterConflicts(staff: StaffViewer, classroomId: string, rows: RosterRow[]): Promise<Result<RosterConflict[], ClassroomRefusal>> {
  if (!(await canManageClassroom(staff, classroomId))) return classNotFound();
  return ok(await conflictsIn(classroomId, rows));
}

async function conflictsIn(classroomId: string, rows: RosterRow[]): Promise<RosterConflict[]> {
  const numbers = rows.flatMap((row) => (row.studentNumber ? [row.studentNumber] : []));
  if (numbers.length === 0) return [];
  const taken = await db.student.findMany({ where: { classroomId, studentNumber: { in: numbers } }, select: { studentNumber: true } });
  const takenNumbers = new Set(taken.map((student) => student.studentNumber));
  return rows.flatMap((row) => (row.studentNumber && takenNumbers.has(row.studentNumber) ? [{ line: row.line, number: row.studentNumber }] : []));
}

/**
 * Adds every row as a student, in one transaction: when any student number is already in the
 * class, nothing is imported and each clash is reported by line. Rows keep the file's order on the
 * roster. Their personal join links are made afterwards (issuePersonalLinks), when the trainer
 * can see and print them.
 */
export async function importRoster(
  staff: StaffViewer,
  classroomId: string,
  rows: RosterRow[],
  at = new Date(),
): Promise<Result<{ imported: number }, RosterImportRefusal> & { conflicts?: RosterConflict[] }> {
  if (!(await canManageClassroom(staff, classroomId))) return classNotFound();
  const conflicts = await conflictsIn(classroomId, rows);
  if (conflicts.length > 0) return { ...fail('roster_conflict', 'errors.roster.numberInClass'), conflicts };
  try {
    await db.$transaction(
      rows.map((row, index) =>
        db.student.create({
          data: {
            id: randomUUID(),
            classroomId,
            displayName: row.displayName,
            studentNumber: row.studentNumber,
            // One millisecond apart: the roster is ordered by creation time.
            createdAt: new Date(at.getTime() + index),
          },
        }),
      ),
    );
  } catch (error) {
    // A student joined with one of these numbers between the check and the write.
    if (!isUniqueViolation(error)) throw error;
    return { ...fail('roster_conflict', 'errors.roster.numberInClass'), conflicts: await conflictsIn(classroomId, rows) };
  }
  return ok({ imported: rows.length });
}
