import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_FORM } from '@/domain/shared/form-state';
import { auth } from '@/server/auth/auth';
import { createOrPromoteAdmin } from '@/server/auth/create-admin';
import { db } from '@/server/db/client';
import { createInvitation, createSetupLink } from '@/server/db/invitations';
import { acceptInvitationAction, completeSetupAction } from '@/server/actions/staff';
import { resetRequest } from '../../../factories/request-context';
import { TEST_PASSWORD } from '../../../factories/users';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const PASSWORD = 'a brand new passphrase';

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

/** Runs an action that should redirect and returns where to. */
async function redirectOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? '';
    expect(digest.startsWith('NEXT_REDIRECT;')).toBe(true);
    return digest.split(';')[2];
  }
  throw new Error('the action did not redirect');
}

async function anInvitation(role: 'admin' | 'trainer' = 'trainer') {
  const admin = await createOrPromoteAdmin({ email: 'ada@example.com', password: TEST_PASSWORD, name: 'Ada Admin' });
  if (!admin.ok) throw new Error('no admin');
  const invitation = await createInvitation({ kind: 'staff', userId: admin.value.user.id, role: 'admin', name: 'Ada Admin', email: 'ada@example.com' }, { email: 'nia@example.com', role });
  if (!invitation.ok) throw new Error('no invitation');
  return invitation.value.token;
}

const snapshot = async () => ({ users: await db.user.count(), accounts: await db.account.count(), invitations: await db.staffInvitation.findMany({ orderBy: { id: 'asc' } }) });

beforeEach(() => resetRequest());

describe('accepting an invitation', () => {
  it('creates the account and sends the trainer to sign-in with a welcome notice and the e-mail filled in', async () => {
    const token = await anInvitation();
    const location = await redirectOf(() => acceptInvitationAction(IDLE_FORM, formOf({ locale: 'en', token, name: 'Nia New', password: PASSWORD, confirmPassword: PASSWORD })));
    expect(location).toBe('/en/sign-in?welcome=1&email=nia%40example.com&next=%2Fen%2Ftrainer');
    await expect(auth.api.signInEmail({ body: { email: 'nia@example.com', password: PASSWORD } })).resolves.toMatchObject({ user: { name: 'Nia New' } });
  });

  it('sends an invited admin on to the admin page after sign-in', async () => {
    const token = await anInvitation('admin');
    const location = await redirectOf(() => acceptInvitationAction(IDLE_FORM, formOf({ locale: 'zh-CN', token, name: 'Nia New', password: PASSWORD, confirmPassword: PASSWORD })));
    expect(location).toBe('/zh-CN/sign-in?welcome=1&email=nia%40example.com&next=%2Fzh-CN%2Fadmin');
    expect(await db.user.findUniqueOrThrow({ where: { email: 'nia@example.com' }, select: { role: true } })).toEqual({ role: 'admin' });
  });

  it.each([
    ['different passwords', { name: 'Nia', password: PASSWORD, confirmPassword: 'something else entirely' }, { confirmPassword: 'The two passwords are different. Type the same password in both fields.' }],
    ['a short password', { name: 'Nia', password: 'short', confirmPassword: 'short' }, { password: 'The password is too short. Use at least 10 characters.' }],
    ['an empty name', { name: '   ', password: PASSWORD, confirmPassword: PASSWORD }, { name: 'Enter a name of 1 to 100 characters.' }],
  ])('refuses %s, says which field, and creates nothing', async (_case, fields, fieldErrors) => {
    const token = await anInvitation();
    const before = await snapshot();
    const outcome = await acceptInvitationAction(IDLE_FORM, formOf({ locale: 'en', token, ...fields }));
    expect(outcome).toEqual({ status: 'error', message: 'The account details are not valid. Fix the fields marked below and try again.', fieldErrors, values: { name: fields.name } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a second use of the same link with a clear message', async () => {
    const token = await anInvitation();
    await redirectOf(() => acceptInvitationAction(IDLE_FORM, formOf({ locale: 'en', token, name: 'Nia', password: PASSWORD, confirmPassword: PASSWORD })));
    const before = await snapshot();
    expect(await acceptInvitationAction(IDLE_FORM, formOf({ locale: 'en', token, name: 'Someone Else', password: PASSWORD, confirmPassword: PASSWORD }))).toEqual({
      status: 'error',
      message: 'This invitation has already been used to create an account. Sign in instead.',
      values: { name: 'Someone Else' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a malformed token without touching the database', async () => {
    await anInvitation();
    const before = await snapshot();
    expect(await acceptInvitationAction(IDLE_FORM, formOf({ locale: 'en', token: 'bad token', name: 'Nia', password: PASSWORD, confirmPassword: PASSWORD }))).toEqual({
      status: 'error',
      message: 'This invitation link is not valid. Check that you opened the whole link, or ask the admin who invited you for a new one.',
      fieldErrors: {},
      values: { name: 'Nia' },
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('completing the first-admin setup', () => {
  it('creates the first admin and sends them to sign-in with the e-mail as stored, then on to the admin page', async () => {
    const link = await createSetupLink();
    const location = await redirectOf(() =>
      completeSetupAction(IDLE_FORM, formOf({ locale: 'zh-CN', token: link!.token, email: 'First@Example.com', name: 'First Admin', password: PASSWORD, confirmPassword: PASSWORD })),
    );
    expect(location).toBe('/zh-CN/sign-in?welcome=1&email=first%40example.com&next=%2Fzh-CN%2Fadmin');
    expect(await db.user.findUniqueOrThrow({ where: { email: 'first@example.com' }, select: { role: true } })).toEqual({ role: 'admin' });
  });

  it('is refused once an admin exists, in the visitor\'s language, and changes nothing', async () => {
    const link = await createSetupLink();
    await createOrPromoteAdmin({ email: 'ada@example.com', password: TEST_PASSWORD, name: 'Ada' });
    const before = await snapshot();
    expect(await completeSetupAction(IDLE_FORM, formOf({ locale: 'zh-CN', token: link!.token, email: 'me@example.com', name: 'Me', password: PASSWORD, confirmPassword: PASSWORD }))).toEqual({
      status: 'error',
      message: 'ScamSense 已有管理员，初始设置链接不再可用。请登录，或请管理员邀请你。',
      values: { name: 'Me', email: 'me@example.com' },
    });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a bad e-mail and keeps what was typed', async () => {
    const link = await createSetupLink();
    const before = await snapshot();
    expect(await completeSetupAction(IDLE_FORM, formOf({ locale: 'en', token: link!.token, email: 'me@', name: 'Me', password: PASSWORD, confirmPassword: PASSWORD }))).toMatchObject({
      status: 'error',
      fieldErrors: { email: 'That is not a valid e-mail address. Check it and try again.' },
      values: { email: 'me@', name: 'Me' },
    });
    expect(await snapshot()).toEqual(before);
  });
});
