// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FormState } from '@/domain/shared/form-state';
import { timeZoneName, utcToZonedLocal } from '@/domain/shared/time-zones';
import { AssignmentForm } from '@/ui/assignments/assignment-form';
import { buildAssignmentFormText } from '@/ui/assignments/assignment-form-text';
import { Countdown } from '@/ui/assignments/countdown';
import { OverrideForm } from '@/ui/assignments/override-form';
import { t } from '../../factories/content';

const browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

const SETS = [
  { id: 'buyer-basics', title: 'Buyer basics', length: 14, isPractice: true },
  { id: 'five-minute-check', title: 'Five-minute check', length: 5, isPractice: true },
  { id: 'service-desk-assessment', title: 'Service-desk assessment', length: 4, isPractice: false },
];

function renderAssignmentForm(action: (previous: FormState, form: FormData) => Promise<FormState>) {
  return render(
    <AssignmentForm
      locale="en"
      classroomId="class-1"
      sets={SETS}
      defaults={{ opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-08T09:00:00Z' }}
      defaultTimeZone="UTC"
      text={buildAssignmentFormText(t)}
      action={action}
    />,
  );
}

describe('AssignmentForm', () => {
  it('names the trainer zone as people know it, not by its IANA id', () => {
    renderAssignmentForm(vi.fn());
    expect(screen.getByText(/Times are in your time zone/)).toHaveTextContent(`(${timeZoneName(browserZone, 'en')})`);
  });

  it('sends every rule with the browser time zone', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'idle' }));
    renderAssignmentForm(action);
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Quiz set'), 'five-minute-check');
    await user.selectOptions(screen.getByLabelText('Attempts allowed'), 'unlimited');
    await user.selectOptions(screen.getByLabelText('Grade by'), 'last');
    await user.type(screen.getByLabelText('Time limit in minutes (optional)'), '15');
    await user.click(screen.getByLabelText('After the assignment closes'));
    // Answer options are shuffled unless the trainer turns it off.
    expect(screen.getByLabelText('Answer options')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Create assignment' }));

    const sent = Object.fromEntries(action.mock.calls[0][1] as FormData);
    expect(sent).toMatchObject({
      classroomId: 'class-1',
      setId: 'five-minute-check',
      opensAt: utcToZonedLocal(new Date('2026-12-01T09:00:00Z'), browserZone),
      closesAt: utcToZonedLocal(new Date('2026-12-08T09:00:00Z'), browserZone),
      attemptsAllowed: 'unlimited',
      grading: 'last',
      timeLimitMinutes: '15',
      feedback: 'after-close',
      shuffleOptions: 'on',
      timeZone: browserZone,
    });
    expect(sent).not.toHaveProperty('shuffleScenarios');
  });

  it('starts on an assignment-only set and warns when deferred feedback meets a set anyone can practise', async () => {
    renderAssignmentForm(vi.fn());
    const user = userEvent.setup();
    expect(screen.getByLabelText('Quiz set')).toHaveValue('service-desk-assessment');
    expect(screen.getByRole('group', { name: 'Assignment-only sets (answers stay private)' })).toBeInTheDocument();
    const warning = () => screen.queryByText(/also open for anyone to practise/);
    expect(warning()).toBeNull();
    await user.selectOptions(screen.getByLabelText('Quiz set'), 'buyer-basics');
    // Default feedback "after the attempt" is deferred: the key would be one private window away.
    expect(warning()).toBeInTheDocument();
    await user.click(screen.getByLabelText('After each answer'));
    expect(warning()).toBeNull();
    await user.click(screen.getByLabelText('After the assignment closes'));
    expect(warning()).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Quiz set'), 'service-desk-assessment');
    expect(warning()).toBeNull();
  });

  it('shows the server’s message and ties each field error to its input', async () => {
    renderAssignmentForm(async () => ({ status: 'error', message: 'Some fields need attention.', fieldErrors: { closesAt: 'The close time is before the open time.' } }));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create assignment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Some fields need attention.');
    const closes = screen.getByLabelText('Closes');
    expect(closes).toHaveAttribute('aria-invalid', 'true');
    expect(closes).toHaveAccessibleDescription('The close time is before the open time.');
    expect(screen.getByLabelText('Opens')).not.toHaveAttribute('aria-invalid');
  });
});

