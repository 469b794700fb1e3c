import { describe, expect, it } from 'vitest';
import { PERSONAL_LINK_DAYS } from '@/domain/classes/personal-links';
import { RECOVERY_CODE_MINUTES } from '@/domain/classes/recovery-code';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken } from '@/server/auth/tokens';
import { createClassroom, getClassroom, importRoster, removeStudent, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { issuePersonalLinks, issueRecoveryCode } from '@/server/db/student-access';
import {
  claimPersonalLink,
  getDeviceStudentByJoinCode,
  getDeviceStudentInClass,
  getPersonalLink,
  joinClassroom,
  listDeviceStudents,
  moveDeviceKey,
  recoverStudent,
} from '@/server/db/students';
import { recoveryCodeFor } from '../../../factories/classes';
import { databaseText } from '../../../factories/database-text';
import { anonymousDevice } from '../../../factories/devices';
import { createTrainer } from '../../../factories/users';

async function classWithTrainer(name = 'Class 3B') {
  const { id: userId, email } = await createTrainer();
  const staff: StaffViewer = { kind: 'staff', userId, role: 'trainer', name: 'Test Trainer', email };
  const classroom = await createClassroom(staff, { name });
  return { staff, ...classroom };
}

/** Imports one student and creates their personal link, as the links page does; the token is only in the answer. */
async function importOne(staff: StaffViewer, classroomId: string, displayName: string, studentNumber: string | null, at?: Date) {
  await importRoster(staff, classroomId, [{ line: 2, displayName, studentNumber }]);
  const { id } = await db.student.findFirstOrThrow({ where: { classroomId, displayName }, select: { id: true } });
  const issued = await issuePersonalLinks(staff, classroomId, { studentId: id, at });
  if (!issued.ok) throw new Error(`issuing the personal link failed: ${issued.code}`);
  return { id, token: issued.value.links[0].token, expiresAt: issued.value.expiresAt };
}

const DAY = 24 * 60 * 60_000;

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
    const device = anonymousDevice();
    const result = await joinClassroom(device, join(joinCode, 'Ann', '17'), new Date('2030-01-01T08:00:00Z'));
    expect(result).toMatchObject({ ok: true, value: { classroomId: id, classroomName: 'Class 3B', displayName: 'Ann', wasAlreadyJoined: false } });
    expect(await listDeviceStudents(device)).toEqual([{ studentId: expect.any(String), classroomId: id, classroomName: 'Class 3B', displayName: 'Ann', studentNumber: '17' }]);
    expect((await db.student.findFirstOrThrow({ where: { classroomId: id } })).joinedAt).toEqual(new Date('2030-01-01T08:00:00Z'));
  });

  it('refuses an unknown code and changes nothing', async () => {
    await classWithTrainer();
    expect(await expectUnchanged(() => joinClassroom(anonymousDevice(), join('ZZZZZZ', 'Ann')))).toEqual({ ok: false, code: 'join_code_unknown', message: 'errors.join.codeUnknown' });
  });

  it('refuses a student number another student already joined with, and changes nothing', async () => {
    const { joinCode } = await classWithTrainer();
    await joinClassroom(anonymousDevice(), join(joinCode, 'Ann', '17'));
    expect(await expectUnchanged(() => joinClassroom(anonymousDevice(), join(joinCode, 'Ann', '17')))).toEqual({ ok: false, code: 'number_taken', message: 'errors.join.numberTaken', params: { number: '17' } });
  });

  it('never claims an imported student with name and number: only their personal link does, and the link still works', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    const imported = await importOne(staff, id, 'Zhao Lei', '2024102');
    const classmate = anonymousDevice();
    expect(await expectUnchanged(() => joinClassroom(classmate, join(joinCode, 'Zhao Lei', '2024102')))).toEqual({
      ok: false,
      code: 'personal_link_required',
      message: 'errors.join.personalLinkRequired',
      params: { number: '2024102' },
    });
    expect(await listDeviceStudents(classmate)).toEqual([]);
    expect(await claimPersonalLink(anonymousDevice(), imported.token)).toMatchObject({ ok: true, value: { studentId: imported.id } });
  });

  it('refuses an imported student number typed with another name the same way', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    await importOne(staff, id, 'Zhao Lei', '2024102');
    expect(await expectUnchanged(() => joinClassroom(anonymousDevice(), join(joinCode, 'Someone Else', '2024102')))).toMatchObject({ ok: false, code: 'personal_link_required' });
  });

  it('keeps one student when the same device joins twice with the same name', async () => {
    const { id, joinCode } = await classWithTrainer();
    const device = anonymousDevice();
    const first = await joinClassroom(device, join(joinCode, 'Ann'));
    const second = await joinClassroom(device, join(joinCode, 'ANN'));
    expect(second).toMatchObject({ ok: true, value: { wasAlreadyJoined: true, studentId: first.ok ? first.value.studentId : '' } });
    expect(await db.student.count({ where: { classroomId: id } })).toBe(1);
    expect(await db.studentDevice.count()).toBe(1);
  });

  it('switches a shared device to the next student instead of mixing their work', async () => {
    const { id, joinCode } = await classWithTrainer();
    const shared = anonymousDevice();
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
    const device = anonymousDevice();
    await joinClassroom(device, join(first.joinCode, 'Ann'));
    await joinClassroom(device, join(second.joinCode, 'Ann'));
    expect((await listDeviceStudents(device)).map((student) => student.classroomName)).toEqual(['First', 'Second']);
  });

  it('finds the device student by the class code, and nothing for another class', async () => {
    const first = await classWithTrainer('First');
    const second = await classWithTrainer('Second');
    const device = anonymousDevice();
    await joinClassroom(device, join(first.joinCode, 'Ann'));
    expect(await getDeviceStudentByJoinCode(device, first.joinCode)).toMatchObject({ classroomName: 'First', displayName: 'Ann' });
    expect(await getDeviceStudentByJoinCode(device, second.joinCode)).toBeUndefined();
    expect(await getDeviceStudentByJoinCode(undefined, first.joinCode)).toBeUndefined();
  });

  it('stops a removed student\'s device from acting for them, and their number stays taken', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    const device = anonymousDevice();
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
    expect(await getPersonalLink(imported.token)).toEqual({ classroomName: 'Class 3B', displayName: '张伟' });

    const device = anonymousDevice();
    expect(await claimPersonalLink(device, imported.token)).toMatchObject({ ok: true, value: { studentId: imported.id, displayName: '张伟' } });
    expect(await getDeviceStudentInClass(device, id)).toEqual({ id: imported.id, displayName: '张伟' });
    expect(await getPersonalLink(imported.token)).toBeUndefined();
    expect(await db.student.findUniqueOrThrow({ where: { id: imported.id }, select: { personalTokenHash: true, personalLinkExpiresAt: true } })).toEqual({ personalTokenHash: null, personalLinkExpiresAt: null });

    expect(await expectUnchanged(() => claimPersonalLink(anonymousDevice(), imported.token))).toEqual({ ok: false, code: 'personal_link_unknown', message: 'errors.join.personalLinkUnknown' });
  });

  it('stores only a hash of the link: the token appears nowhere in the database', async () => {
    const { staff, id } = await classWithTrainer();
    const imported = await importOne(staff, id, '张伟', '2024001');
    expect(imported.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await databaseText()).not.toContain(imported.token);
    expect(await db.student.findUniqueOrThrow({ where: { id: imported.id }, select: { personalTokenHash: true } })).toEqual({ personalTokenHash: hashToken(imported.token) });
  });

  it(`makes no link on import; a link works for ${PERSONAL_LINK_DAYS} days and not a moment longer`, async () => {
    const { staff, id } = await classWithTrainer();
    const at = new Date('2030-03-01T08:00:00Z');
    const imported = await importOne(staff, id, '李娜', '2024002', at);
    expect(imported.expiresAt).toEqual(new Date(at.getTime() + PERSONAL_LINK_DAYS * DAY));
    const roster = await getClassroom(staff, id);
    expect(roster.ok && roster.value.students.map((student) => student.personalLinkExpiresAt)).toEqual([imported.expiresAt]);

    const justBefore = new Date(imported.expiresAt.getTime() - 1000);
    expect(await getPersonalLink(imported.token, justBefore)).toMatchObject({ displayName: '李娜' });
    expect(await getPersonalLink(imported.token, imported.expiresAt)).toBeUndefined();
    expect(await expectUnchanged(() => claimPersonalLink(anonymousDevice(), imported.token, imported.expiresAt))).toMatchObject({ ok: false, code: 'personal_link_unknown' });
    expect((await claimPersonalLink(anonymousDevice(), imported.token, justBefore)).ok).toBe(true);
  });

  it('creating links again retires the earlier ones, for every student who has not joined', async () => {
    const { staff, id } = await classWithTrainer();
    await importRoster(staff, id, [
      { line: 2, displayName: '张伟', studentNumber: '2024001' },
      { line: 3, displayName: '李娜', studentNumber: '2024002' },
    ]);
    const first = await issuePersonalLinks(staff, id);
    const second = await issuePersonalLinks(staff, id);
    if (!first.ok || !second.ok) throw new Error('issuing failed');
    expect(second.value.links.map((link) => link.displayName)).toEqual(['张伟', '李娜']);
    for (const link of first.value.links) expect(await getPersonalLink(link.token)).toBeUndefined();
    for (const link of second.value.links) expect(await getPersonalLink(link.token)).toMatchObject({ displayName: link.displayName });
  });

  it('makes links only for students who have not joined, and none for another trainer', async () => {
    const { staff, id } = await classWithTrainer();
    const imported = await importOne(staff, id, '张伟', '2024001');
    await claimPersonalLink(anonymousDevice(), imported.token);
    expect(await issuePersonalLinks(staff, id)).toEqual({ ok: false, code: 'no_unjoined_students', message: 'links.empty' });
    expect(await issuePersonalLinks(staff, id, { studentId: imported.id })).toMatchObject({ ok: false, code: 'student_not_found' });
    const { id: otherId, email } = await createTrainer();
    const other: StaffViewer = { kind: 'staff', userId: otherId, role: 'trainer', name: 'Other', email };
    expect(await issuePersonalLinks(other, id)).toMatchObject({ ok: false, code: 'class_not_found' });
  });

  it('does not open a removed student\'s link', async () => {
    const { staff, id } = await classWithTrainer();
    const imported = await importOne(staff, id, '李娜', '2024002');
    await removeStudent(staff, id, imported.id);
    expect(await getPersonalLink(imported.token)).toBeUndefined();
    expect(await claimPersonalLink(anonymousDevice(), imported.token)).toMatchObject({ ok: false, code: 'personal_link_unknown' });
  });
});

