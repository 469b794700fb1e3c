import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import type { RosterUploadState } from '@/domain/classes/roster-upload';
import { IDLE_FORM } from '@/domain/shared/form-state';
import en from '@/i18n/messages/en.json';
import { createClassAction, importRosterAction, previewRosterAction, removeStudentAction, rotateJoinCodeAction, setAllowRecoveryAction } from '@/server/actions/classes';
import { createClassroom } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { joinClassroom } from '@/server/db/students';
import { promoteToAdmin } from '@/server/db/users';
import { anonymousDevice } from '../../../factories/devices';
import { actAsDevice, actAsStaff, resetRequest } from '../../../factories/request-context';
import { createTrainer } from '../../../factories/users';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const IDLE_ROSTER: RosterUploadState = { status: 'idle' };

function formOf(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  form.set('locale', 'en');
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

const fixture = (name: string) => readFileSync(`tests/fixtures/rosters/${name}`);
const csvFile = (name: string) => new File([fixture(name)], name, { type: 'text/csv' });

/** An owner with a class of one joined student, another trainer and an admin. */
async function world() {
  const owner = await createTrainer();
  const other = await createTrainer();
  const admin = await createTrainer();
  await promoteToAdmin(admin.id);
  const { id: classroomId, joinCode } = await createClassroom({ kind: 'staff', userId: owner.id, role: 'trainer', name: 'Test Trainer', email: owner.email }, { name: 'Class 3B' });
  const joined = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '1' });
  if (!joined.ok) throw new Error('join failed');
  return { owner, other, admin, classroomId, joinCode, studentId: joined.value.studentId };
}
type World = Awaited<ReturnType<typeof world>>;

/** Every row a class action could touch, to check that a refused call changed nothing. */
async function snapshot() {
  return {
    classrooms: await db.classroom.findMany({ orderBy: { id: 'asc' } }),
    students: await db.student.findMany({ orderBy: { id: 'asc' } }),
    devices: await db.studentDevice.findMany({ orderBy: { id: 'asc' } }),
  };
}

async function redirectOf(run: Promise<unknown>): Promise<string> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  const digest = (error as { digest?: unknown } | undefined)?.digest;
  if (typeof digest !== 'string' || !digest.startsWith('NEXT_REDIRECT;')) throw new Error(`expected a redirect, got ${String(error)}`);
  return digest.split(';')[2];
}

type Role = 'owner' | 'other trainer' | 'signed-out visitor' | 'student device' | 'admin';

async function actAs(role: Role, w: World): Promise<void> {
  if (role === 'owner') await actAsStaff(w.owner.email);
  else if (role === 'other trainer') await actAsStaff(w.other.email);
  else if (role === 'admin') await actAsStaff(w.admin.email);
  else if (role === 'student device') actAsDevice();
  else resetRequest();
}

const REFUSAL: Record<Exclude<Role, 'owner' | 'admin'>, string> = {
  'other trainer': en['errors.class.notFound'],
  'signed-out visitor': en['errors.auth.signInRequired'],
  'student device': en['errors.auth.signInRequired'],
};

const CLASS_ACTIONS: [string, (w: World) => Promise<{ status: string; message?: string }>, (w: World, outcome: { status: string }) => Promise<void>][] = [
  [
    'rotate the join code',
    (w) => rotateJoinCodeAction(IDLE_FORM, formOf({ classroomId: w.classroomId })),
    async (w, outcome) => {
      expect(outcome.status).toBe('done');
      expect((await db.classroom.findUniqueOrThrow({ where: { id: w.classroomId } })).joinCode).not.toBe(w.joinCode);
    },
  ],
  [
    'allow recovery',
    (w) => setAllowRecoveryAction(IDLE_FORM, formOf({ classroomId: w.classroomId, allowRecovery: 'true' })),
    async (w, outcome) => {
      expect(outcome).toEqual({ status: 'done', message: en['class.recoveryTurnedOn'] });
      expect((await db.classroom.findUniqueOrThrow({ where: { id: w.classroomId } })).allowRecovery).toBe(true);
    },
  ],
  [
    'remove a student',
    (w) => removeStudentAction(IDLE_FORM, formOf({ classroomId: w.classroomId, studentId: w.studentId })),
    async (w, outcome) => {
      expect(outcome).toEqual({ status: 'done', message: en['class.studentRemoved'] });
      expect((await db.student.findUniqueOrThrow({ where: { id: w.studentId } })).removedAt).not.toBeNull();
    },
  ],
  [
    'preview a roster',
    (w) => previewRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, file: csvFile('excel-gbk.csv') })),
    async (_w, outcome) => {
      expect(outcome).toMatchObject({ status: 'preview', problems: [] });
    },
  ],
  [
    'import a roster',
    (w) => importRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, fileName: 'excel-gbk.csv', csv: fixture('excel-gbk.csv').toString('base64') })),
    async (w, outcome) => {
      expect(outcome).toMatchObject({ status: 'imported', count: 3 });
      expect(await db.student.count({ where: { classroomId: w.classroomId } })).toBe(4);
    },
  ],
];

