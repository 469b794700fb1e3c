import { describe, expect, it, vi } from 'vitest';
import InvitePage from '@/app/[locale]/invite/[token]/page';
import SetupPage from '@/app/[locale]/setup/[token]/page';
import en from '@/i18n/messages/en.json';
import { createSetupLink } from '@/server/db/invitations';
import { html, params } from '../../../factories/render-page';
import { createStaff } from '../../../factories/classes';

vi.mock('next/headers', async () => (await import('../../../factories/request-context')).nextHeadersModule);

const UNKNOWN_TOKEN = 'x'.repeat(43);

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
    expect(await html(await SetupPage(params({ locale: 'en', token: link.token })))).toContain('<form');
    await createStaff('admin');
    const done = await html(await SetupPage(params({ locale: 'en', token: link.token })));
    expect(done).toContain(en['setup.state.done.title']);
    expect(done).not.toContain('<form');
  });
});
