import { describe, expect, it } from 'vitest';
import type { StaffViewer } from '@/server/auth/staff';
import { createClassroom, importRoster, removeStudent, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import {
  claimPersonalLink,
  getDeviceStudentByJoinCode,
  getDeviceStudentInClass,
  getPersonalLink,
  joinClassroom,
  listDeviceStudents,
  recoverStudent,
} from '@/server/db/students';
import { createTrainer } from '../../../factories/users';
import { anonymousViewer } from '../../../factories/viewers';

async function classWithTrainer(name = 'Class 3B') {
  const { id: userId, email } = await createTrainer();
  const staff: StaffViewer = { kind: 'staff', userId, role: 'trainer', name: 'Test Trainer', email };
  const classroom = await createClassroom(staff, { name });
  return { staff, ...classroom };
}

async function importOne(staff: StaffViewer, classroomId: string, displayName: string, studentNumber: string | null) {
  await importRoster(staff, classroomId, [{ line: 2, displayName, studentNumber }]);
  return db.student.findFirstOrThrow({ where: { classroomId, displayName }, select: { id: true, personalToken: true } });
}

const join = (code: string, displayName: string, studentNumber: string | null = null) => ({ code, displayName, studentNumber });

async function expectUnchanged<T>(run: () => Promise<T>): Promise<T> {
  const read = async () => ({ students: await db.student.findMany({ orderBy: { id: 'asc' } }), devices: await db.studentDevice.findMany({ orderBy: { id: 'asc' } }) });
  const before = await read();
  const result = await run();
  expect(await read()).toEqual(before);
  return result;
}

describe('joining a class by code', () => {
  it('adds a new student and links the device to them', async () => {
    const { id, joinCode } = await classWithTrainer();
    const device = anonymousViewer();
    const result = await joinClassroom(device, join(joinCode, 'Ann', '17'), new Date('2030-01-01T08:00:00Z'));
    expect(result).toMatchObject({ ok: true, value: { classroomId: id, classroomName: 'Class 3B', displayName: 'Ann', wasAlreadyJoined: false } });
    expect(await listDeviceStudents(device)).toEqual([{ studentId: expect.any(String), classroomId: id, classroomName: 'Class 3B', displayName: 'Ann', studentNumber: '17' }]);
    expect((await db.student.findFirstOrThrow({ where: { classroomId: id } })).joinedAt).toEqual(new Date('2030-01-01T08:00:00Z'));
  });

  it('refuses an unknown code and changes nothing', async () => {
    await classWithTrainer();
    expect(await expectUnchanged(() => joinClassroom(anonymousViewer(), join('ZZZZZZ', 'Ann')))).toEqual({ ok: false, code: 'join_code_unknown', message: 'errors.join.codeUnknown' });
  });

  it('refuses a student number another student already joined with, and changes nothing', async () => {
    const { joinCode } = await classWithTrainer();
    await joinClassroom(anonymousViewer(), join(joinCode, 'Ann', '17'));
    expect(await expectUnchanged(() => joinClassroom(anonymousViewer(), join(joinCode, 'Ann', '17')))).toEqual({ ok: false, code: 'number_taken', message: 'errors.join.numberTaken', params: { number: '17' } });
  });

  it('claims an imported student when name and number match, ignoring case and spaces around the name', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    const imported = await importOne(staff, id, 'Zhao Lei', '2024102');
    const device = anonymousViewer();
    const result = await joinClassroom(device, join(joinCode, '  zhao lei ', '2024102'));
    expect(result).toMatchObject({ ok: true, value: { studentId: imported.id, displayName: 'Zhao Lei' } });
    const student = await db.student.findUniqueOrThrow({ where: { id: imported.id } });
    expect(student.joinedAt).not.toBeNull();
    expect(student.personalToken).toBeNull();
    expect(await db.student.count({ where: { classroomId: id } })).toBe(1);
  });

  it('refuses an imported student number typed with another name', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    await importOne(staff, id, 'Zhao Lei', '2024102');
    expect(await expectUnchanged(() => joinClassroom(anonymousViewer(), join(joinCode, 'Someone Else', '2024102')))).toMatchObject({ ok: false, code: 'number_taken' });
  });

  it('keeps one student when the same device joins twice with the same name', async () => {
    const { id, joinCode } = await classWithTrainer();
    const device = anonymousViewer();
    const first = await joinClassroom(device, join(joinCode, 'Ann'));
    const second = await joinClassroom(device, join(joinCode, 'ANN'));
    expect(second).toMatchObject({ ok: true, value: { wasAlreadyJoined: true, studentId: first.ok ? first.value.studentId : '' } });
    expect(await db.student.count({ where: { classroomId: id } })).toBe(1);
    expect(await db.studentDevice.count()).toBe(1);
  });

  it('switches a shared device to the next student instead of mixing their work', async () => {
    const { id, joinCode } = await classWithTrainer();
    const shared = anonymousViewer();
    const ann = await joinClassroom(shared, join(joinCode, 'Ann'));
    const bob = await joinClassroom(shared, join(joinCode, 'Bob'));
    if (!ann.ok || !bob.ok) throw new Error('join failed');
    expect(await getDeviceStudentInClass(shared, id)).toEqual({ id: bob.value.studentId, displayName: 'Bob' });
    expect(await listDeviceStudents(shared)).toHaveLength(1);
    // Ann's record stays on the roster; only this device stopped acting for her.
    expect(await db.student.count({ where: { classroomId: id, removedAt: null } })).toBe(2);
  });

  it('lets one device belong to several classes', async () => {
    const first = await classWithTrainer('First');
    const second = await classWithTrainer('Second');
    const device = anonymousViewer();
    await joinClassroom(device, join(first.joinCode, 'Ann'));
    await joinClassroom(device, join(second.joinCode, 'Ann'));
    expect((await listDeviceStudents(device)).map((student) => student.classroomName)).toEqual(['First', 'Second']);
  });

  it('finds the device student by the class code, and nothing for another class', async () => {
    const first = await classWithTrainer('First');
    const second = await classWithTrainer('Second');
    const device = anonymousViewer();
    await joinClassroom(device, join(first.joinCode, 'Ann'));
    expect(await getDeviceStudentByJoinCode(device, first.joinCode)).toMatchObject({ classroomName: 'First', displayName: 'Ann' });
    expect(await getDeviceStudentByJoinCode(device, second.joinCode)).toBeUndefined();
    expect(await getDeviceStudentByJoinCode(undefined, first.joinCode)).toBeUndefined();
  });

  it('stops a removed student\'s device from acting for them, and their number stays taken', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    const device = anonymousViewer();
    const joined = await joinClassroom(device, join(joinCode, 'Ann', '17'));
    if (!joined.ok) throw new Error('join failed');
    await removeStudent(staff, id, joined.value.studentId);
    expect(await listDeviceStudents(device)).toEqual([]);
    expect(await getDeviceStudentInClass(device, id)).toBeUndefined();
    expect(await getDeviceStudentByJoinCode(device, joinCode)).toBeUndefined();
    expect(await joinClassroom(device, join(joinCode, 'Ann', '17'))).toMatchObject({ ok: false, code: 'number_taken' });
  });
});