const ROLE_TABLE: [Role, boolean][] = [
  ['owner', true],
  ['other trainer', false],
  ['signed-out visitor', false],
  ['student device', false],
  ['admin', true],
];

describe('trainer class actions: who may do what', () => {
  describe.each(CLASS_ACTIONS)('%s', (_name, run, checkAllowed) => {
    it.each(ROLE_TABLE)('as %s: allowed %s', async (role, isAllowed) => {
      const w = await world();
      await actAs(role, w);
      const before = await snapshot();
      const outcome = await run(w);
      if (isAllowed) {
        await checkAllowed(w, outcome);
      } else {
        expect(outcome).toEqual({ status: 'error', message: REFUSAL[role as keyof typeof REFUSAL] });
        expect(await snapshot()).toEqual(before);
      }
    });
  });

  it.each([['signed-out visitor'], ['student device']] as const)('refuses to create a class for a %s and creates nothing', async (role) => {
    const w = await world();
    await actAs(role, w);
    expect(await createClassAction(IDLE_FORM, formOf({ name: 'Sneaky' }))).toEqual({ status: 'error', message: en['errors.auth.signInRequired'] });
    expect(await db.classroom.count()).toBe(1);
  });

  it.each([['owner'], ['admin']] as const)('lets the %s create a class and opens it', async (role) => {
    const w = await world();
    await actAs(role, w);
    const path = await redirectOf(createClassAction(IDLE_FORM, formOf({ name: '  New staff, March ' })));
    const created = await db.classroom.findFirstOrThrow({ where: { name: 'New staff, March' } });
    expect(path).toBe(`/en/trainer/classes/${created.id}`);
    expect(created.trainerId).toBe(role === 'owner' ? w.owner.id : w.admin.id);
  });
});

describe('createClassAction', () => {
  it('refuses an empty or too long name, keeps what was typed and creates nothing', async () => {
    const { email } = await createTrainer();
    await actAsStaff(email);
    expect(await createClassAction(IDLE_FORM, formOf({ name: '   ' }))).toEqual({ status: 'error', message: en['errors.class.name'], fieldErrors: { name: en['errors.class.name'] }, values: { name: '   ' } });
    expect(await createClassAction(IDLE_FORM, formOf({ name: 'x'.repeat(81) }))).toMatchObject({ status: 'error', fieldErrors: { name: en['errors.class.name'] } });
    expect(await db.classroom.count()).toBe(0);
  });

  it('answers in the language of the form', async () => {
    const { email } = await createTrainer();
    await actAsStaff(email);
    const form = formOf({ name: '' });
    form.set('locale', 'zh-CN');
    expect(await createClassAction(IDLE_FORM, form)).toMatchObject({ message: '请为班级起一个 1 到 80 个字符的名称，例如“三年级二班”。' });
  });
});

describe('class settings and roster actions', () => {
  it('tells the owner the new code and that the old one stopped working', async () => {
    const w = await world();
    await actAsStaff(w.owner.email);
    const outcome = await rotateJoinCodeAction(IDLE_FORM, formOf({ classroomId: w.classroomId }));
    const { joinCode } = await db.classroom.findUniqueOrThrow({ where: { id: w.classroomId } });
    expect(outcome).toEqual({ status: 'done', message: `The new code is ${joinCode}. The old code no longer works.` });
  });

  it('turns recovery off again', async () => {
    const w = await world();
    await actAsStaff(w.owner.email);
    await setAllowRecoveryAction(IDLE_FORM, formOf({ classroomId: w.classroomId, allowRecovery: 'true' }));
    expect(await setAllowRecoveryAction(IDLE_FORM, formOf({ classroomId: w.classroomId, allowRecovery: 'false' }))).toEqual({ status: 'done', message: en['class.recoveryTurnedOff'] });
    expect((await db.classroom.findUniqueOrThrow({ where: { id: w.classroomId } })).allowRecovery).toBe(false);
  });

  it('refuses a recovery setting that is neither true nor false', async () => {
    const w = await world();
    await actAsStaff(w.owner.email);
    const before = await snapshot();
    expect(await setAllowRecoveryAction(IDLE_FORM, formOf({ classroomId: w.classroomId, allowRecovery: 'yes' }))).toEqual({ status: 'error', message: en['errors.class.settingInvalid'] });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses to remove a student of another class, even of the same trainer', async () => {
    const w = await world();
    const second = await createClassroom({ kind: 'staff', userId: w.owner.id, role: 'trainer', name: 'Test Trainer', email: w.owner.email }, { name: 'Second' });
    await actAsStaff(w.owner.email);
    const before = await snapshot();
    expect(await removeStudentAction(IDLE_FORM, formOf({ classroomId: second.id, studentId: w.studentId }))).toEqual({ status: 'error', message: en['errors.class.studentNotFound'] });
    expect(await snapshot()).toEqual(before);
  });

  it('says "not saved, try again" when the database fails, logs the ids, and removes nobody', async () => {
    const w = await world();
    await actAsStaff(w.owner.email);
    const before = await snapshot();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    await db.$executeRaw`ALTER TABLE "StudentDevice" RENAME TO "StudentDeviceOffline"`;
    try {
      expect(await removeStudentAction(IDLE_FORM, formOf({ classroomId: w.classroomId, studentId: w.studentId }))).toEqual({ status: 'error', message: en['errors.class.notSaved'] });
      expect(logged.mock.calls[0][0]).toContain(w.studentId);
      expect(logged.mock.calls[0][0]).toContain(w.classroomId);
    } finally {
      await db.$executeRaw`ALTER TABLE "StudentDeviceOffline" RENAME TO "StudentDevice"`;
      logged.mockRestore();
    }
    expect(await snapshot()).toEqual(before);
  });
});

