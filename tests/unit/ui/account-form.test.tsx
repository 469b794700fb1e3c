// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import zhCN from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { AccountForm } from '@/ui/auth/account-form';
import { buildAccountFormText } from '@/ui/auth/account-form-text';
import { t } from '../../factories/content';

const TOKEN = 'x'.repeat(43);

/** The server action is the boundary: each test says what it answers. */
function actionAnswering(state: FormState) {
  return vi.fn(async (_previous: FormState, _form: FormData) => state);
}

function sent(action: ReturnType<typeof actionAnswering>): Record<string, FormDataEntryValue> {
  return Object.fromEntries(action.mock.calls.at(-1)![1]);
}

describe('AccountForm for an invitation', () => {
  it('asks for a name and the password twice, not for an e-mail, and sends the link token', async () => {
    const action = actionAnswering({ status: 'idle' });
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'en' }} askEmail={false} text={buildAccountFormText(t)} />);
    expect(screen.queryByLabelText('Your e-mail')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Nia New');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.type(screen.getByLabelText('Password again'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(sent(action)).toEqual({ token: TOKEN, locale: 'en', name: 'Nia New', password: 'a long passphrase', confirmPassword: 'a long passphrase' });
  });

  it('ties each refusal to its field, announces the summary and keeps the name', async () => {
    const action = actionAnswering({
      status: 'error',
      message: t('errors.account.invalid'),
      fieldErrors: { confirmPassword: t('errors.account.passwordMismatch') },
      values: { name: 'Nia New' },
    });
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'en' }} askEmail={false} text={buildAccountFormText(t)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Nia New');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.type(screen.getByLabelText('Password again'), 'another passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));

    const confirm = await screen.findByLabelText('Password again');
    expect(await screen.findByText('The two passwords are different. Type the same password in both fields.')).toBeInTheDocument();
    expect(confirm).toHaveAttribute('aria-invalid', 'true');
    expect(confirm).toHaveAccessibleDescription('The two passwords are different. Type the same password in both fields.');
    expect(screen.getByLabelText('Password')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(t('account.passwordHint'));
    expect(screen.getByText('The account details are not valid. Fix the fields marked below and try again.')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Your name')).toHaveValue('Nia New');
  });

  it('shows a refusal of the link itself, such as an invitation used meanwhile', async () => {
    const action = actionAnswering({ status: 'error', message: t('errors.invitation.used'), values: { name: 'Nia' } });
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'en' }} askEmail={false} text={buildAccountFormText(t)} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create my account' }));
    expect(await screen.findByText('This invitation has already been used to create an account. Sign in instead.')).toBeInTheDocument();
  });

  it('disables the button while the account is being created', async () => {
    let finish: (state: FormState) => void = () => undefined;
    const action = vi.fn(() => new Promise<FormState>((resolve) => (finish = resolve)));
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'zh-CN' }} askEmail={false} text={buildAccountFormText(createTranslator(zhCN))} />);
    await userEvent.setup().click(screen.getByRole('button', { name: '创建我的账户' }));
    expect(await screen.findByRole('button', { name: '正在创建账户…' })).toBeDisabled();
    finish({ status: 'idle' });
    expect(await screen.findByRole('button', { name: '创建我的账户' })).toBeEnabled();
  });
});

describe('AccountForm for the first-admin setup', () => {
  it('also asks for the e-mail and sends it', async () => {
    const action = actionAnswering({ status: 'idle' });
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'en' }} askEmail text={buildAccountFormText(t)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your e-mail'), 'first@example.com');
    await user.type(screen.getByLabelText('Your name'), 'First Admin');
    await user.type(screen.getByLabelText('Password'), 'a long passphrase');
    await user.type(screen.getByLabelText('Password again'), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    expect(sent(action)).toMatchObject({ token: TOKEN, email: 'first@example.com', name: 'First Admin' });
  });

  it('marks a bad e-mail and keeps what was typed', async () => {
    const action = actionAnswering({
      status: 'error',
      message: t('errors.account.invalid'),
      fieldErrors: { email: t('errors.account.email') },
      values: { email: 'first@', name: 'First Admin' },
    });
    render(<AccountForm action={action} hidden={{ token: TOKEN, locale: 'en' }} askEmail text={buildAccountFormText(t)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your e-mail'), 'first@');
    await user.click(screen.getByRole('button', { name: 'Create my account' }));
    const email = await screen.findByLabelText('Your e-mail');
    expect(await screen.findByText('That is not a valid e-mail address. Check it and try again.')).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription('You sign in with it. That is not a valid e-mail address. Check it and try again.');
    expect(email).toHaveValue('first@');
    expect(screen.getByLabelText('Your name')).toHaveValue('First Admin');
  });
});
