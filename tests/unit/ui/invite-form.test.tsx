// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import zhCN from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { InviteForm } from '@/ui/admin/invite-form';
import { buildInviteFormText } from '@/ui/admin/invite-form-text';
import { t } from '../../factories/content';

type InviteState = FormState<{ invitePath?: string }>;

const PATH = `/en/invite/${'t'.repeat(43)}`;

function actionAnswering(state: InviteState) {
  return vi.fn(async (_previous: InviteState, _form: FormData) => state);
}

describe('InviteForm', () => {
  it('invites a trainer by default and shows the link once, with a working copy button', async () => {
    const action = actionAnswering({ status: 'done', message: 'Invitation for new@example.com (Trainer) created.', invitePath: PATH });
    render(<InviteForm action={action} locale="en" text={buildInviteFormText(t)} />);
    const user = userEvent.setup();
    expect(screen.getByRole('radio', { name: 'Trainer: creates classes and assignments' })).toBeChecked();
    await user.type(screen.getByLabelText('Their e-mail'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(Object.fromEntries(action.mock.calls[0][1])).toEqual({ locale: 'en', email: 'new@example.com', role: 'trainer' });

    const link = await screen.findByLabelText('Invitation link');
    expect(link).toHaveValue(`${window.location.origin}${PATH}`);
    expect(link).toHaveAttribute('readonly');
    expect(screen.getByText('Invitation for new@example.com (Trainer) created.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}${PATH}`);
    expect(screen.getByText('Link copied. Paste it into a message to them.')).toBeInTheDocument();
  });

  it('sends the admin role when chosen', async () => {
    const action = actionAnswering({ status: 'done', message: 'ok', invitePath: PATH });
    render(<InviteForm action={action} locale="en" text={buildInviteFormText(t)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Their e-mail'), 'boss@example.com');
    await user.click(screen.getByRole('radio', { name: 'Admin: also invites and disables staff' }));
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(Object.fromEntries(action.mock.calls[0][1])).toMatchObject({ role: 'admin' });
  });

  it('says how to copy by hand when the browser refuses clipboard access', async () => {
    const action = actionAnswering({ status: 'done', message: 'ok', invitePath: PATH });
    render(<InviteForm action={action} locale="en" text={buildInviteFormText(t)} />);
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.type(screen.getByLabelText('Their e-mail'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await screen.findByText('The link could not be copied automatically. Select it and copy it by hand.')).toBeInTheDocument();
  });

  it('ties a refused e-mail to its input, keeps the input and shows no link (zh-CN)', async () => {
    const zh = createTranslator(zhCN);
    const action = actionAnswering({ status: 'error', message: zh('errors.account.invalid'), fieldErrors: { email: zh('errors.account.email') }, values: { email: 'new@', role: 'admin' } });
    render(<InviteForm action={action} locale="zh-CN" text={buildInviteFormText(zh)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('对方的电子邮件'), 'new@');
    await user.click(screen.getByRole('radio', { name: '管理员：还可以邀请和停用员工' }));
    await user.click(screen.getByRole('button', { name: '生成邀请链接' }));
    const email = await screen.findByLabelText('对方的电子邮件');
    expect(await screen.findByText(zh('errors.account.email'))).toBeInTheDocument();
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(zh('errors.account.email'));
    expect(email).toHaveValue('new@');
    expect(screen.getByRole('radio', { name: '管理员：还可以邀请和停用员工' })).toBeChecked();
    expect(screen.queryByLabelText('邀请链接')).not.toBeInTheDocument();
  });

  it('disables the button while the invitation is being created', async () => {
    let finish: (state: InviteState) => void = () => undefined;
    const action = vi.fn(() => new Promise<InviteState>((resolve) => (finish = resolve)));
    render(<InviteForm action={action} locale="en" text={buildInviteFormText(t)} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Their e-mail'), 'new@example.com');
    await user.click(screen.getByRole('button', { name: 'Create invitation link' }));
    expect(await screen.findByRole('button', { name: 'Creating…' })).toBeDisabled();
    finish({ status: 'done', message: 'ok', invitePath: PATH });
    expect(await screen.findByRole('button', { name: 'Create invitation link' })).toBeEnabled();
  });
});