describe('personal join links', () => {
  it('shows the class and name behind an unused link, and claims it once', async () => {
    const { staff, id } = await classWithTrainer();
    const imported = await importOne(staff, id, '张伟', '2024001');
    const token = imported.personalToken!;
    expect(await getPersonalLink(token)).toEqual({ classroomName: 'Class 3B', displayName: '张伟' });

    const device = anonymousViewer();
    expect(await claimPersonalLink(device, token)).toMatchObject({ ok: true, value: { studentId: imported.id, displayName: '张伟' } });
    expect(await getDeviceStudentInClass(device, id)).toEqual({ id: imported.id, displayName: '张伟' });
    expect(await getPersonalLink(token)).toBeUndefined();

    expect(await expectUnchanged(() => claimPersonalLink(anonymousViewer(), token))).toEqual({ ok: false, code: 'personal_link_unknown', message: 'errors.join.personalLinkUnknown' });
  });

  it('does not open a removed student\'s link', async () => {
    const { staff, id } = await classWithTrainer();
    const imported = await importOne(staff, id, '李娜', '2024002');
    await removeStudent(staff, id, imported.id);
    expect(await getPersonalLink(imported.personalToken!)).toBeUndefined();
    expect(await claimPersonalLink(anonymousViewer(), imported.personalToken!)).toMatchObject({ ok: false, code: 'personal_link_unknown' });
  });
});

describe('recovering on a new device', () => {
  it('refuses when the class does not allow it', async () => {
    const { joinCode } = await classWithTrainer();
    await joinClassroom(anonymousViewer(), join(joinCode, 'Ann', '17'));
    expect(await expectUnchanged(() => recoverStudent(anonymousViewer(), { code: joinCode, displayName: 'Ann', studentNumber: '17' }))).toEqual({
      ok: false,
      code: 'recovery_not_allowed',
      message: 'errors.recover.notAllowed',
    });
  });

  it.each([
    ['a wrong name', 'Anna', '17'],
    ['a wrong number', 'Ann', '18'],
  ])('refuses %s', async (_case, displayName, studentNumber) => {
    const { staff, id, joinCode } = await classWithTrainer();
    await setAllowRecovery(staff, id, true);
    await joinClassroom(anonymousViewer(), join(joinCode, 'Ann', '17'));
    expect(await expectUnchanged(() => recoverStudent(anonymousViewer(), { code: joinCode, displayName, studentNumber }))).toEqual({ ok: false, code: 'recovery_no_match', message: 'errors.recover.noMatch' });
  });

  it('links the new device with the right details and keeps the old one working', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    await setAllowRecovery(staff, id, true);
    const phone = anonymousViewer();
    const joined = await joinClassroom(phone, join(joinCode, 'Ann', '17'));
    if (!joined.ok) throw new Error('join failed');
    const laptop = anonymousViewer();
    expect(await recoverStudent(laptop, { code: joinCode, displayName: 'ann', studentNumber: '17' })).toMatchObject({ ok: true, value: { studentId: joined.value.studentId } });
    expect(await getDeviceStudentInClass(laptop, id)).toEqual({ id: joined.value.studentId, displayName: 'Ann' });
    expect(await getDeviceStudentInClass(phone, id)).toEqual({ id: joined.value.studentId, displayName: 'Ann' });
  });

  it('retires the personal link of an imported student who recovers instead of using it', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    await setAllowRecovery(staff, id, true);
    const imported = await importOne(staff, id, 'Zhao Lei', '2024102');
    expect((await recoverStudent(anonymousViewer(), { code: joinCode, displayName: 'Zhao Lei', studentNumber: '2024102' })).ok).toBe(true);
    expect(await getPersonalLink(imported.personalToken!)).toBeUndefined();
  });

  it('does not recover a removed student', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    await setAllowRecovery(staff, id, true);
    const joined = await joinClassroom(anonymousViewer(), join(joinCode, 'Ann', '17'));
    if (!joined.ok) throw new Error('join failed');
    await removeStudent(staff, id, joined.value.studentId);
    expect(await recoverStudent(anonymousViewer(), { code: joinCode, displayName: 'Ann', studentNumber: '17' })).toMatchObject({ ok: false, code: 'recovery_no_match' });
  });
});
