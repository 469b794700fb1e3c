import { describe, expect, it, vi } from 'vitest';
import type { PersonalLinksState } from '@/domain/classes/personal-links';
import { IDLE_FORM } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { issuePersonalLinksAction, issueRecoveryCodeAction, issueStudentLinkAction } from '@/server/actions/classes';
import { recoverStudentAction } from '@/server/actions/join';
import { createClassroom, importRoster, setAllowRecovery } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { getPersonalLink, joinClassroom } from '@/server/db/students';
import { databaseText } from '../../../factories/database-text';
import { anonymousDevice } from '../../../factories/devices';
import { actAsDevice, actAsStaff, setRequestHeader } from '../../../factories/request-context';
import { createTrainer } from '../../../factories/users';

/*
 * The trainer's side of personal links and recovery codes: each is shown once, in the answer that
 * makes it, and only its hash is stored.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const IDLE_LINKS: PersonalLinksState = { status: 'idle' };

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set('locale', 'en');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function classWithRoster() {
  const owner = await createTrainer();
  const staff = { kind: 'staff' as const, userId: owner.id, role: 'trainer' as const, name: 'Test Trainer', email: owner.email };
  const { id, joinCode } = await createClassroom(staff, { name: 'Class 3B' });
  await importRoster(staff, id, [
    { line: 2, displayName: '张伟', studentNumber: '2024001' },
    { line: 3, displayName: '李娜', studentNumber: null },
  ]);
  const joined = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17' });
  if (!joined.ok) throw new Error('join failed');
  return { owner, staff, id, joinCode, annId: joined.value.studentId };
}

const tokenOf = (url: string) => url.split('/join/p/')[1];

describe('creating personal links', () => {
  it('answers with a printable slip per unjoined student, on the address the trainer used, with a QR code', async () => {
    const { owner, id } = await classWithRoster();
    await actAsStaff(owner.email);
    setRequestHeader('host', '192.168.1.20:3000');
    const state = await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }));
    if (state.status !== 'issued') throw new Error(`expected slips, got ${JSON.stringify(state)}`);
    expect(state.message).toMatch(/^Links created for 2 students, valid until \w+ \d+, \d{4}\. Print them now/);
    expect(state.validUntil).toMatch(/^Valid until /);
    expect(state.slips.map((slip) => [slip.displayName, slip.studentNumber])).toEqual([
      ['张伟', '2024001'],
      ['李娜', null],
    ]);
    for (const slip of state.slips) {
      expect(slip.url).toMatch(/^http:\/\/192\.168\.1\.20:3000\/en\/join\/p\/[A-Za-z0-9_-]{43}$/);
      expect(slip.qrSvg).toMatch(/^<svg [^>]*>.*<\/svg>\s*$/s);
      expect(await getPersonalLink(tokenOf(slip.url))).toMatchObject({ displayName: slip.displayName });
    }
    const stored = await databaseText();
    for (const slip of state.slips) expect(stored).not.toContain(tokenOf(slip.url));
  });

  it('creating them again stops the printed ones from working', async () => {
    const { owner, id } = await classWithRoster();
    await actAsStaff(owner.email);
    const first = await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }));
    const second = await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }));
    if (first.status !== 'issued' || second.status !== 'issued') throw new Error('expected slips');
    for (const slip of first.slips) expect(await getPersonalLink(tokenOf(slip.url))).toBeUndefined();
    for (const slip of second.slips) expect(await getPersonalLink(tokenOf(slip.url))).toBeDefined();
  });

  it('makes one student a new link, shown once, and leaves the others\' links alone', async () => {
    const { owner, id } = await classWithRoster();
    await actAsStaff(owner.email);
    const all = await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }));
    if (all.status !== 'issued') throw new Error('expected slips');
    const [zhang, li] = all.slips;
    const outcome = await issueStudentLinkAction(IDLE_FORM, formOf({ classroomId: id, studentId: zhang.studentId }));
    expect(outcome).toMatchObject({ status: 'done', message: expect.stringMatching(/^Personal link for 张伟, valid until .+, works once: http:\/\/localhost\/en\/join\/p\/[A-Za-z0-9_-]{43} \(it is shown only now/) });
    const url = (outcome as { message: string }).message.match(/http:\/\/\S+/)![0];
    expect(await getPersonalLink(tokenOf(url))).toMatchObject({ displayName: '张伟' });
    expect(await getPersonalLink(tokenOf(zhang.url))).toBeUndefined();
    expect(await getPersonalLink(tokenOf(li.url))).toMatchObject({ displayName: '李娜' });
  });

  it('refuses another trainer and a device, and changes nothing', async () => {
    const { id, annId } = await classWithRoster();
    const before = await db.student.findMany({ orderBy: { id: 'asc' } });
    await actAsStaff((await createTrainer()).email);
    expect(await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }))).toEqual({ status: 'error', message: en['errors.class.notFound'] });
    expect(await issueRecoveryCodeAction(IDLE_FORM, formOf({ classroomId: id, studentId: annId }))).toEqual({ status: 'error', message: en['errors.class.notFound'] });
    actAsDevice();
    expect(await issuePersonalLinksAction(IDLE_LINKS, formOf({ classroomId: id }))).toMatchObject({ status: 'error' });
    expect(await issueStudentLinkAction(IDLE_FORM, formOf({ classroomId: id, studentId: annId }))).toMatchObject({ status: 'error' });
    expect(await db.student.findMany({ orderBy: { id: 'asc' } })).toEqual(before);
  });
});

describe('showing a recovery code', () => {
  it('says to turn recovery on first', async () => {
    const { owner, id, annId } = await classWithRoster();
    await actAsStaff(owner.email);
    expect(await issueRecoveryCodeAction(IDLE_FORM, formOf({ classroomId: id, studentId: annId }))).toEqual({ status: 'error', message: en['errors.recoveryCode.recoveryOff'] });
  });

  it('shows a code the student can continue with once, on their new device', async () => {
    const { owner, staff, id, joinCode, annId } = await classWithRoster();
    await setAllowRecovery(staff, id, true);
    await actAsStaff(owner.email);
    const outcome = await issueRecoveryCodeAction(IDLE_FORM, formOf({ classroomId: id, studentId: annId }));
    expect(outcome).toMatchObject({ status: 'done', message: expect.stringMatching(/^Recovery code for Ann: [A-Z2-9]{4}-[A-Z2-9]{4}\. Read it to them now: it works once, for 15 minutes\.$/) });
    const code = (outcome as { message: string }).message.match(/[A-Z2-9]{4}-[A-Z2-9]{4}/)![0];
    expect(await databaseText()).not.toContain(code.replace('-', ''));

    const recover = () => recoverStudentAction(IDLE_FORM, formOf({ code: joinCode, displayName: 'Ann', studentNumber: '17', recoveryCode: code }));
    actAsDevice();
    await expect(recover()).rejects.toMatchObject({ digest: expect.stringContaining(';/en/my;') });
    expect(await db.studentDevice.count({ where: { studentId: annId } })).toBe(2);
    actAsDevice();
    expect(await recover()).toMatchObject({ status: 'error', message: en['errors.recover.noMatch'] });
    expect(await db.studentDevice.count({ where: { studentId: annId } })).toBe(2);
  });

  it('gives no code for a student who has not joined', async () => {
    const { owner, staff, id } = await classWithRoster();
    await setAllowRecovery(staff, id, true);
    await actAsStaff(owner.email);
    const zhang = await db.student.findFirstOrThrow({ where: { displayName: '张伟' } });
    expect(await issueRecoveryCodeAction(IDLE_FORM, formOf({ classroomId: id, studentId: zhang.id }))).toEqual({
      status: 'error',
      message: en['errors.recoveryCode.notJoined'].replace('{name}', '张伟'),
    });
  });
});
