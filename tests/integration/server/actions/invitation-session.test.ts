import { describe, expect, it, vi } from 'vitest';
import { acceptInvitationAction } from '@/server/actions/staff';
import { getStaffViewer } from '@/server/auth/staff';
import { db } from '@/server/db/client';
import { createInvitation } from '@/server/db/invitations';
import { createStaff } from '../../../factories/classes';
import { actAsStaff, nextHeadersModule, resetRequest } from '../../../factories/request-context';
import { redirectOf } from '../../../factories/action-calls';

/*
 * Accepting an invitation makes the browser the invitee's: a session it carried before (the
 * inviting admin's, on the same computer) ends, so the welcome sign-in asks for the new account.
 */

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

const PASSWORD = 'a brand new passphrase';
const IDLE_FORM = { status: 'idle' } as const;

function acceptForm(token: string): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries({ locale: 'en', token, name: 'Nia New', password: PASSWORD, confirmPassword: PASSWORD })) form.set(name, value);
  return form;
}

async function invitationFrom(admin: Awaited<ReturnType<typeof createStaff>>, email = 'nia@example.com'): Promise<string> {
  const invitation = await createInvitation(admin, { email, role: 'trainer' });
  if (!invitation.ok) throw new Error(`no invitation: ${invitation.code}`);
  return invitation.value.token;
}

const cookieNames = async () => (await nextHeadersModule.cookies()).getAll().map((cookie) => cookie.name);

describe('acceptInvitationAction in a browser with a session', () => {
  it('ends the session of the admin who was signed in there and clears its cookie', async () => {
    const admin = await createStaff('admin');
    const token = await invitationFrom(admin);
    await actAsStaff(admin.email);
    expect(await getStaffViewer()).toMatchObject({ userId: admin.userId });
    expect(await db.session.count({ where: { userId: admin.userId } })).toBe(1);

    expect(await redirectOf(() => acceptInvitationAction(IDLE_FORM, acceptForm(token)))).toBe('/en/sign-in?welcome=1&email=nia%40example.com&next=%2Fen%2Ftrainer');

    expect(await getStaffViewer()).toBeUndefined();
    expect(await cookieNames()).not.toContain('better-auth.session_token');
    expect(await db.session.count({ where: { userId: admin.userId } })).toBe(0);
    expect(await db.user.count({ where: { email: 'nia@example.com' } })).toBe(1);
  });

  it('leaves the admin’s sessions on other computers alone', async () => {
    const admin = await createStaff('admin');
    const token = await invitationFrom(admin);
    await actAsStaff(admin.email); // the admin's own computer
    await actAsStaff(admin.email); // the computer the invitee uses
    expect(await db.session.count({ where: { userId: admin.userId } })).toBe(2);
    await redirectOf(() => acceptInvitationAction(IDLE_FORM, acceptForm(token)));
    expect(await db.session.count({ where: { userId: admin.userId } })).toBe(1);
  });

  it('clears a session cookie that names no session, and refuses nothing because of it', async () => {
    const admin = await createStaff('admin');
    const token = await invitationFrom(admin);
    resetRequest();
    await (await nextHeadersModule.cookies()).set('better-auth.session_token', 'ended-session.c2lnbmF0dXJl');
    expect(await redirectOf(() => acceptInvitationAction(IDLE_FORM, acceptForm(token)))).toBe('/en/sign-in?welcome=1&email=nia%40example.com&next=%2Fen%2Ftrainer');
    expect(await cookieNames()).not.toContain('better-auth.session_token');
  });

  it('keeps the session when the invitation is refused', async () => {
    const admin = await createStaff('admin');
    await actAsStaff(admin.email);
    const outcome = await acceptInvitationAction(IDLE_FORM, acceptForm('a'.repeat(43)));
    expect(outcome).toMatchObject({ status: 'error' });
    expect(await getStaffViewer()).toMatchObject({ userId: admin.userId });
  });
});
