// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { parseOverrideForm } from '@/domain/assignments/form';
import { OverrideForm } from '@/ui/assignments/override-form';

/*
 * The exception form shows only the fields the assignment's rules use. What it sends must still
 * be a complete override for the server's parser, and an error about a field it does not show
 * must still reach the trainer.
 */

const text = { closesAt: 'Later close time', closesAtHint: 'Leave empty.', extraMinutes: 'Extra minutes', extraAttempts: 'Extra attempts', submit: 'Save exception', submitting: 'Saving…' };

type Rules = { showTimeLimit: boolean; showAttempts: boolean };
type Action = Parameters<typeof OverrideForm>[0]['action'];

function renderForm(rules: Rules, action: Action) {
  return render(
    <OverrideForm locale="en" assignmentId="a1" studentId="s1" timeZone="Asia/Shanghai" current={{ closesAt: '', extraMinutes: 0, extraAttempts: 0 }} {...rules} text={text} action={action} />,
  );
}

describe('OverrideForm and the server’s parser', () => {
  const cases: [string, Rules][] = [
    ['no time limit and unlimited attempts', { showTimeLimit: false, showAttempts: false }],
    ['no time limit', { showTimeLimit: false, showAttempts: true }],
    ['unlimited attempts', { showTimeLimit: true, showAttempts: false }],
    ['a time limit and an attempt limit', { showTimeLimit: true, showAttempts: true }],
  ];

  it.each(cases)('sends a later close time that parses for an assignment with %s', async (_rules, rules) => {
    const action = vi.fn<Action>(async () => ({ status: 'idle' }));
    renderForm(rules, action);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Later close time'), '2026-12-20T18:00');
    await user.click(screen.getByRole('button', { name: 'Save exception' }));

    const sent = Object.fromEntries(action.mock.calls[0][1] as FormData);
    expect('extraMinutes' in sent).toBe(rules.showTimeLimit);
    expect('extraAttempts' in sent).toBe(rules.showAttempts);
    expect(parseOverrideForm(sent, 'Asia/Shanghai')).toEqual({
      ok: true,
      value: { assignmentId: 'a1', studentId: 's1', closesAt: new Date('2026-12-20T10:00:00Z'), extraMinutes: 0, extraAttempts: 0 },
    });
  });

  it('says an error about a field it does not show instead of pointing at marked fields', async () => {
    renderForm({ showTimeLimit: false, showAttempts: false }, async () => ({
      status: 'error',
      message: 'Some fields need attention. Fix the ones marked below and save again.',
      fieldErrors: { extraMinutes: 'Extra minutes must be a whole number from 0 to 600.' },
    }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save exception' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Extra minutes must be a whole number from 0 to 600.');
    expect(alert).not.toHaveTextContent('marked below');
    expect(screen.getByLabelText('Later close time')).not.toHaveAttribute('aria-invalid');
  });

  it('marks a shown field and names a hidden one in the same answer', async () => {
    renderForm({ showTimeLimit: false, showAttempts: true }, async () => ({
      status: 'error',
      message: 'Some fields need attention. Fix the ones marked below and save again.',
      fieldErrors: { extraAttempts: 'Extra attempts must be a whole number from 0 to 100.', extraMinutes: 'Extra minutes must be a whole number from 0 to 600.' },
    }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save exception' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Fix the ones marked below');
    expect(alert).toHaveTextContent('Extra minutes must be a whole number from 0 to 600.');
    expect(alert).not.toHaveTextContent('Extra attempts must be');
    expect(screen.getByLabelText('Extra attempts')).toHaveAccessibleDescription('Extra attempts must be a whole number from 0 to 100.');
  });
});
