import { describe, expect, it, vi } from 'vitest';
import { JOIN_MAX_ATTEMPTS } from '@/domain/classes/join-limits';
import JoinPage from '@/app/[locale]/join/page';
import JoinWithCodePage from '@/app/[locale]/join/[code]/page';
import PersonalLinkPage from '@/app/[locale]/join/p/[token]/page';
import RecoverPage from '@/app/[locale]/recover/page';
import TrainerHomePage from '@/app/[locale]/trainer/page';
import ClassPage from '@/app/[locale]/trainer/classes/[classId]/page';
import PersonalLinksPage from '@/app/[locale]/trainer/classes/[classId]/links/page';
import PresentPage from '@/app/[locale]/trainer/classes/[classId]/present/page';
import RosterImportPage from '@/app/[locale]/trainer/classes/[classId]/roster/page';
import { createClassroom, importRoster, removeStudent } from '@/server/db/classrooms';
import { db } from '@/server/db/client';
import { hashToken } from '@/server/auth/tokens';
import { joinClassroom } from '@/server/db/students';
import { createTestAssignment, personalLinkTokens } from '../../../factories/classes';
import { anonymousDevice } from '../../../factories/devices';
import { actAsDevice, actAsStaff, resetRequest, setRequestHeader } from '../../../factories/request-context';
import { digestOf, html, params } from '../../../factories/render-page';
import { createTrainer } from '../../../factories/users';