describe('roster preview and import', () => {
  async function asOwner() {
    const w = await world();
    await actAsStaff(w.owner.email);
    return w;
  }
  const preview = (w: World, name: string) => previewRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, file: csvFile(name) }));
  const importFile = (w: World, name: string) => importRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, fileName: name, csv: fixture(name).toString('base64') }));

  const CHINESE_ROWS = [
    { line: 2, displayName: '张伟', studentNumber: '2024001' },
    { line: 3, displayName: '李娜', studentNumber: '2024002' },
    { line: 4, displayName: '王芳', studentNumber: null },
  ];

  it.each([
    ['excel-gbk.csv', en['roster.encoding.gb18030'], CHINESE_ROWS],
    ['utf8-bom.csv', en['roster.encoding.utf-8-bom'], CHINESE_ROWS],
    [
      'utf8-no-header.csv',
      en['roster.encoding.utf-8'],
      [
        { line: 1, displayName: '陈静', studentNumber: '2024101' },
        { line: 2, displayName: 'Zhao Lei', studentNumber: '2024102' },
      ],
    ],
  ])('previews %s without being told its encoding, and writes nothing', async (name, encoding, rows) => {
    const w = await asOwner();
    const before = await snapshot();
    expect(await preview(w, name)).toEqual({ status: 'preview', fileName: name, encoding, rows, problems: [], csv: fixture(name).toString('base64') });
    expect(await snapshot()).toEqual(before);
  });

  it('previews a file with bad rows with every problem by line', async () => {
    const w = await asOwner();
    expect(await preview(w, 'bad-rows.csv')).toMatchObject({
      status: 'preview',
      rows: [
        { line: 2, displayName: 'Anna', studentNumber: '1' },
        { line: 5, displayName: 'Quoted, Name', studentNumber: '3' },
      ],
      problems: [
        { line: 2, message: 'Line 2: student number 1 is already in this class. Delete the line or correct the number.' },
        { line: 3, message: "Line 3: the name is empty. Fill in the student's name or delete the line." },
        { line: 4, message: 'Line 4: student number 1 already appears on line 2. Each student number may appear once.' },
      ],
    });
  });

  it('imports nothing from a file with bad rows, even when the browser sends it straight to import', async () => {
    const w = await asOwner();
    const before = await snapshot();
    const outcome = await importFile(w, 'bad-rows.csv');
    expect(outcome).toMatchObject({ status: 'preview', problems: [{ line: 3 }, { line: 4 }] });
    expect(await snapshot()).toEqual(before);
  });

  it('imports a GBK file with the names spelled correctly', async () => {
    const w = await asOwner();
    expect(await importFile(w, 'excel-gbk.csv')).toEqual({ status: 'imported', count: 3, message: 'Students imported: 3. Next, create and print their personal join links.' });
    const imported = await db.student.findMany({ where: { classroomId: w.classroomId, joinedAt: null }, orderBy: { createdAt: 'asc' } });
    expect(imported.map((student) => [student.displayName, student.studentNumber])).toEqual([
      ['张伟', '2024001'],
      ['李娜', '2024002'],
      ['王芳', null],
    ]);
  });

  it('imports nothing when a student number is already in the class, naming the line', async () => {
    const w = await asOwner();
    await joinClassroom(anonymousDevice(), { code: w.joinCode, displayName: 'Someone', studentNumber: '2024002' });
    const before = await snapshot();
    expect(await importFile(w, 'utf8-bom.csv')).toMatchObject({
      status: 'preview',
      problems: [{ line: 3, message: 'Line 3: student number 2024002 is already in this class. Delete the line or correct the number.' }],
    });
    expect(await snapshot()).toEqual(before);
  });

  it('asks for a file when none was chosen, and refuses one that is too large', async () => {
    const w = await asOwner();
    expect(await previewRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId }))).toEqual({ status: 'error', message: en['errors.roster.noFile'] });
    expect(await importRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, csv: '' }))).toEqual({ status: 'error', message: en['errors.roster.noFile'] });
    const huge = new File([new Uint8Array(300 * 1024).fill(65)], 'huge.csv');
    expect(await previewRosterAction(IDLE_ROSTER, formOf({ classroomId: w.classroomId, file: huge }))).toEqual({ status: 'error', message: en['errors.roster.fileTooLarge'].replace('{max}', '256') });
  });
});
