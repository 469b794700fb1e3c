import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_FORM, type FormState } from '@/domain/shared/form-state';
import { createOrPromoteAdmin } from '@/server/auth/create-admin';
import { getStaffViewer } from '@/server/auth/staff';
import { db } from '@/server/db/client';
import { createInvitation } from '@/server/db/invitations';
import { disableUser } from '@/server/db/users';
import { disableStaffAction, enableStaffAction, inviteStaffAction, revokeInvitationAction } from '@/server/actions/staff';
import { t } from '../../../factories/content';
import { actAsDevice, actAsStaff, nextHeadersModule, resetRequest, setRequestHeader } from '../../../factories/request-context';
import { createTrainer, TEST_PASSWORD } from '../../../factories/users';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

function formOf(fields: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

async function createAdmin(name = 'Ada Admin') {
  const email = `admin-${Math.random().toString(36).slice(2)}@example.com`;
  const result = await createOrPromoteAdmin({ email, password: TEST_PASSWORD, name });
  if (!result.ok) throw new Error('could not create the admin');
  return { id: result.value.user.id, email };
}

/** Everything an admin action could change. */
async function snapshot() {
  return {
    users: await db.user.findMany({ orderBy: { id: 'asc' }, select: { id: true, role: true, disabledAt: true } }),
    invitations: await db.staffInvitation.findMany({ orderBy: { id: 'asc' } }),
    sessions: await db.session.count(),
  };
}

type Caller = 'admin' | 'trainer' | 'signed-out visitor' | 'student device' | 'disabled admin';

/**
 * A world with an admin (the actor when allowed), another admin to disable the actor with, a
 * trainer to act on, a disabled trainer to enable, and a pending invitation to revoke.
 */
async function world() {
  const admin = await createAdmin();
  const otherAdmin = await createAdmin('Otto Other');
  const trainer = await createTrainer();
  const disabledTrainer = await createTrainer();
  await disableUser(disabledTrainer.id);
  const invitation = await createInvitation({ kind: 'staff', userId: admin.id, role: 'admin', name: 'Ada Admin', email: admin.email }, { email: 'pending@example.com', role: 'trainer' });
  if (!invitation.ok) throw new Error('could not invite');
  return { admin, otherAdmin, trainer, disabledTrainer, invitationId: invitation.value.id };
}

async function actAs(caller: Caller, w: Awaited<ReturnType<typeof world>>) {
  if (caller === 'admin') await actAsStaff(w.admin.email);
  else if (caller === 'trainer') await actAsStaff(w.trainer.email);
  else if (caller === 'signed-out visitor') resetRequest();
  else if (caller === 'student device') actAsDevice();
  else {
    await actAsStaff(w.admin.email);
    await disableUser(w.admin.id);
  }
}

const ACTIONS = {
  'invite a trainer': () => inviteStaffAction(IDLE_FORM, formOf({ locale: 'en', email: 'newcomer@example.com', role: 'trainer' })),
  'revoke an invitation': (w: Awaited<ReturnType<typeof world>>) => revokeInvitationAction(IDLE_FORM, formOf({ locale: 'en', id: w.invitationId })),
  'disable a trainer': (w: Awaited<ReturnType<typeof world>>) => disableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.trainer.id })),
  'enable a disabled trainer': (w: Awaited<ReturnType<typeof world>>) => enableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.disabledTrainer.id })),
};

const REFUSALS: Record<Exclude<Caller, 'admin'>, string> = {
  trainer: t('errors.auth.forbidden'),
  'signed-out visitor': t('errors.auth.signInRequired'),
  'student device': t('errors.auth.signInRequired'),
  'disabled admin': t('errors.auth.signInRequired'),
};

beforeEach(() => resetRequest());

describe('who may use the admin actions', () => {
  const cases = Object.keys(ACTIONS).flatMap((action) =>
    (['admin', 'trainer', 'signed-out visitor', 'student device', 'disabled admin'] as const).map((caller) => [action as keyof typeof ACTIONS, caller] as const),
  );

  it.each(cases)('%s as %s', async (action, caller) => {
    const w = await world();
    await actAs(caller, w);
    const before = await snapshot();
    const outcome = await ACTIONS[action](w);
    if (caller === 'admin') {
      expect(outcome.status).toBe('done');
      expect(await snapshot()).not.toEqual(before);
    } else {
      expect(outcome).toEqual({ status: 'error', message: REFUSALS[caller], values: undefined });
      expect(await snapshot()).toEqual(before);
    }
  });
});

