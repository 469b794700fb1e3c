import 'server-only';
import { randomUUID } from 'node:crypto';
import type { JoinClassInput, RecoverStudentInput } from '@/domain/classes/schemas';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { Device } from '@/server/auth/device';
import { hashToken } from '@/server/auth/tokens';
import { db, type Tx } from './client';
import { isUniqueViolation } from './errors';
import { recoveryCodeHash } from './student-access';

/** A class membership this device acts for. */
export type DeviceStudentView = { studentId: string; classroomId: string; classroomName: string; displayName: string; studentNumber: string | null };

export type JoinRefusal = 'join_code_unknown' | 'number_taken' | 'personal_link_required' | 'personal_link_unknown' | 'recovery_not_allowed' | 'recovery_no_match';

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The students this device acts for, one per class at most, removed students left out. */
export async function listDeviceStudents(device: Device | undefined): Promise<DeviceStudentView[]> {
  if (!device) return [];
  const rows = await db.studentDevice.findMany({
    where: { deviceKeyHash: hashToken(device.ownerKey), student: { removedAt: null } },
    orderBy: { createdAt: 'asc' },
    select: { student: { select: { id: true, displayName: true, studentNumber: true, classroom: { select: { id: true, name: true } } } } },
  });
  return rows.map(({ student }) => ({ studentId: student.id, classroomId: student.classroom.id, classroomName: student.classroom.name, displayName: student.displayName, studentNumber: student.studentNumber }));
}

/** The student this device acts for in a class, if any (removed students never count). */
export async function getDeviceStudentInClass(device: Device, classroomId: string): Promise<{ id: string; displayName: string } | undefined> {
  const link = await db.studentDevice.findFirst({
    where: { deviceKeyHash: hashToken(device.ownerKey), student: { classroomId, removedAt: null } },
    select: { student: { select: { id: true, displayName: true } } },
  });
  return link?.student;
}

/** The student this device acts for in the class that currently has `joinCode`, if any. */
export async function getDeviceStudentByJoinCode(device: Device | undefined, joinCode: string): Promise<DeviceStudentView | undefined> {
  if (!device || !joinCode) return undefined;
  const link = await db.studentDevice.findFirst({
    where: { deviceKeyHash: hashToken(device.ownerKey), student: { removedAt: null, classroom: { joinCode } } },
    select: { student: { select: { id: true, displayName: true, studentNumber: true, classroom: { select: { id: true, name: true } } } } },
  });
  if (!link) return undefined;
  const { student } = link;
  return { studentId: student.id, classroomId: student.classroom.id, classroomName: student.classroom.name, displayName: student.displayName, studentNumber: student.studentNumber };
}

/** The name of the class that currently has `joinCode`, or undefined when no class has it. */
export async function findClassroomNameByJoinCode(joinCode: string): Promise<string | undefined> {
  const classroom = await db.classroom.findUnique({ where: { joinCode }, select: { name: true } });
  return classroom?.name;
}

/**
 * Makes the device act for `studentId`. A device holds one student per class (a unique key on the
 * device and the class), so a shared computer handed to the next student switches its one link in
 * the class to them instead of mixing their work. Any unused personal link of the student stops
 * working: the record now belongs to a device.
 */
async function linkDevice(tx: Tx, device: Device, studentId: string, classroomId: string, at: Date): Promise<void> {
  const deviceKeyHash = hashToken(device.ownerKey);
  await tx.studentDevice.upsert({
    where: { deviceKeyHash_classroomId: { deviceKeyHash, classroomId } },
    create: { id: randomUUID(), deviceKeyHash, classroomId, studentId },
    update: { studentId },
  });
  await tx.student.updateMany({ where: { id: studentId, joinedAt: null }, data: { joinedAt: at } });
  await tx.student.update({ where: { id: studentId }, data: { personalTokenHash: null, personalLinkExpiresAt: null } });
}

/**
 * Moves everything `from` owns (its student links, its attempts) to the fresh key `to`: after a
 * join, a claimed link or a recovery the browser gets a new device cookie, and the old value stops
 * acting for anyone. Both keys are stored only as hashes.
 */
export async function moveDeviceKey(from: Device, to: Device): Promise<void> {
  const fromHash = hashToken(from.ownerKey);
  const toHash = hashToken(to.ownerKey);
  if (fromHash === toHash) return;
  await db.$transaction([
    db.studentDevice.updateMany({ where: { deviceKeyHash: fromHash }, data: { deviceKeyHash: toHash } }),
    db.attempt.updateMany({ where: { ownerKey: fromHash }, data: { ownerKey: toHash } }),
  ]);
}

export type JoinedView = { studentId: string; classroomId: string; classroomName: string; displayName: string; wasAlreadyJoined: boolean };

const numberTaken = (number: string) => fail('number_taken', 'errors.join.numberTaken', { number });

/**
 * Joins a class by its code. A student number already in the class is refused: an imported
 * student's record is claimed with their personal link only, never with a name and number
 * classmates may know.
 */
