// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import { RecoverForm } from '@/ui/join/recover-form';
import { buildRecoverFormText } from '@/ui/join/student-form-text';
import { t } from '../../factories/content';

const text = buildRecoverFormText(t);

describe('RecoverForm', () => {
  it('requires the student number and the recovery code the trainer shows', () => {
    render(<RecoverForm locale="en" action={vi.fn()} text={text} />);
    expect(screen.getByLabelText('Student number')).toBeRequired();
    expect(screen.getByLabelText('Recovery code')).toBeRequired();
    expect(screen.getByLabelText('Recovery code')).toHaveAccessibleDescription(t('recover.codeHint'));
    expect(screen.getByLabelText('Class code')).toHaveValue('');
  });

  it('sends code, name, number and recovery code, and says to ask the trainer when the class does not allow it', async () => {
    const action = vi.fn(async (_previous: FormState, form: FormData): Promise<FormState> => ({
      status: 'error',
      message: t('errors.recover.notAllowed'),
      values: { code: String(form.get('code')), displayName: String(form.get('displayName')), studentNumber: String(form.get('studentNumber')) },
    }));
    render(<RecoverForm locale="en" action={action} text={text} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Class code'), 'K7M2QX');
    await user.type(screen.getByLabelText('Your name'), 'Ann');
    await user.type(screen.getByLabelText('Student number'), '17');
    await user.type(screen.getByLabelText('Recovery code'), 'K7PQ-M3XZ');
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText(t('errors.recover.notAllowed'))).toHaveAttribute('aria-live', 'polite');
    expect(Object.fromEntries(action.mock.calls[0][1])).toEqual({ locale: 'en', code: 'K7M2QX', displayName: 'Ann', studentNumber: '17', recoveryCode: 'K7PQ-M3XZ' });
    expect(screen.getByLabelText('Student number')).toHaveValue('17');
    // A code that was refused is typed again, not put back.
    expect(screen.getByLabelText('Recovery code')).toHaveValue('');
    expect(screen.getByLabelText('Student number')).toHaveAccessibleDescription(t('errors.recover.notAllowed'));
  });

  it('ties a missing number to the number field', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({
      status: 'error',
      message: t('errors.join.invalid'),
      fieldErrors: { studentNumber: t('errors.recover.number') },
      values: { code: 'K7M2QX', displayName: 'Ann', studentNumber: '' },
    }));
    render(<RecoverForm locale="en" action={action} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue' }));
    const number = await screen.findByLabelText('Student number');
    await vi.waitFor(() => expect(number).toHaveAttribute('aria-invalid', 'true'));
    expect(number).toHaveAccessibleDescription(t('errors.recover.number'));
    expect(screen.getByLabelText('Class code')).toHaveValue('K7M2QX');
  });

  it('ties a missing or malformed recovery code to its field', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({
      status: 'error',
      message: t('errors.join.invalid'),
      fieldErrors: { recoveryCode: t('errors.recover.code') },
      values: { code: 'K7M2QX', displayName: 'Ann', studentNumber: '17' },
    }));
    render(<RecoverForm locale="en" action={action} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Continue' }));
    const code = await screen.findByLabelText('Recovery code');
    await vi.waitFor(() => expect(code).toHaveAttribute('aria-invalid', 'true'));
    expect(code).toHaveAccessibleDescription(`${t('errors.recover.code')} ${t('recover.codeHint')}`);
  });
});
