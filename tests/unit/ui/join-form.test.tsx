// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import zhCN from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { JoinForm } from '@/ui/join/join-form';
import { JoinScreen } from '@/ui/join/join-screen';
import { buildJoinFormText } from '@/ui/join/student-form-text';
import { t } from '../../factories/content';

const text = buildJoinFormText(t);

describe('JoinForm', () => {
  it('fills in the code from the link and labels every field', () => {
    render(<JoinForm locale="en" code="K7M2QX" action={vi.fn()} text={text} />);
    expect(screen.getByLabelText('Class code')).toHaveValue('K7M2QX');
    expect(screen.getByLabelText('Your name')).toHaveValue('');
    expect(screen.getByLabelText('Student number (optional)')).not.toBeRequired();
  });

  it('sends what was typed and ties a wrong-code refusal to the code field, keeping the name', async () => {
    const action = vi.fn(async (_previous: FormState, form: FormData): Promise<FormState> => ({
      status: 'error',
      message: t('errors.join.codeUnknown'),
      fieldErrors: { code: t('errors.join.codeUnknown') },
      values: { code: String(form.get('code')), displayName: String(form.get('displayName')), studentNumber: String(form.get('studentNumber')) },
    }));
    render(<JoinForm locale="en" action={action} text={text} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Class code'), 'zzzzzz');
    await user.type(screen.getByLabelText('Your name'), 'Ann');
    await user.type(screen.getByLabelText('Student number (optional)'), '17');
    await user.click(screen.getByRole('button', { name: 'Join' }));

    const code = await screen.findByLabelText('Class code');
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(expect.stringContaining(t('errors.join.codeUnknown')));
    expect(screen.getByLabelText('Your name')).not.toHaveAttribute('aria-invalid');
    expect(screen.getByLabelText('Your name')).toHaveValue('Ann');
    const form = action.mock.calls[0][1];
    expect(Object.fromEntries(form)).toEqual({ locale: 'en', code: 'zzzzzz', displayName: 'Ann', studentNumber: '17' });
  });

  it('says the reason for a refused code once, next to the code, under the summary', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'error', message: t('errors.join.invalid'), fieldErrors: { code: t('errors.join.codeUnknown') } }));
    render(<JoinForm locale="en" code="ZZZZZZ" action={action} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByText(t('errors.join.invalid'))).toHaveAttribute('aria-live', 'polite');
    expect(screen.getAllByText(t('errors.join.codeUnknown'))).toHaveLength(1);
    expect(screen.getByLabelText('Class code')).toHaveAccessibleDescription(expect.stringContaining(t('errors.join.codeUnknown')));
  });

  it('announces a refusal that is about the whole form and ties it to every field', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'error', message: 'Too many attempts from this network. Try again in 10 minutes.' }));
    render(<JoinForm locale="en" code="K7M2QX" action={action} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Join' }));
    const message = await screen.findByText('Too many attempts from this network. Try again in 10 minutes.');
    expect(message).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByLabelText('Your name')).toHaveAccessibleDescription(expect.stringContaining('Too many attempts'));
  });

  it('disables the button while joining', async () => {
    let answer: (state: FormState) => void = () => {};
    render(<JoinForm locale="en" code="K7M2QX" action={vi.fn(() => new Promise<FormState>((resolve) => (answer = resolve)))} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Join' }));
    expect(await screen.findByRole('button', { name: 'Joining…' })).toBeDisabled();
    // React holds every later form action until this one ends: end it, as the server would.
    answer({ status: 'idle' });
  });
});

describe('JoinScreen', () => {
  it('tells a device that already joined the class so, with the way to its assignments', () => {
    render(<JoinScreen locale="en" code="K7M2QX" joinedHere={{ classroomName: 'Class 3B', displayName: 'Ann' }} memberships={[]} action={vi.fn()} t={t} />);
    expect(screen.getByText('This device has already joined Class 3B as Ann.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open my assignments' })).toHaveAttribute('href', '/en/my');
    expect(screen.getByRole('button', { name: 'Join' })).toBeInTheDocument();
  });

  it('names the class of the link before joining, and says at once when the code opens no class', () => {
    const zh = createTranslator(zhCN);
    const { unmount } = render(<JoinScreen locale="zh-CN" code="K7M2QX" classroomName="三年级二班" memberships={[]} action={vi.fn()} t={zh} />);
    expect(screen.getByRole('heading', { level: 1, name: '加入 三年级二班' })).toBeInTheDocument();
    expect(screen.getByText(zhCN['join.introWithClass'])).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    unmount();
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'error', message: t('errors.join.invalid'), fieldErrors: { code: t('errors.join.codeUnknown') } }));
    render(<JoinScreen locale="en" code="ZZZZZZ" isCodeUnknown memberships={[]} action={action} t={t} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Join a class' })).toBeInTheDocument();
    const code = screen.getByLabelText('Class code');
    expect(code).toHaveValue('ZZZZZZ');
    expect(code).toHaveAttribute('aria-invalid', 'true');
    expect(code).toHaveAccessibleDescription(expect.stringContaining(t('errors.join.codeUnknown')));
    expect(screen.getAllByText(t('errors.join.codeUnknown'))).toHaveLength(1);
  });

  it('still says the reason once when the student sends the unknown code anyway', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'error', message: t('errors.join.invalid'), fieldErrors: { code: t('errors.join.codeUnknown') } }));
    render(<JoinScreen locale="en" code="ZZZZZZ" isCodeUnknown memberships={[]} action={action} t={t} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Your name'), 'Ann');
    await user.click(screen.getByRole('button', { name: 'Join' }));
    await screen.findByText(t('errors.join.invalid'));
    expect(screen.getAllByText(t('errors.join.codeUnknown'))).toHaveLength(1);
  });

  it('shows the join form in Chinese with a way to continue on a new device', () => {
    const zh = createTranslator(zhCN);
    render(<JoinScreen locale="zh-CN" code="" memberships={[]} action={vi.fn()} t={zh} />);
    expect(screen.getByRole('heading', { name: '加入班级' })).toBeInTheDocument();
    expect(screen.getByLabelText('班级代码')).toHaveValue('');
    expect(screen.getByRole('link', { name: zhCN['join.recoverLink'] })).toHaveAttribute('href', '/zh-CN/recover');
  });
});