describe('AssignmentForm when editing', () => {
  it('starts from the current rules and saves the same assignment', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'idle' }));
    render(
      <AssignmentForm
        locale="en"
        classroomId="class-1"
        assignmentId="assignment-9"
        sets={SETS}
        defaults={{ opensAt: '2026-12-01T09:00:00Z', closesAt: '2026-12-08T09:00:00Z' }}
        defaultTimeZone="UTC"
        initial={{ setId: 'five-minute-check', attemptsAllowed: 4, grading: 'first', timeLimitMinutes: 25, feedback: 'after-close', shuffleScenarios: true, shuffleOptions: false }}
        text={buildAssignmentFormText(t)}
        action={action}
      />,
    );
    expect(screen.getByLabelText('Quiz set')).toHaveValue('five-minute-check');
    expect(screen.getByLabelText('Attempts allowed')).toHaveValue('4');
    expect(screen.getByLabelText('Grade by')).toHaveValue('first');
    expect(screen.getByLabelText('Time limit in minutes (optional)')).toHaveValue(25);
    expect(screen.getByLabelText('After the assignment closes')).toBeChecked();
    expect(screen.getByLabelText('Scenario order')).toBeChecked();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save changes' }));
    expect(Object.fromEntries(action.mock.calls[0][1] as FormData)).toMatchObject({ assignmentId: 'assignment-9', attemptsAllowed: '4', timeLimitMinutes: '25', feedback: 'after-close', shuffleScenarios: 'on' });
  });
});

describe('OverrideForm', () => {
  const text = { closesAt: 'Later close time', closesAtHint: 'Leave empty.', extraMinutes: 'Extra minutes', extraAttempts: 'Extra attempts', submit: 'Save exception', submitting: 'Saving…' };

  it('sends the student, the zone and the exceptions, and only shows fields the rules use', async () => {
    const action = vi.fn(async (_previous: FormState, _form: FormData): Promise<FormState> => ({ status: 'idle' }));
    render(
      <OverrideForm locale="en" assignmentId="a1" studentId="s1" timeZone="Asia/Shanghai" current={{ closesAt: '', extraMinutes: 0, extraAttempts: 0 }} showTimeLimit showAttempts={false} text={text} action={action} />,
    );
    expect(screen.queryByLabelText('Extra attempts')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('Extra minutes'));
    await user.type(screen.getByLabelText('Extra minutes'), '20');
    await user.click(screen.getByRole('button', { name: 'Save exception' }));
    expect(Object.fromEntries(action.mock.calls[0][1] as FormData)).toMatchObject({ assignmentId: 'a1', studentId: 's1', timeZone: 'Asia/Shanghai', extraMinutes: '20', closesAt: '' });
  });

  it('shows a field error next to its input', async () => {
    render(
      <OverrideForm
        locale="en"
        assignmentId="a1"
        studentId="s1"
        timeZone="UTC"
        current={{ closesAt: '', extraMinutes: 0, extraAttempts: 0 }}
        showTimeLimit
        showAttempts
        text={text}
        action={async () => ({ status: 'error', message: 'Fix the fields.', fieldErrors: { extraAttempts: 'Extra attempts must be a whole number from 0 to 100.' } })}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save exception' }));
    expect(await screen.findByLabelText('Extra attempts')).toHaveAccessibleDescription('Extra attempts must be a whole number from 0 to 100.');
  });
});

describe('Countdown', () => {
  afterEach(() => vi.useRealTimers());

  it('counts down and submits the attempt form when the time is up', async () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-12-01T09:00:00Z'));
    const submitted = vi.fn((event: SubmitEvent) => event.preventDefault());
    render(
      <>
        <form id="submit-attempt" onSubmit={(event) => submitted(event.nativeEvent as SubmitEvent)} />
        <Countdown deadline="2026-12-01T09:01:05Z" submitFormId="submit-attempt" text={{ label: 'Time left', warning: '{minutes} min left.', timeUp: 'Time is up.' }} />
      </>,
    );
    expect(screen.getByRole('timer')).toHaveTextContent('1:05');
    await act(async () => vi.advanceTimersByTime(10_000));
    expect(screen.getByRole('timer')).toHaveTextContent('0:55');
    expect(screen.getByText('1 min left.')).toBeInTheDocument();
    expect(submitted).not.toHaveBeenCalled();
    await act(async () => vi.advanceTimersByTime(56_000));
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    expect(screen.getByText('Time is up.')).toBeInTheDocument();
    expect(submitted).toHaveBeenCalledTimes(1);
  });
});
