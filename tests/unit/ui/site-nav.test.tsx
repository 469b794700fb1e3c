// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteNav, type SiteNavText } from '@/ui/nav/site-nav';
import { t } from '../../factories/content';

const text: SiteNavText = {
  label: t('nav.main'),
  staffSignIn: t('nav.staffSignIn'),
  classes: t('nav.classes'),
  admin: t('nav.admin'),
  signedInAs: t('nav.signedInAs', { name: 'Ada Admin' }),
  signOut: t('nav.signOut'),
  signingOut: t('nav.signingOut'),
  signOutFailed: t('nav.signOutFailed'),
};

afterEach(() => vi.unstubAllGlobals());

describe('SiteNav', () => {
  it('offers visitors and students only a small staff sign-in link, after the links it is given', () => {
    render(<SiteNav locale="en" links={[{ href: '/en/my', label: 'My assignments' }]} text={text} />);
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['My assignments', '/en/my'],
      ['Staff sign-in', '/en/sign-in'],
    ]);
    expect(within(nav).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows an admin their name, Classes, Admin and a sign-out button', () => {
    render(<SiteNav locale="zh-CN" staff={{ name: 'Ada Admin', isAdmin: true }} links={[]} text={text} />);
    expect(screen.getByRole('link', { name: 'Classes' })).toHaveAttribute('href', '/zh-CN/trainer');
    expect(screen.getByRole('link', { name: 'Admin' })).toHaveAttribute('href', '/zh-CN/admin');
    expect(screen.getByText('Signed in as Ada Admin')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeEnabled();
    expect(screen.queryByRole('link', { name: 'Staff sign-in' })).not.toBeInTheDocument();
  });

  it('hides the Admin link from trainers', () => {
    render(<SiteNav locale="en" staff={{ name: 'Tina', isAdmin: false }} links={[]} text={text} />);
    expect(screen.getByRole('link', { name: 'Classes' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Admin' })).not.toBeInTheDocument();
  });

  it('signs out through the authentication route and says so when that fails', async () => {
    const fetchMock = vi.fn(async () => new Response('{}', { status: 500 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<SiteNav locale="en" staff={{ name: 'Tina', isAdmin: false }} links={[]} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Sign out' }));
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/sign-out', expect.objectContaining({ method: 'POST' }));
    expect(await screen.findByText('Signing out failed. Check your connection and try again.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveAccessibleDescription('Signing out failed. Check your connection and try again.');
  });
});