describe('recovering on a new device', () => {
  async function joinedClass() {
    const c = await classWithTrainer();
    await setAllowRecovery(c.staff, c.id, true);
    const phone = anonymousDevice();
    const joined = await joinClassroom(phone, join(c.joinCode, 'Ann', '17'));
    if (!joined.ok) throw new Error('join failed');
    return { ...c, phone, studentId: joined.value.studentId };
  }

  it('refuses when the class does not allow it, and the trainer gets no code then', async () => {
    const { staff, id, joinCode } = await classWithTrainer();
    const joined = await joinClassroom(anonymousDevice(), join(joinCode, 'Ann', '17'));
    if (!joined.ok) throw new Error('join failed');
    expect(await issueRecoveryCode(staff, id, joined.value.studentId)).toMatchObject({ ok: false, code: 'recovery_off' });
    expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: 'ABCDEFGH' }))).toEqual({
      ok: false,
      code: 'recovery_not_allowed',
      message: 'errors.recover.notAllowed',
    });
  });

  it('refuses the right name and number without a code the trainer showed', async () => {
    const { joinCode } = await joinedClass();
    expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: 'ABCDEFGH' }))).toEqual({
      ok: false,
      code: 'recovery_no_match',
      message: 'errors.recover.noMatch',
    });
  });

  it.each([
    ['a wrong name', 'Anna', '17'],
    ['a wrong number', 'Ann', '18'],
  ])('refuses %s even with a valid code, and the code keeps working', async (_case, displayName, studentNumber) => {
    const { staff, id, joinCode, studentId } = await joinedClass();
    const recoveryCode = await recoveryCodeFor(staff, id, studentId);
    expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName, studentNumber, recoveryCode }))).toEqual({ ok: false, code: 'recovery_no_match', message: 'errors.recover.noMatch' });
    expect((await recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode })).ok).toBe(true);
  });

  it('refuses a wrong code, another student\'s code and an older code of the same student', async () => {
    const { staff, id, joinCode, studentId } = await joinedClass();
    const bob = await joinClassroom(anonymousDevice(), join(joinCode, 'Bob', '18'));
    if (!bob.ok) throw new Error('join failed');
    const older = await recoveryCodeFor(staff, id, studentId);
    await recoveryCodeFor(staff, id, studentId);
    const bobs = await recoveryCodeFor(staff, id, bob.value.studentId);
    for (const recoveryCode of ['ABCDEFGH', older, bobs]) {
      expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode }))).toMatchObject({ ok: false, code: 'recovery_no_match' });
    }
  });

  it(`refuses a code once used, and one older than ${RECOVERY_CODE_MINUTES} minutes`, async () => {
    const { staff, id, joinCode, studentId } = await joinedClass();
    const at = new Date('2030-03-01T08:00:00Z');
    const recoveryCode = await recoveryCodeFor(staff, id, studentId, at);
    const expired = new Date(at.getTime() + RECOVERY_CODE_MINUTES * 60_000);
    expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode }, expired))).toMatchObject({ ok: false, code: 'recovery_no_match' });

    const fresh = await recoveryCodeFor(staff, id, studentId);
    expect((await recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: fresh })).ok).toBe(true);
    expect(await expectUnchanged(() => recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: fresh }))).toMatchObject({ ok: false, code: 'recovery_no_match' });
  });

  it('stores only a hash of the code: the code appears nowhere in the database', async () => {
    const { staff, id, studentId } = await joinedClass();
    const issued = await issueRecoveryCode(staff, id, studentId);
    if (!issued.ok) throw new Error('issuing failed');
    expect(issued.value.code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    const text = await databaseText();
    expect(text).not.toContain(issued.value.code);
    expect(text).not.toContain(issued.value.code.replace('-', ''));
  });

  it('gives codes only for students who joined (an imported one gets their link instead)', async () => {
    const { staff, id } = await joinedClass();
    const imported = await importOne(staff, id, 'Zhao Lei', '2024102');
    expect(await issueRecoveryCode(staff, id, imported.id)).toEqual({ ok: false, code: 'student_not_joined', message: 'errors.recoveryCode.notJoined', params: { name: 'Zhao Lei' } });
  });

  it('links the new device with the right details and code, and keeps the old one working', async () => {
    const { staff, id, joinCode, phone, studentId } = await joinedClass();
    const laptop = anonymousDevice();
    const recoveryCode = await recoveryCodeFor(staff, id, studentId);
    expect(await recoverStudent(laptop, { code: joinCode, displayName: 'ann', studentNumber: '17', recoveryCode })).toMatchObject({ ok: true, value: { studentId } });
    expect(await getDeviceStudentInClass(laptop, id)).toEqual({ id: studentId, displayName: 'Ann' });
    expect(await getDeviceStudentInClass(phone, id)).toEqual({ id: studentId, displayName: 'Ann' });
  });

  it('does not recover a removed student', async () => {
    const { staff, id, joinCode, studentId } = await joinedClass();
    const recoveryCode = await recoveryCodeFor(staff, id, studentId);
    await removeStudent(staff, id, studentId);
    expect(await recoverStudent(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode })).toMatchObject({ ok: false, code: 'recovery_no_match' });
  });
});

describe('moving a device to a fresh cookie value', () => {
  it('moves its student links and its practice attempts; the old value acts for nobody and owns nothing', async () => {
    const { id, joinCode } = await classWithTrainer();
    const before = anonymousDevice();
    const joined = await joinClassroom(before, join(joinCode, 'Ann'));
    if (!joined.ok) throw new Error('join failed');
    await db.attempt.create({ data: { id: 'practice-1', setId: 'fixture-set', ownerKey: hashToken(before.ownerKey), itemsJson: '[]', locale: 'en' } });
    const after = anonymousDevice();
    await moveDeviceKey(before, after);
    expect(await getDeviceStudentInClass(after, id)).toEqual({ id: joined.value.studentId, displayName: 'Ann' });
    expect(await listDeviceStudents(before)).toEqual([]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: 'practice-1' }, select: { ownerKey: true } })).toEqual({ ownerKey: hashToken(after.ownerKey) });
    const text = await databaseText();
    expect(text).not.toContain(before.ownerKey);
    expect(text).not.toContain(after.ownerKey);
  });
});
