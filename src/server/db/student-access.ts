import 'server-only';
import { randomBytes } from 'node:crypto';
import { personalLinkExpiry } from '@/domain/classes/personal-links';
import { formatRecoveryCode, recoveryCodeExpiry, recoveryCodeFromBytes, RECOVERY_CODE_LENGTH } from '@/domain/classes/recovery-code';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken, newLinkToken } from '@/server/auth/tokens';
import { canManageClassroom, type ClassroomRefusal } from './classrooms';
import { db } from './client';

/*
 * What a trainer hands a student so a device can act for them: a personal join link for an
 * imported student who has not joined, a one-time recovery code for one who continues on a new
 * device. Only hashes are stored; the link or code is in the answer that made it, and nowhere else.
 */

/** What is stored for a recovery code: tied to the student, so one code hash means one student. */
export function recoveryCodeHash(studentId: string, code: string): string {
  return hashToken(`${studentId}:${code}`);
}

export type IssuedPersonalLink = { studentId: string; displayName: string; studentNumber: string | null; token: string };
export type PersonalLinksRefusal = ClassroomRefusal | 'student_not_found' | 'no_unjoined_students';

/**
 * Gives every imported student of the class who has not joined (or only `studentId`) a new
 * personal link that works once, until PERSONAL_LINK_DAYS from `at`. Links made before for them
 * stop working. The tokens are returned once; only their hashes are kept.
 */
export async function issuePersonalLinks(
  staff: StaffViewer,
  classroomId: string,
  options: { studentId?: string; at?: Date } = {},
): Promise<Result<{ expiresAt: Date; links: IssuedPersonalLink[] }, PersonalLinksRefusal>> {
  const at = options.at ?? new Date();
  if (!(await canManageClassroom(staff, classroomId))) return fail('class_not_found', 'errors.class.notFound');
  const unjoined = { classroomId, joinedAt: null, removedAt: null };
  const expiresAt = personalLinkExpiry(at);
  const links = await db.$transaction(async (tx) => {
    const students = await tx.student.findMany({
      where: { ...unjoined, ...(options.studentId ? { id: options.studentId } : {}) },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, displayName: true, studentNumber: true },
    });
    const issued: IssuedPersonalLink[] = [];
    for (const student of students) {
      const token = newLinkToken();
      const updated = await tx.student.updateMany({ where: { id: student.id, ...unjoined }, data: { personalTokenHash: hashToken(token), personalLinkExpiresAt: expiresAt } });
      if (updated.count === 1) issued.push({ studentId: student.id, displayName: student.displayName, studentNumber: student.studentNumber, token });
    }
    return issued;
  });
  if (links.length === 0) return options.studentId ? fail('student_not_found', 'errors.links.studentJoined') : fail('no_unjoined_students', 'links.empty');
  return ok({ expiresAt, links });
}

export type RecoveryCodeRefusal = ClassroomRefusal | 'student_not_found' | 'student_not_joined' | 'recovery_off';

/**
 * A new one-time recovery code for a student who has joined, valid for RECOVERY_CODE_MINUTES;
 * an earlier code of theirs stops working. Only while the class allows recovery.
 */
export async function issueRecoveryCode(
  staff: StaffViewer,
  classroomId: string,
  studentId: string,
  at = new Date(),
): Promise<Result<{ code: string; displayName: string; expiresAt: Date }, RecoveryCodeRefusal>> {
  const classroom = (await canManageClassroom(staff, classroomId)) ? await db.classroom.findUnique({ where: { id: classroomId }, select: { allowRecovery: true } }) : null;
  if (!classroom) return fail('class_not_found', 'errors.class.notFound');
  if (!classroom.allowRecovery) return fail('recovery_off', 'errors.recoveryCode.recoveryOff');
  const student = await db.student.findFirst({ where: { id: studentId, classroomId, removedAt: null }, select: { id: true, displayName: true, joinedAt: true } });
  if (!student) return fail('student_not_found', 'errors.class.studentNotFound');
  if (!student.joinedAt) return fail('student_not_joined', 'errors.recoveryCode.notJoined', { name: student.displayName });
  const code = recoveryCodeFromBytes(randomBytes(RECOVERY_CODE_LENGTH));
  const expiresAt = recoveryCodeExpiry(at);
  const updated = await db.student.updateMany({ where: { id: student.id, removedAt: null }, data: { recoveryCodeHash: recoveryCodeHash(student.id, code), recoveryCodeExpiresAt: expiresAt } });
  if (updated.count !== 1) return fail('student_not_found', 'errors.class.studentNotFound');
  return ok({ code: formatRecoveryCode(code), displayName: student.displayName, expiresAt });
}
