import { describe, expect, it, vi } from 'vitest';
import InvitePage from '@/app/[locale]/invite/[token]/page';
import SetupPage from '@/app/[locale]/setup/[token]/page';
import SignInPage from '@/app/[locale]/sign-in/page';
import { formatDateTime, timeZoneName } from '@/domain/shared/time-zones';
import en from '@/i18n/messages/en.json';
import { db } from '@/server/db/client';
import { createSetupLink } from '@/server/db/invitations';
import { html, params } from '../../../factories/render-page';
import { resetRequest } from '../../../factories/request-context';
import { createStaff } from '../../../factories/classes';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const UNKNOWN_TOKEN = 'x'.repeat(43);

describe('the sign-in page after an account was created', () => {
  const signInPage = (searchParams: Record<string, string>) => SignInPage({ ...params({ locale: 'en' }), searchParams: Promise.resolve(searchParams) });

  it('welcomes the new account with its e-mail filled in', async () => {
    resetRequest();
    const page = await html(await signInPage({ welcome: '1', email: 'Nia@Example.com', next: '/en/trainer' }));
    expect(page).toContain(en['signIn.welcome']);
    expect(page).toMatch(/<input[^>]*id="sign-in-email"[^>]*value="nia@example.com"/);
    expect(page).toMatch(/<input[^>]*id="sign-in-password"[^>]*autofocus/i);
  });

  it('fills in nothing that is not an e-mail address', async () => {
    resetRequest();
    const page = await html(await signInPage({ welcome: '1', email: '"><script>x</script>' }));
    expect(page).not.toMatch(/<input[^>]*id="sign-in-email"[^>]*value=/);
    expect(page).not.toContain('<script>x');
  });
});

describe('invitation and setup pages', () => {
  it('explain an unknown invitation link and lead to sign-in', async () => {
    const page = await html(await InvitePage(params({ locale: 'en', token: UNKNOWN_TOKEN })));
    expect(page).toContain(en['invite.state.unknown.title']);
    expect(page).toContain('href="/en/sign-in"');
    expect(page).not.toContain('<form');
  });

  it('show the setup form while no admin exists, and say so once one does', async () => {
    const link = await createSetupLink();
    if (!link) throw new Error('no setup link on an empty database');
    const form = await html(await SetupPage(params({ locale: 'en', token: link.token })));
    expect(form).toContain('<form');
    // The expiry is in the server's zone, and says which.
    const expiry = (await db.staffInvitation.findFirstOrThrow({ where: { email: null }, select: { expiresAt: true } })).expiresAt;
    expect(form).toContain(`until ${formatDateTime(expiry, 'en', Intl.DateTimeFormat().resolvedOptions().timeZone)}.`);
    expect(form).toContain(timeZoneName(Intl.DateTimeFormat().resolvedOptions().timeZone, 'en', expiry));
    await createStaff('admin');
    const done = await html(await SetupPage(params({ locale: 'en', token: link.token })));
    expect(done).toContain(en['setup.state.done.title']);
    expect(done).not.toContain('<form');
  });
});
