// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import { ConfirmActionForm } from '@/ui/classes/confirm-action-form';
import { RecoverySwitch } from '@/ui/classes/recovery-switch';
import { t } from '../../factories/content';

const rotateText = { trigger: t('class.rotate.button'), question: t('class.rotate.question'), confirm: t('class.rotate.confirm'), cancel: t('class.confirm.cancel'), pending: t('class.rotate.pending') };

describe('ConfirmActionForm', () => {
  it('asks before changing the code, and cancelling sends nothing', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'done', message: 'done' }));
    render(<ConfirmActionForm action={action} fields={{ locale: 'en', classroomId: 'c1' }} text={rotateText} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Change the code' }));
    expect(screen.getByRole('group', { name: t('class.rotate.question') })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Yes, change the code' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('group')).not.toBeInTheDocument();
    expect(action).not.toHaveBeenCalled();
  });

  it('sends its fields once confirmed and announces the outcome', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'done', message: t('class.codeRotated', { code: 'K7M2QX' }) }));
    render(<ConfirmActionForm action={action} fields={{ locale: 'en', classroomId: 'c1' }} text={rotateText} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Change the code' }));
    await user.click(screen.getByRole('button', { name: 'Yes, change the code' }));
    expect(await screen.findByText('The new code is K7M2QX. The old code no longer works.')).toHaveAttribute('aria-live', 'polite');
    expect(Object.fromEntries(action.mock.calls[0][1] as FormData)).toEqual({ locale: 'en', classroomId: 'c1' });
  });
});

describe('RecoverySwitch', () => {
  it('is a labelled switch that asks for the opposite setting', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'done', message: t('class.recoveryTurnedOn') }));
    render(<RecoverySwitch action={action} locale="en" classroomId="c1" isOn={false} text={{ label: t('class.recovery.label'), on: t('class.recovery.on'), off: t('class.recovery.off') }} />);
    const toggle = screen.getByRole('switch', { name: 'Let students continue on a new device' });
    expect(toggle).not.toBeChecked();
    await userEvent.setup().click(toggle);
    expect(await screen.findByText(t('class.recoveryTurnedOn'))).toBeInTheDocument();
    expect(Object.fromEntries(action.mock.calls[0][1] as FormData)).toEqual({ locale: 'en', classroomId: 'c1', allowRecovery: 'true' });
  });
});
