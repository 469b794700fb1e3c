// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import zhCN from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { SignInForm } from '@/ui/auth/sign-in-form';
import { buildSignInFormText } from '@/ui/auth/sign-in-form-text';
import { t } from '../../factories/content';

// The network is the boundary: each test says what the authentication route answers.
function answerWith(response: Response) {
  const fetchMock = vi.fn(async () => response);
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

async function signIn(email: string, password: string) {
  const user = userEvent.setup();
  if (email) await user.type(screen.getByLabelText('E-mail'), email);
  if (password) await user.type(screen.getByLabelText('Password'), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it('fills in a new account\'s e-mail and waits in the password field', () => {
    render(<SignInForm text={buildSignInFormText(t)} redirectTo="/en/trainer" initialEmail="nia@example.com" />);
    expect(screen.getByLabelText('E-mail')).toHaveValue('nia@example.com');
    expect(screen.getByLabelText('Password')).toHaveFocus();
  });

  it('ties a malformed e-mail error to the e-mail input and sends nothing', async () => {
    const fetchMock = answerWith(new Response('{}'));
    render(<SignInForm text={buildSignInFormText(t)} redirectTo="/en/trainer" />);
    await signIn('not-an-address', 'whatever');
    const email = screen.getByLabelText('E-mail');
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('Enter the e-mail address you were invited with.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-describedby');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says a wrong e-mail or password without saying which', async () => {
    answerWith(new Response(JSON.stringify({ code: 'INVALID_EMAIL_OR_PASSWORD' }), { status: 401 }));
    render(<SignInForm text={buildSignInFormText(t)} redirectTo="/en/trainer" />);
    await signIn('trainer@example.com', 'wrong password');
    expect(await screen.findByText('The e-mail or password is wrong. Check both and try again.')).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription('The e-mail or password is wrong. Check both and try again.');
  });

  it.each([
    ['en', t, 'Too many attempts. Try again in 15 minutes.'],
    ['zh-CN', createTranslator(zhCN), '尝试次数过多。请在 15 分钟后重试。'],
  ])('turns a 429 into minutes to wait (%s)', async (_locale, translate, expected) => {
    answerWith(new Response('{}', { status: 429, headers: { 'X-Retry-After': '881' } }));
    render(<SignInForm text={buildSignInFormText(translate)} redirectTo="/en/trainer" />);
    const user = userEvent.setup();
    await user.type(screen.getAllByRole('textbox')[0], 'trainer@example.com');
    await user.type(document.querySelector('input[type=password]') as HTMLInputElement, 'secret password');
    await user.click(screen.getByRole('button'));
    expect(await screen.findByText(expected)).toBeInTheDocument();
  });

  it('says a disabled account is disabled', async () => {
    answerWith(new Response(JSON.stringify({ code: 'ACCOUNT_DISABLED' }), { status: 403 }));
    render(<SignInForm text={buildSignInFormText(t)} redirectTo="/en/trainer" />);
    await signIn('trainer@example.com', 'right password');
    expect(await screen.findByText('This account has been disabled. Ask an admin to enable it again.')).toBeInTheDocument();
  });

  it('signs in and offers the page it was asked to return to', async () => {
    const fetchMock = answerWith(new Response('{}', { status: 200 }));
    render(<SignInForm text={buildSignInFormText(t)} redirectTo="/en/admin" />);
    await signIn('admin@example.com', 'right password');
    expect(await screen.findByRole('link', { name: 'Continue' })).toHaveAttribute('href', '/en/admin');
    expect(screen.getByText(/You are signed in\./)).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/auth/sign-in/email', expect.objectContaining({ method: 'POST', body: JSON.stringify({ email: 'admin@example.com', password: 'right password' }) }));
  });
});