describe('inviting', () => {
  it('answers with a link to hand over, in the admin\'s language', async () => {
    const w = await world();
    await actAsStaff(w.admin.email);
    const outcome = await inviteStaffAction(IDLE_FORM, formOf({ locale: 'zh-CN', email: ' Newcomer@Example.com ', role: 'admin' }));
    expect(outcome).toMatchObject({ status: 'done', message: expect.stringContaining('newcomer@example.com') });
    const path = (outcome as Extract<FormState<{ invitePath?: string }>, { status: 'done' }>).invitePath!;
    expect(path).toMatch(/^\/zh-CN\/invite\/[A-Za-z0-9_-]{43}$/);
    expect(await db.staffInvitation.findFirst({ where: { email: 'newcomer@example.com' }, select: { role: true, invitedById: true } })).toEqual({ role: 'admin', invitedById: w.admin.id });
  });

  it.each([
    ['a malformed e-mail', { email: 'not-an-address', role: 'trainer' }, { email: 'That is not a valid e-mail address. Check it and try again.' }],
    ['a role that does not exist', { email: 'someone@example.com', role: 'student' }, { role: 'Choose a role: trainer or admin.' }],
    ['no role', { email: 'someone@example.com' }, { role: 'Choose a role: trainer or admin.' }],
  ])('refuses %s, says which field, keeps the input and creates nothing', async (_case, fields, fieldErrors) => {
    const w = await world();
    await actAsStaff(w.admin.email);
    const before = await snapshot();
    const outcome = await inviteStaffAction(IDLE_FORM, formOf({ locale: 'en', ...fields }));
    expect(outcome).toMatchObject({ status: 'error', fieldErrors, values: { email: fields.email } });
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an address that already has an account', async () => {
    const w = await world();
    await actAsStaff(w.admin.email);
    const before = await snapshot();
    expect(await inviteStaffAction(IDLE_FORM, formOf({ locale: 'en', email: w.disabledTrainer.email, role: 'trainer' }))).toMatchObject({
      status: 'error',
      message: `${w.disabledTrainer.email} already has an account, so no invitation is needed. If it is disabled, enable it in the staff list below.`,
    });
    expect(await snapshot()).toEqual(before);
  });
});

describe('disabling and enabling', () => {
  it('ends the disabled trainer\'s session at once and lets them back in once enabled', async () => {
    const w = await world();
    await actAsStaff(w.trainer.email);
    expect(await getStaffViewer()).toMatchObject({ userId: w.trainer.id, role: 'trainer' });
    const trainerCookie = (await nextHeadersModule.headers()).get('cookie')!;

    await actAsStaff(w.admin.email);
    expect(await disableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.trainer.id }))).toMatchObject({ status: 'done' });
    resetRequest();
    setRequestHeader('cookie', trainerCookie);
    expect(await getStaffViewer()).toBeUndefined();
    await expect(actAsStaff(w.trainer.email)).rejects.toThrow(/403/);

    await actAsStaff(w.admin.email);
    expect(await enableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.trainer.id }))).toMatchObject({ status: 'done' });
    await actAsStaff(w.trainer.email);
    expect(await getStaffViewer()).toMatchObject({ userId: w.trainer.id });
  });

  it('refuses an admin who tries to disable themselves, and changes nothing', async () => {
    const w = await world();
    await actAsStaff(w.admin.email);
    const before = await snapshot();
    expect(await disableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.admin.id }))).toEqual({
      status: 'error',
      message: 'You cannot disable your own account. Ask another admin if it must be disabled.',
      values: undefined,
    });
    expect(await snapshot()).toEqual(before);
    expect(await getStaffViewer()).toMatchObject({ userId: w.admin.id });
  });

  it('lets one admin disable another admin', async () => {
    const w = await world();
    await actAsStaff(w.admin.email);
    expect(await disableStaffAction(IDLE_FORM, formOf({ locale: 'en', id: w.otherAdmin.id }))).toMatchObject({ status: 'done' });
    expect((await db.user.findUniqueOrThrow({ where: { id: w.otherAdmin.id } })).disabledAt).not.toBeNull();
  });

  it.each([
    ['disable', disableStaffAction],
    ['enable', enableStaffAction],
  ])('says an unknown account was not found (%s)', async (_name, action) => {
    const w = await world();
    await actAsStaff(w.admin.email);
    const before = await snapshot();
    expect(await action(IDLE_FORM, formOf({ locale: 'en', id: 'no-such-user' }))).toMatchObject({
      status: 'error',
      message: 'That account was not found. Reload the page to see the current staff list.',
    });
    expect(await action(IDLE_FORM, formOf({ locale: 'en' }))).toMatchObject({ status: 'error' });
    expect(await snapshot()).toEqual(before);
  });
});
