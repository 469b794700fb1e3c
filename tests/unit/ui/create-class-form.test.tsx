// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import { CreateClassForm } from '@/ui/classes/create-class-form';
import { buildCreateClassFormText } from '@/ui/classes/create-class-form-text';
import { t } from '../../factories/content';

const text = buildCreateClassFormText(t);

describe('CreateClassForm', () => {
  it('asks for a name without calling the server when the name is empty', async () => {
    const action = vi.fn(async (): Promise<FormState> => ({ status: 'idle' }));
    render(<CreateClassForm locale="en" action={action} text={text} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create class' }));
    const input = screen.getByLabelText('Class name');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(`${t('errors.class.name')} ${t('trainer.create.hint')}`);
    expect(action).not.toHaveBeenCalled();
  });

  it('sends the name and the locale, and shows a refusal from the server next to the name', async () => {
    const action = vi.fn(async (_previous: FormState, form: FormData): Promise<FormState> => ({
      status: 'error',
      message: t('errors.class.notSaved'),
      values: { name: String(form.get('name')) },
    }));
    render(<CreateClassForm locale="en" action={action} text={text} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Class name'), 'Class 3B');
    await user.click(screen.getByRole('button', { name: 'Create class' }));
    expect(await screen.findByText(t('errors.class.notSaved'))).toBeInTheDocument();
    const form = action.mock.calls[0][1];
    expect(form.get('name')).toBe('Class 3B');
    expect(form.get('locale')).toBe('en');
    expect(screen.getByLabelText('Class name')).toHaveValue('Class 3B');
  });

  it('disables the button while the class is being created', async () => {
    const action = vi.fn(() => new Promise<FormState>(() => {}));
    render(<CreateClassForm locale="en" action={action} text={text} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Class name'), 'Class 3B');
    await user.click(screen.getByRole('button', { name: 'Create class' }));
    expect(await screen.findByRole('button', { name: 'Creating…' })).toBeDisabled();
  });
});
