import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isWellFormedJoinCode } from '@/domain/classes/join-code';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken } from '@/server/auth/tokens';
import { createClassroom, findRosterConflicts, getClassroom, importRoster, listClassrooms, removeStudent, rotateJoinCode, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { joinClassroom } from '@/server/db/students';
import { promoteToAdmin } from '@/server/db/users';
import { anonymousDevice } from '../../../factories/devices';
import { createTrainer } from '../../../factories/users';

async function trainer(): Promise<StaffViewer> {
  const { id, email } = await createTrainer();
  return { kind: 'staff', userId: id, role: 'trainer', name: 'Test Trainer', email };
}

async function admin(): Promise<StaffViewer> {
  const staff = await trainer();
  await promoteToAdmin(staff.userId);
  return { ...staff, role: 'admin' };
}

const rows = (...entries: [string, string | null][]) => entries.map(([displayName, studentNumber], index) => ({ line: index + 2, displayName, studentNumber }));

/** Every row a class action could touch, to check that a refused call changed nothing. */
async function snapshot() {
  return {
    classrooms: await db.classroom.findMany({ orderBy: { id: 'asc' } }),
    students: await db.student.findMany({ orderBy: { id: 'asc' } }),
    devices: await db.studentDevice.findMany({ orderBy: { id: 'asc' } }),
  };
}

describe('classrooms data layer', () => {
  it('creates a class with a well-formed join code, owned by its creator', async () => {
    const owner = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Class 3B' });
    expect(isWellFormedJoinCode(joinCode)).toBe(true);
    expect(await db.classroom.findUniqueOrThrow({ where: { id }, select: { trainerId: true, allowRecovery: true } })).toEqual({ trainerId: owner.userId, allowRecovery: false });
  });

  it('lists a trainer their own classes only, and an admin every class, with current students and assignments counted', async () => {
    const owner = await trainer();
    const other = await trainer();
    const mine = await createClassroom(owner, { name: 'Mine' });
    await createClassroom(other, { name: 'Theirs' });
    await joinClassroom(anonymousDevice(), { code: mine.joinCode, displayName: 'Ann', studentNumber: null });
    const bob = await joinClassroom(anonymousDevice(), { code: mine.joinCode, displayName: 'Bob', studentNumber: null });
    if (!bob.ok) throw new Error('join failed');
    await removeStudent(owner, mine.id, bob.value.studentId);

    expect(await listClassrooms(owner)).toEqual([{ id: mine.id, name: 'Mine', joinCode: mine.joinCode, trainerName: 'Test Trainer', studentCount: 1, assignmentCount: 0 }]);
    expect((await listClassrooms(await admin())).map((row) => row.name).sort()).toEqual(['Mine', 'Theirs']);
  });

  it('shows the roster current students first in creation order, removed ones last with their attempts counted', async () => {
    const owner = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Roster' });
    await importRoster(owner, id, rows(['Zoe', '3'], ['Adam', '1'], ['Mia', null]));
    const joined = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Lee', studentNumber: '9' });
    if (!joined.ok) throw new Error('join failed');
    await db.attempt.create({ data: { id: randomUUID(), setId: 'fixture-set', ownerKey: 'k', itemsJson: '[]', locale: 'en', studentId: joined.value.studentId } });
    const zoe = await db.student.findFirstOrThrow({ where: { displayName: 'Zoe' } });
    await removeStudent(owner, id, zoe.id);

    const classroom = await getClassroom(owner, id);
    if (!classroom.ok) throw new Error('not found');
    expect(classroom.value.students.map((student) => [student.displayName, Boolean(student.joinedAt), Boolean(student.removedAt)])).toEqual([
      ['Adam', false, false],
      ['Mia', false, false],
      ['Lee', true, false],
      ['Zoe', false, true],
    ]);
    expect(classroom.value.students.find((student) => student.displayName === 'Lee')?.attemptCount).toBe(1);
  });

  it('tells another trainer the class is not found and changes nothing; an admin may manage it', async () => {
    const owner = await trainer();
    const other = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Private' });
    const joined = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '1' });
    if (!joined.ok) throw new Error('join failed');
    const before = await snapshot();

    const refusal = { ok: false, code: 'class_not_found', message: 'errors.class.notFound' };
    expect(await getClassroom(other, id)).toEqual(refusal);
    expect(await rotateJoinCode(other, id)).toEqual(refusal);
    expect(await setAllowRecovery(other, id, true)).toEqual(refusal);
    expect(await removeStudent(other, id, joined.value.studentId)).toEqual(refusal);
    expect(await importRoster(other, id, rows(['Eve', '2']))).toEqual(refusal);
    expect(await findRosterConflicts(other, id, rows(['Eve', '1']))).toEqual(refusal);
    expect(await snapshot()).toEqual(before);

    const boss = await admin();
    expect((await getClassroom(boss, id)).ok).toBe(true);
    expect((await setAllowRecovery(boss, id, true)).ok).toBe(true);
  });

  it('rotates the join code: the old code stops working, students already in stay in', async () => {
    const owner = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Rotate' });
    await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: null });
    const rotated = await rotateJoinCode(owner, id);
    if (!rotated.ok) throw new Error('rotate failed');
    expect(rotated.value.joinCode).not.toBe(joinCode);
    expect(isWellFormedJoinCode(rotated.value.joinCode)).toBe(true);
    expect(await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Bob', studentNumber: null })).toMatchObject({ ok: false, code: 'join_code_unknown' });
    expect((await joinClassroom(anonymousDevice(), { code: rotated.value.joinCode, displayName: 'Bob', studentNumber: null })).ok).toBe(true);
    expect(await db.student.count({ where: { classroomId: id, removedAt: null } })).toBe(2);
  });

  it('turns recovery on and off', async () => {
    const owner = await trainer();
    const { id } = await createClassroom(owner, { name: 'Recovery' });
    expect(await setAllowRecovery(owner, id, true)).toEqual({ ok: true, value: null });
    expect((await db.classroom.findUniqueOrThrow({ where: { id } })).allowRecovery).toBe(true);
    await setAllowRecovery(owner, id, false);
    expect((await db.classroom.findUniqueOrThrow({ where: { id } })).allowRecovery).toBe(false);
  });

  it('removes a student: their devices stop acting for them, their attempts stay', async () => {
    const owner = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Remove' });
    const device = anonymousDevice();
    const joined = await joinClassroom(device, { code: joinCode, displayName: 'Ann', studentNumber: '1' });
    if (!joined.ok) throw new Error('join failed');
    await db.attempt.create({ data: { id: randomUUID(), setId: 'fixture-set', ownerKey: device.ownerKey, itemsJson: '[]', locale: 'en', studentId: joined.value.studentId } });

    expect(await removeStudent(owner, id, joined.value.studentId, new Date('2030-01-02T03:04:05Z'))).toEqual({ ok: true, value: null });
    const student = await db.student.findUniqueOrThrow({ where: { id: joined.value.studentId } });
    expect(student.removedAt).toEqual(new Date('2030-01-02T03:04:05Z'));
    expect(await db.studentDevice.count({ where: { deviceKeyHash: hashToken(device.ownerKey) } })).toBe(0);
    expect(await db.attempt.count({ where: { studentId: joined.value.studentId } })).toBe(1);
  });

  it('refuses to remove a student twice or a student of another class', async () => {
    const owner = await trainer();
    const first = await createClassroom(owner, { name: 'First' });
    const second = await createClassroom(owner, { name: 'Second' });
    const joined = await joinClassroom(anonymousDevice(), { code: second.joinCode, displayName: 'Ann', studentNumber: null });
    if (!joined.ok) throw new Error('join failed');
    const notFound = { ok: false, code: 'student_not_found', message: 'errors.class.studentNotFound' };
    expect(await removeStudent(owner, first.id, joined.value.studentId)).toEqual(notFound);
    expect(await removeStudent(owner, second.id, joined.value.studentId)).toEqual({ ok: true, value: null });
    expect(await removeStudent(owner, second.id, joined.value.studentId)).toEqual(notFound);
  });

  it('imports a roster in file order; personal links are made afterwards, on the links page', async () => {
    const owner = await trainer();
    const { id } = await createClassroom(owner, { name: 'Import' });
    expect(await importRoster(owner, id, rows(['张伟', '2024001'], ['李娜', '2024002'], ['王芳', null]))).toEqual({ ok: true, value: { imported: 3 } });
    const students = await db.student.findMany({ where: { classroomId: id }, orderBy: [{ createdAt: 'asc' }] });
    expect(students.map((student) => [student.displayName, student.studentNumber, student.joinedAt])).toEqual([
      ['张伟', '2024001', null],
      ['李娜', '2024002', null],
      ['王芳', null, null],
    ]);
    expect(students.map((student) => [student.personalTokenHash, student.personalLinkExpiresAt])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('imports nothing when a student number is already in the class, and names each clash by line', async () => {
    const owner = await trainer();
    const { id, joinCode } = await createClassroom(owner, { name: 'Clash' });
    await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '2024002' });
    const before = await snapshot();
    const roster = rows(['张伟', '2024001'], ['李娜', '2024002'], ['王芳', null]);
    expect(await findRosterConflicts(owner, id, roster)).toEqual({ ok: true, value: [{ line: 3, number: '2024002' }] });
    expect(await importRoster(owner, id, roster)).toEqual({ ok: false, code: 'roster_conflict', message: 'errors.roster.numberInClass', conflicts: [{ line: 3, number: '2024002' }] });
    expect(await snapshot()).toEqual(before);
  });
});