/*
 * The class and join pages rendered on the server as Next.js would, against a real database:
 * what each page shows, and that a page never shows another trainer's class.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

async function classWithRoster() {
  const owner = await createTrainer();
  const staff = { kind: 'staff' as const, userId: owner.id, role: 'trainer' as const, name: 'Test Trainer', email: owner.email };
  const { id, joinCode } = await createClassroom(staff, { name: 'Class 3B' });
  await importRoster(staff, id, [
    { line: 2, displayName: '张伟', studentNumber: '2024001' },
    { line: 3, displayName: '李娜', studentNumber: '2024002' },
  ]);
  const joined = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Ann', studentNumber: '17' });
  const bob = await joinClassroom(anonymousDevice(), { code: joinCode, displayName: 'Bob', studentNumber: null });
  if (!joined.ok || !bob.ok) throw new Error('join failed');
  await removeStudent(staff, id, bob.value.studentId);
  const token = (await personalLinkTokens(staff, id)).get('张伟')!;
  return { owner, staff, id, joinCode, token };
}

describe('trainer pages', () => {
  it('lists my classes with code and counts, and the create-class form', async () => {
    const { owner, joinCode } = await classWithRoster();
    await actAsStaff(owner.email);
    const page = await html(await TrainerHomePage(params({ locale: 'en' })));
    expect(page).toContain('<h1>My classes</h1>');
    expect(page).toContain(joinCode);
    expect(page).toContain('Students: 3');
    expect(page).toContain('Assignments: 0');
    expect(page).toMatch(/<label for="class-name">Class name<\/label>/);
  });

  it('sends a signed-out visitor to sign in and back', async () => {
    resetRequest();
    expect(await digestOf(TrainerHomePage(params({ locale: 'en' })))).toContain(`;/en/sign-in?next=${encodeURIComponent('/en/trainer')};`);
  });

  it('shows the class: code, join link on the address the trainer used, QR code, roster, removed students', async () => {
    const { owner, id, joinCode, token } = await classWithRoster();
    await actAsStaff(owner.email);
    setRequestHeader('host', '192.168.1.20:3000');
    const page = await html(await ClassPage({ ...params({ locale: 'en', classId: id }), searchParams: Promise.resolve({}) }));
    expect(page).toContain(`<p class="join-code-big">${joinCode}</p>`);
    expect(page).toContain(`href="http://192.168.1.20:3000/en/join/${joinCode}"`);
    expect(page).toMatch(/role="img" aria-label="QR code of the join link http:\/\/192\.168\.1\.20:3000\/en\/join\/\w+"><svg/);
    expect(page).toContain('Students (3)');
    expect(page).toContain('Not joined yet');
    expect(page).toMatch(/Personal link valid until \w+ \d+, \d{4}/);
    expect(page).toContain('New personal link');
    // Links are stored hashed: the page cannot show one, and never does.
    expect(page).not.toContain(token);
    expect(page).toContain('role="switch" aria-checked="false"');
    expect(page).not.toContain('>Recovery code</button>');
    expect(page).toContain('Removed students (1)');
    expect(page).toContain('Bob');
    expect(page).toContain(`href="/en/trainer/classes/${id}/links"`);
    expect(page).toContain('id="class-assignments-heading"');
  });

  it('names an assignment just created from it, with the join code still in view', async () => {
    const { owner, staff, id, joinCode } = await classWithRoster();
    await actAsStaff(owner.email);
    const assignmentId = await createTestAssignment(staff, id);
    const page = await html(await ClassPage({ ...params({ locale: 'zh-CN', classId: id }), searchParams: Promise.resolve({ assigned: assignmentId }) }));
    expect(page).toMatch(/<p class="notice success" role="status">已布置作业「[^」]+」/);
    expect(page).toContain(`href="/zh-CN/trainer/assignments/${assignmentId}"`);
    // The notice comes before the join panel, which still shows the code.
    expect(page.indexOf('已布置作业')).toBeLessThan(page.indexOf(`<p class="join-code-big">${joinCode}</p>`));
    // An id that is no assignment of this class names nothing.
    const other = await html(await ClassPage({ ...params({ locale: 'zh-CN', classId: id }), searchParams: Promise.resolve({ assigned: 'not-an-assignment' }) }));
    expect(other).not.toContain('已布置作业');
  });

  it('builds https links behind a proxy that says so', async () => {
    const { owner, id, joinCode } = await classWithRoster();
    await actAsStaff(owner.email);
    setRequestHeader('host', 'scamsense.example');
    setRequestHeader('x-forwarded-proto', 'https');
    expect(await html(await PresentPage(params({ locale: 'zh-CN', classId: id })))).toContain(`https://scamsense.example/zh-CN/join/${joinCode}`);
  });

  it('shows the projector view with the code and the short address', async () => {
    const { owner, id, joinCode } = await classWithRoster();
    await actAsStaff(owner.email);
    setRequestHeader('host', '192.168.1.20:3000');
    const page = await html(await PresentPage(params({ locale: 'en', classId: id })));
    expect(page).toContain('Join Class 3B');
    expect(page).toContain(`<p class="present-code-text">${joinCode}</p>`);
    expect(page).toContain('or open 192.168.1.20:3000/en/join and enter the code');
  });

  it('shows the roster import page with the expected columns and an example', async () => {
    const { owner, id } = await classWithRoster();
    await actAsStaff(owner.email);
    const page = await html(await RosterImportPage(params({ locale: 'zh-CN', classId: id })));
    expect(page).toContain('导入名单：Class 3B');
    expect(page).toContain('姓名,学号\n张伟,2024001');
    expect(page).toContain('<label for="roster-file">CSV 文件</label>');
  });

  it('lists the imported students who have not joined with their links\' state, and offers to create new links', async () => {
    const { owner, id, token } = await classWithRoster();
    await actAsStaff(owner.email);
    setRequestHeader('host', '192.168.1.20:3000');
    const page = await html(await PersonalLinksPage(params({ locale: 'en', classId: id })));
    expect(page).toContain('Students who have not joined: 2');
    expect(page).toContain('张伟');
    expect(page).toContain('李娜');
    expect(page).not.toContain('Ann');
    expect(page).toMatch(/Personal link valid until \w+ \d+, \d{4}/);
    expect(page).toContain('Create new links for 2 students');
    expect(page).toContain('Links created before stop working, printed slips too.');
    expect(page).not.toContain(token);
    expect(page).not.toContain('class="link-slip"');
  });

  it.each([
    ['class', ClassPage],
    ['present', PresentPage],
    ['roster', RosterImportPage],
    ['links', PersonalLinksPage],
  ])('answers "not found" on the %s page of another trainer\'s class', async (_name, Page) => {
    const { id } = await classWithRoster();
    const other = await createTrainer();
    await actAsStaff(other.email);
    expect(await digestOf(Page({ ...params({ locale: 'en', classId: id }), searchParams: Promise.resolve({}) }))).toContain('404');
  });
});

describe('student pages', () => {
  it('fills in the code from the link and names the class before joining, in both languages', async () => {
    const { joinCode } = await classWithRoster();
    actAsDevice();
    const page = await html(await JoinWithCodePage(params({ locale: 'en', code: joinCode.toLowerCase() })));
    expect(page).toContain(`value="${joinCode}"`);
    expect(page).toMatch(/<h1>Join Class 3B<\/h1>/);
    expect(page).not.toContain('This device has already joined');
    expect(await html(await JoinWithCodePage(params({ locale: 'zh-CN', code: joinCode })))).toMatch(/<h1>加入 Class 3B<\/h1>/);
    // Naming a class is no failed try: a whole class opens the link from one network.
    expect(await db.rateLimit.count({ where: { key: { startsWith: 'join:' }, count: { gt: 0 } } })).toBe(0);
  });

  it('says at once that a link\'s code opens no class, and counts it as a failed join try', async () => {
    await classWithRoster();
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.90');
    const page = await html(await JoinWithCodePage(params({ locale: 'en', code: 'ZZZZZZ' })));
    // Said once, next to the code field.
    expect(page.split('No class has this code').length - 1).toBe(1);
    expect(page).toMatch(/<input id="join-code" aria-invalid="true"/);
    expect(page).toMatch(/<h1>Join a class<\/h1>/);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: 'join:203.0.113.90' } })).count).toBe(1);
  });

  it('names no class once the address has used up its failed join tries, so the page finds no codes', async () => {
    const { joinCode } = await classWithRoster();
    actAsDevice();
    setRequestHeader('x-client-address', '203.0.113.91');
    for (let attempt = 0; attempt < JOIN_MAX_ATTEMPTS; attempt += 1) await html(await JoinWithCodePage(params({ locale: 'en', code: 'ZZZZZZ' })));
    const page = await html(await JoinWithCodePage(params({ locale: 'en', code: joinCode })));
    expect(page).not.toContain('Class 3B');
    expect(page).not.toContain('No class has this code');
    expect(page).toContain(`value="${joinCode}"`);
  });

  it('tells a device that already joined the class so, and links to my assignments', async () => {
    const { joinCode } = await classWithRoster();
    const device = actAsDevice();
    await joinClassroom(device, { code: joinCode, displayName: 'Cai', studentNumber: null });
    const page = await html(await JoinWithCodePage(params({ locale: 'en', code: joinCode })));
    expect(page).toContain('This device has already joined Class 3B as Cai.');
    expect(page).toContain('href="/en/my"');
    expect(await html(await JoinPage(params({ locale: 'en' })))).toContain('Class 3B, as Cai');
  });

  it('asks "Join <class> as <name>?" for an unused personal link, and explains a used one', async () => {
    const { token } = await classWithRoster();
    actAsDevice();
    expect(await html(await PersonalLinkPage(params({ locale: 'zh-CN', token })))).toContain('以 张伟 的身份加入 Class 3B？');
    await db.student.updateMany({ where: { personalTokenHash: hashToken(token) }, data: { personalTokenHash: null } });
    const used = await html(await PersonalLinkPage(params({ locale: 'en', token })));
    expect(used).toContain('This personal link is unknown, has already been used or has expired');
    expect(used).toContain('href="/en/join"');
  });

  it('shows the recovery form with a required student number', async () => {
    resetRequest();
    const page = await html(await RecoverPage(params({ locale: 'en' })));
    expect(page).toContain('Continue on a new device');
    expect(page).toMatch(/id="recover-studentNumber"[^>]*required/);
    expect(page).toMatch(/id="recover-recoveryCode"[^>]*required/);
    expect(page).toContain('Ask your trainer for a recovery code');
  });
});
