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
  it('requires the student number', () => {
    render(<RecoverForm locale="en" action={vi.fn()} text={text} />);
    expect(screen.getByLabelText('Student number')).toBeRequired();
    expect(screen.getByLabelText('Class code')).toHaveValue('');
  });

  it('sends code, name and number, and says to ask the trainer when the class does not allow it', async () => {
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
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    expect(await screen.findByText(t('errors.recover.notAllowed'))).toHaveAttribute('aria-live', 'polite');
    expect(Object.fromEntries(action.mock.calls[0][1])).toEqual({ locale: 'en', code: 'K7M2QX', displayName: 'Ann', studentNumber: '17' });
    expect(screen.getByLabelText('Student number')).toHaveValue('17');
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
});
