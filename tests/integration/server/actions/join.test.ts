import { describe, expect, it, vi } from 'vitest';
import { JOIN_MAX_ATTEMPTS } from '@/domain/classes/join-limits';
import { IDLE_FORM } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { claimPersonalLinkAction, joinClassAction, recoverStudentAction } from '@/server/actions/join';
import type { Device } from '@/server/auth/device';
import type { StaffViewer } from '@/server/auth/staff';
import { hashToken } from '@/server/auth/tokens';
import { createClassroom, importRoster, removeStudent, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { listDeviceStudents } from '@/server/db/students';
import { personalLinkTokens, recoveryCodeFor } from '../../../factories/classes';
import { databaseText } from '../../../factories/database-text';
import { actAsDevice, nextHeadersModule, resetRequest, setRequestHeader } from '../../../factories/request-context';
import { createTrainer } from '../../../factories/users';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);


function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set('locale', 'en');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function classroom(name = 'Class 3B') {
  const { id: userId, email } = await createTrainer();
  const staff: StaffViewer = { kind: 'staff', userId, role: 'trainer', name: 'Test Trainer', email };
  return { staff, ...(await createClassroom(staff, { name })) };
}

/** The device the current request context acts as (the owner cookie the action set or found). */
async function currentDevice(): Promise<Device> {
  const value = (await nextHeadersModule.cookies()).get('ss_owner')?.value;
  if (!value) throw new Error('no device cookie was set');
  return { kind: 'anonymous', ownerKey: value };
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    (value) => value,
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown } | undefined)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw new Error(`expected a redirect, got ${JSON.stringify(error)}`);
  return digest.split(';')[2];
}

async function snapshot() {
  return { students: await db.student.findMany({ orderBy: { id: 'asc' } }), devices: await db.studentDevice.findMany({ orderBy: { id: 'asc' } }) };
}

const join = (fields: { code: string; displayName: string; studentNumber?: string }) => joinClassAction(IDLE_FORM, formOf({ studentNumber: '', ...fields }));
const recover = (fields: { code: string; displayName: string; studentNumber: string; recoveryCode?: string }) => recoverStudentAction(IDLE_FORM, formOf({ recoveryCode: 'ABCD-EFGH', ...fields }));