export async function joinClassroom(device: Device, input: JoinClassInput, at = new Date()): Promise<Result<JoinedView, JoinRefusal>> {
  const classroom = await db.classroom.findUnique({ where: { joinCode: input.code }, select: { id: true, name: true } });
  if (!classroom) return fail('join_code_unknown', 'errors.join.codeUnknown');
  const existing = await getDeviceStudentInClass(device, classroom.id);
  if (existing && sameName(existing.displayName, input.displayName)) {
    return ok({ studentId: existing.id, classroomId: classroom.id, classroomName: classroom.name, displayName: existing.displayName, wasAlreadyJoined: true });
  }
  try {
    return await db.$transaction(async (tx): Promise<Result<JoinedView, JoinRefusal>> => {
      if (input.studentNumber) {
        const holder = await tx.student.findFirst({ where: { classroomId: classroom.id, studentNumber: input.studentNumber }, select: { joinedAt: true, removedAt: true } });
        if (holder) {
          const isUnclaimedImport = holder.joinedAt === null && holder.removedAt === null;
          return isUnclaimedImport ? fail('personal_link_required', 'errors.join.personalLinkRequired', { number: input.studentNumber }) : numberTaken(input.studentNumber);
        }
      }
      const studentId = randomUUID();
      await tx.student.create({ data: { id: studentId, classroomId: classroom.id, displayName: input.displayName, studentNumber: input.studentNumber, joinedAt: at } });
      await linkDevice(tx, device, studentId, classroom.id, at);
      return ok({ studentId, classroomId: classroom.id, classroomName: classroom.name, displayName: input.displayName, wasAlreadyJoined: false });
    });
  } catch (error) {
    // Two devices joining with the same new number at once: the second one loses the race.
    if (input.studentNumber && isUniqueViolation(error)) return numberTaken(input.studentNumber);
    throw error;
  }
}

/** The rows a personal link token still opens: its hash, not expired, not used, not removed. */
function openPersonalLink(token: string, now: Date) {
  return { personalTokenHash: hashToken(token), personalLinkExpiresAt: { gt: now }, joinedAt: null, removedAt: null };
}

/** The class and name behind a personal join link, for the confirmation page; undefined when the link does not work (unknown, used or expired). */
export async function getPersonalLink(token: string, now = new Date()): Promise<{ classroomName: string; displayName: string } | undefined> {
  const student = await db.student.findFirst({ where: openPersonalLink(token, now), select: { displayName: true, classroom: { select: { name: true } } } });
  return student ? { classroomName: student.classroom.name, displayName: student.displayName } : undefined;
}

/** Claims the imported student behind a personal join link; the link works once, until it expires. */
export async function claimPersonalLink(device: Device, token: string, at = new Date()): Promise<Result<JoinedView, JoinRefusal>> {
  const unknown = fail('personal_link_unknown', 'errors.join.personalLinkUnknown');
  return db.$transaction(async (tx) => {
    const student = await tx.student.findFirst({ where: openPersonalLink(token, at), select: { id: true, displayName: true, classroom: { select: { id: true, name: true } } } });
    if (!student) return unknown;
    // Claimed with a conditional update: of two devices using the link at once, one wins.
    const claimed = await tx.student.updateMany({ where: { id: student.id, ...openPersonalLink(token, at) }, data: { personalTokenHash: null, personalLinkExpiresAt: null } });
    if (claimed.count !== 1) return unknown;
    await linkDevice(tx, device, student.id, student.classroom.id, at);
    return ok({ studentId: student.id, classroomId: student.classroom.id, classroomName: student.classroom.name, displayName: student.displayName, wasAlreadyJoined: false });
  });
}

/**
 * Links this device to an existing student found by class code, name and student number, with the
 * one-time recovery code their trainer showed them, when the class allows recovery. The code
 * works once, until it expires; a wrong name, number or code gets one answer that says none of
 * which. Other devices keep working.
 */
export async function recoverStudent(device: Device, input: RecoverStudentInput, at = new Date()): Promise<Result<JoinedView, JoinRefusal>> {
  const classroom = await db.classroom.findUnique({ where: { joinCode: input.code }, select: { id: true, name: true, allowRecovery: true } });
  if (!classroom) return fail('join_code_unknown', 'errors.join.codeUnknown');
  if (!classroom.allowRecovery) return fail('recovery_not_allowed', 'errors.recover.notAllowed');
  const noMatch = fail('recovery_no_match', 'errors.recover.noMatch');
  const student = await db.student.findFirst({ where: { classroomId: classroom.id, studentNumber: input.studentNumber, removedAt: null }, select: { id: true, displayName: true } });
  if (!student || !sameName(student.displayName, input.displayName)) return noMatch;
  const codeHash = recoveryCodeHash(student.id, input.recoveryCode);
  return db.$transaction(async (tx) => {
    // Used up with a conditional update, so a code works once even when sent twice at once.
    const used = await tx.student.updateMany({
      where: { id: student.id, removedAt: null, recoveryCodeHash: codeHash, recoveryCodeExpiresAt: { gt: at } },
      data: { recoveryCodeHash: null, recoveryCodeExpiresAt: null },
    });
    if (used.count !== 1) return noMatch;
    await linkDevice(tx, device, student.id, classroom.id, at);
    return ok({ studentId: student.id, classroomId: classroom.id, classroomName: classroom.name, displayName: student.displayName, wasAlreadyJoined: false });
  });
}