describe('joinClassAction', () => {
  it('joins a new device, sets its cookie and opens my assignments', async () => {
    const { id, joinCode } = await classroom();
    resetRequest();
    expect(await redirectOf(join({ code: joinCode.toLowerCase(), displayName: 'Ann', studentNumber: '17' }))).toBe('/en/my');
    expect(await listDeviceStudents(await currentDevice())).toEqual([{ studentId: expect.any(String), classroomId: id, classroomName: 'Class 3B', displayName: 'Ann', studentNumber: '17' }]);
  });

  it('refuses a wrong code next to the code field (said once: the summary above names no reason), keeps what was typed and changes nothing', async () => {
    await classroom();
    actAsDevice();
    const before = await snapshot();
    expect(await join({ code: 'ZZZ-ZZZ', displayName: 'Ann' })).toEqual({
      status: 'error',
      message: en['errors.join.invalid'],
      fieldErrors: { code: en['errors.join.codeUnknown'] },
      values: { code: 'ZZZ-ZZZ', displayName: 'Ann', studentNumber: '' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('says which fields are missing or malformed', async () => {
    actAsDevice();
    expect(await join({ code: 'abc', displayName: '  ' })).toEqual({
      status: 'error',
      message: en['errors.join.invalid'],
      fieldErrors: { code: en['errors.join.code'], displayName: en['errors.join.name'] },
      values: { code: 'abc', displayName: '  ', studentNumber: '' },
    });
    expect(await db.student.count()).toBe(0);
  });

  it('refuses a student number already taken in the class, next to the number field', async () => {
    const { joinCode } = await classroom();
    actAsDevice();
    await redirectOf(join({ code: joinCode, displayName: 'Ann', studentNumber: '17' }));
    actAsDevice();
    const before = await snapshot();
    const outcome = await join({ code: joinCode, displayName: 'Bob', studentNumber: '17' });
    expect(outcome).toMatchObject({ status: 'error', fieldErrors: { studentNumber: expect.stringContaining('Student number 17 is already used in this class') } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to claim an imported student with name and number, points to the personal link, and counts the refusal', async () => {
    const { staff, id, joinCode } = await classroom();
    await importRoster(staff, id, [{ line: 2, displayName: '张伟', studentNumber: '2024001' }]);
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.80');
    const before = await snapshot();
    const message = en['errors.join.personalLinkRequired'].replace('{number}', '2024001');
    expect(await join({ code: joinCode, displayName: '张伟', studentNumber: '2024001' })).toEqual({
      status: 'error',
      message: en['errors.join.invalid'],
      fieldErrors: { studentNumber: message },
      values: { code: joinCode, displayName: '张伟', studentNumber: '2024001' },
    });
    expect(await snapshot()).toEqual(before);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'join:203.0.113.80' } })).count).toBe(1);
  });

  it('refuses names and numbers with line breaks or other control characters, and stores nothing', async () => {
    const { joinCode } = await classroom();
    actAsDevice();
    const before = await snapshot();
    expect(await join({ code: joinCode, displayName: '=1+1\nAnn', studentNumber: '17' })).toMatchObject({ status: 'error', fieldErrors: { displayName: en['errors.join.nameControl'] } });
    expect(await join({ code: joinCode, displayName: 'Ann\u202Ennb', studentNumber: '' })).toMatchObject({ status: 'error', fieldErrors: { displayName: en['errors.join.nameControl'] } });
    expect(await join({ code: joinCode, displayName: 'Ann', studentNumber: '17\t18' })).toMatchObject({ status: 'error', fieldErrors: { studentNumber: en['errors.join.numberControl'] } });
    expect(await recover({ code: joinCode, displayName: 'Ann\r\nBob', studentNumber: '17' })).toMatchObject({ status: 'error', fieldErrors: { displayName: en['errors.join.nameControl'] } });
    expect(await snapshot()).toEqual(before);
  });

  it('keeps one student when the same device joins twice', async () => {
    const { id, joinCode } = await classroom();
    actAsDevice();
    await redirectOf(join({ code: joinCode, displayName: 'Ann' }));
    expect(await redirectOf(join({ code: joinCode, displayName: 'Ann' }))).toBe('/en/my');
    expect(await db.student.count({ where: { classroomId: id } })).toBe(1);
    expect(await listDeviceStudents(await currentDevice())).toHaveLength(1);
  });

  it('gives the device a fresh cookie value on joining: the old value acts for nobody and its practice attempts move along', async () => {
    const { id, joinCode } = await classroom();
    const before = actAsDevice();
    await db.attempt.create({ data: { id: 'practice-before-joining', setId: 'fixture-set', ownerKey: hashToken(before.ownerKey), itemsJson: '[]', locale: 'en' } });
    await redirectOf(join({ code: joinCode, displayName: 'Ann' }));
    const after = await currentDevice();
    expect(after.ownerKey).not.toBe(before.ownerKey);
    expect((await listDeviceStudents(after)).map((student) => student.classroomId)).toEqual([id]);
    expect(await listDeviceStudents(before)).toEqual([]);
    expect(await db.attempt.findUniqueOrThrow({ where: { id: 'practice-before-joining' }, select: { ownerKey: true } })).toEqual({ ownerKey: hashToken(after.ownerKey) });
    const stored = await databaseText();
    expect(stored).not.toContain(before.ownerKey);
    expect(stored).not.toContain(after.ownerKey);
  });

  it('switches a shared device to the next student', async () => {
    const { joinCode } = await classroom();
    actAsDevice();
    await redirectOf(join({ code: joinCode, displayName: 'Ann' }));
    const annsCookie = await currentDevice();
    await redirectOf(join({ code: joinCode, displayName: 'Bob' }));
    expect((await listDeviceStudents(await currentDevice())).map((student) => student.displayName)).toEqual(['Bob']);
    // Ann's cookie value, if someone kept it, acts for neither of them.
    expect(await listDeviceStudents(annsCookie)).toEqual([]);
    expect(await db.student.count()).toBe(2);
  });

  it('stops acting for a removed student on their device', async () => {
    const { staff, id, joinCode } = await classroom();
    actAsDevice();
    await redirectOf(join({ code: joinCode, displayName: 'Ann', studentNumber: '17' }));
    const device = await currentDevice();
    const ann = await db.student.findFirstOrThrow({ where: { classroomId: id } });
    await removeStudent(staff, id, ann.id);
    expect(await listDeviceStudents(device)).toEqual([]);
    // Their number stays with the removed record, so the device cannot slip back in as them.
    expect(await join({ code: joinCode, displayName: 'Ann', studentNumber: '17' })).toMatchObject({ status: 'error', fieldErrors: { studentNumber: expect.any(String) } });
    expect(await listDeviceStudents(device)).toEqual([]);
  });
});

describe('claimPersonalLinkAction', () => {
  it('joins with a personal link once, on a fresh cookie value; the second use is refused and changes nothing', async () => {
    const { staff, id } = await classroom();
    await importRoster(staff, id, [{ line: 1, displayName: '李娜', studentNumber: '2024002' }]);
    const personalToken = (await personalLinkTokens(staff, id)).get('李娜')!;
    const first = actAsDevice();
    expect(await redirectOf(claimPersonalLinkAction(IDLE_FORM, formOf({ token: personalToken })))).toBe('/en/my');
    const rotated = await currentDevice();
    expect(rotated.ownerKey).not.toBe(first.ownerKey);
    expect((await listDeviceStudents(rotated)).map((student) => student.displayName)).toEqual(['李娜']);
    expect(await listDeviceStudents(first)).toEqual([]);

    const second = actAsDevice();
    const before = await snapshot();
    expect(await claimPersonalLinkAction(IDLE_FORM, formOf({ token: personalToken }))).toEqual({ status: 'error', message: en['errors.join.personalLinkUnknown'] });
    expect(await snapshot()).toEqual(before);
    expect(await listDeviceStudents(second)).toEqual([]);
  });

  it('refuses a malformed token', async () => {
    actAsDevice();
    expect(await claimPersonalLinkAction(IDLE_FORM, formOf({ token: '<script>' }))).toEqual({ status: 'error', message: en['errors.join.personalLinkUnknown'] });
  });
});

describe('recoverStudentAction', () => {
  async function joinedClass({ allowRecovery }: { allowRecovery: boolean }) {
    const c = await classroom();
    if (allowRecovery) await setAllowRecovery(c.staff, c.id, true);
    actAsDevice();
    await redirectOf(join({ code: c.joinCode, displayName: 'Ann', studentNumber: '17' }));
    const phone = await currentDevice();
    const { id: studentId } = await db.student.findFirstOrThrow({ where: { classroomId: c.id } });
    return { ...c, phone, studentId };
  }

  /** The failed tries counted for the address the test acts from. */
  const countedFailures = async () => (await db.rateLimit.findUnique({ where: { key: 'join:203.0.113.90' } }))?.count ?? 0;
  const fromCountedAddress = () => {
    const device = actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.90');
    return device;
  };

  it('says to ask the trainer when the class does not allow recovery, changes nothing, and counts the refusal', async () => {
    const { joinCode } = await joinedClass({ allowRecovery: false });
    fromCountedAddress();
    const before = await snapshot();
    expect(await recover({ code: joinCode, displayName: 'Ann', studentNumber: '17' })).toMatchObject({ status: 'error', message: en['errors.recover.notAllowed'] });
    expect(await snapshot()).toEqual(before);
    expect(await countedFailures()).toBe(1);
  });

  it('refuses a wrong name without saying which detail was wrong, and counts it', async () => {
    const { staff, id, joinCode, studentId } = await joinedClass({ allowRecovery: true });
    const recoveryCode = await recoveryCodeFor(staff, id, studentId);
    fromCountedAddress();
    const before = await snapshot();
    const outcome = await recover({ code: joinCode, displayName: 'Anna', studentNumber: '17', recoveryCode });
    expect(outcome).toMatchObject({ status: 'error', message: en['errors.recover.noMatch'] });
    expect(outcome).not.toHaveProperty('fieldErrors');
    expect(await snapshot()).toEqual(before);
    expect(await countedFailures()).toBe(1);
  });

  it('refuses, and counts, a recovery without a code, with a wrong one, with a used one and with an expired one', async () => {
    const { staff, id, joinCode, studentId } = await joinedClass({ allowRecovery: true });
    const ann = { code: joinCode, displayName: 'Ann', studentNumber: '17' };
    const expired = await recoveryCodeFor(staff, id, studentId, new Date(Date.now() - 16 * 60_000));
    fromCountedAddress();
    const before = await snapshot();
    expect(await recover({ ...ann, recoveryCode: '' })).toMatchObject({ status: 'error', fieldErrors: { recoveryCode: en['errors.recover.code'] } });
    expect(await recover({ ...ann, recoveryCode: 'WXYZ-2345' })).toMatchObject({ status: 'error', message: en['errors.recover.noMatch'] });
    expect(await recover({ ...ann, recoveryCode: expired })).toMatchObject({ status: 'error', message: en['errors.recover.noMatch'] });
    expect(await snapshot()).toEqual(before);
    expect(await countedFailures()).toBe(3);

    const used = await recoveryCodeFor(staff, id, studentId);
    fromCountedAddress();
    expect(await redirectOf(recover({ ...ann, recoveryCode: used }))).toBe('/en/my');
    expect(await countedFailures()).toBe(3);
    fromCountedAddress();
    expect(await recover({ ...ann, recoveryCode: used })).toMatchObject({ status: 'error', message: en['errors.recover.noMatch'] });
    expect(await countedFailures()).toBe(4);
  });

  it('requires the student number', async () => {
    const { joinCode } = await joinedClass({ allowRecovery: true });
    actAsDevice();
    expect(await recover({ code: joinCode, displayName: 'Ann', studentNumber: ' ' })).toMatchObject({ status: 'error', fieldErrors: { studentNumber: en['errors.recover.number'] } });
  });

  it('links the new device with the right details and the trainer\'s code, on a fresh cookie value; the old device keeps working', async () => {
    const { staff, id, joinCode, phone, studentId } = await joinedClass({ allowRecovery: true });
    const recoveryCode = await recoveryCodeFor(staff, id, studentId);
    const laptop = actAsDevice();
    // Typed as a person would read it: lower case, with spaces.
    expect(await redirectOf(recover({ code: joinCode, displayName: 'ann', studentNumber: '17', recoveryCode: ` ${recoveryCode.slice(0, 4).toLowerCase()} ${recoveryCode.slice(4)} ` }))).toBe('/en/my');
    const rotated = await currentDevice();
    expect(rotated.ownerKey).not.toBe(laptop.ownerKey);
    expect((await listDeviceStudents(rotated)).map((student) => student.displayName)).toEqual(['Ann']);
    expect(await listDeviceStudents(laptop)).toEqual([]);
    expect((await listDeviceStudents(phone)).map((student) => student.displayName)).toEqual(['Ann']);
    expect(await db.student.count()).toBe(1);
  });
});

describe('join rate limit', () => {
  it('lets a whole class join from one school network, since only failures count', async () => {
    const { joinCode } = await classroom();
    for (let student = 0; student < JOIN_MAX_ATTEMPTS + 10; student += 1) {
      actAsDevice();
      setRequestHeader('x-client-address', '203.0.113.60');
      expect(await redirectOf(join({ code: joinCode, displayName: `Student ${student}` }))).toBe('/en/my');
    }
    expect(await db.student.count()).toBe(JOIN_MAX_ATTEMPTS + 10);
    // Thirty joins one after another, each a few writes: more than the default five seconds on a slow disk.
  }, 30_000);

  it(`allows ${JOIN_MAX_ATTEMPTS} failed joins and recoveries per address, then says how long to wait, even for a right code`, async () => {
    const { joinCode } = await classroom();
    for (let attempt = 0; attempt < JOIN_MAX_ATTEMPTS; attempt += 1) {
      actAsDevice();
      setRequestHeader('x-client-address', '203.0.113.50');
      // A forged X-Forwarded-For changes nothing: only the address the server recorded counts.
      setRequestHeader('x-forwarded-for', `198.51.100.${attempt}`);
      const run = attempt % 2 === 0 ? join({ code: 'ZZZZZZ', displayName: 'Guess' }) : recover({ code: 'ZZZZZZ', displayName: 'Guess', studentNumber: String(attempt) });
      expect(await run).toMatchObject({ status: 'error', fieldErrors: { code: en['errors.join.codeUnknown'] } });
    }
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.50');
    const before = await snapshot();
    expect(await join({ code: joinCode, displayName: 'Ann' })).toEqual({
      status: 'error',
      message: 'Too many attempts from this network. Try again in 10 minutes.',
      values: { code: joinCode, displayName: 'Ann', studentNumber: '' },
    });
    expect(await recover({ code: joinCode, displayName: 'Ann', studentNumber: '1' })).toMatchObject({ message: 'Too many attempts from this network. Try again in 10 minutes.' });
    expect(await snapshot()).toEqual(before);

    // Another address is not blocked, whatever X-Forwarded-For claims to be.
    actAsDevice();
    setRequestHeader('x-client-address', '198.51.100.77');
    setRequestHeader('x-forwarded-for', '203.0.113.50');
    expect(await redirectOf(join({ code: joinCode, displayName: 'Ann' }))).toBe('/en/my');
  });

  it('counts parallel failures in one atomic step: no more than the limit get through', async () => {
    await classroom();
    const tries = Array.from({ length: JOIN_MAX_ATTEMPTS + 15 }, () => {
      actAsDevice();
      setRequestHeader('x-client-address', '203.0.113.70');
      return join({ code: 'ZZZZZZ', displayName: 'Guess' });
    });
    const results = await Promise.all(tries);
    const checked = results.filter((result) => (result as { fieldErrors?: { code?: string } }).fieldErrors?.code === en['errors.join.codeUnknown']).length;
    expect(checked).toBeLessThanOrEqual(JOIN_MAX_ATTEMPTS);
    expect(results.length - checked).toBeGreaterThanOrEqual(15);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'join:203.0.113.70' } })).count).toBe(JOIN_MAX_ATTEMPTS);
  });
});
