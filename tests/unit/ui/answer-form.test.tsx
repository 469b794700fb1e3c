// @vitest-environment jsdom
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import { optionOrderFor } from '@/domain/quiz/handles';
import type { Stage } from '@/domain/quiz/stages';
import { toStagePlayView } from '@/domain/quiz/views';
import { AnswerForm } from '@/ui/quiz/answer-form';
import { buildAnswerFormText } from '@/ui/quiz/answer-form-text';
import type { SubmitAnswerInput } from '@/ui/quiz/types';
import { fixtureScenario, labels, t } from '../../factories/content';

// Framework boundary only: the form asks the router to re-render the page after a success.
const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));

beforeEach(() => refresh.mockReset());

function showForm(scenarioId: string, submitAnswer: (input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>, stage: Stage = 'decision', committedDecision?: string) {
  // Written order (seed null), so the handles below are the options' written places.
  const play = toStagePlayView(fixtureScenario(scenarioId), stage, optionOrderFor(null, 2));
  render(
    <AnswerForm
      locale="en"
      attemptId="attempt-1"
      position={2}
      stage={stage}
      blocks={play.blocks}
      questions={play.questions}
      committedDecision={committedDecision}
      labels={labels}
      text={buildAnswerFormText(t)}
      submitAnswer={submitAnswer}
    />,
  );
}

const submitButton = () => screen.getByRole('button', { name: /Check my answer|Submit my decision/ });

describe('AnswerForm question types', () => {
  it('the decision stage: one question, sent with option handles and no ids', async () => {
    const submit = vi.fn<(input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>>(async () => ({ ok: true }));
    showForm('relink-chat', submit);
    expect(screen.getByRole('heading', { name: 'Step 1: your decision' })).toBeInTheDocument();
    expect(screen.getAllByRole('group')).toHaveLength(1);
    // No line can be marked before the decision: the exhibit is plain.
    expect(screen.queryByRole('button', { name: /Please buy again here/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('radio', { name: 'Check the order in the app' }));
    await userEvent.click(submitButton());
    expect(submit).toHaveBeenCalledTimes(1);
    const sent = submit.mock.calls[0][0];
    expect(sent).toMatchObject({ locale: 'en', attemptId: 'attempt-1', position: 2, stage: 'decision', responses: [{ type: 'single', choice: 'c2' }] });
    expect(JSON.stringify(sent)).not.toContain('relink-chat');
    expect(sent.clientAnswerId).toMatch(/^[0-9a-f-]{36}$/);
    expect(refresh).toHaveBeenCalled();
  });

  it('the follow-up stage: the committed decision on top and check boxes on the exhibit lines', async () => {
    const submit = vi.fn<(input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>>(async () => ({ ok: true }));
    showForm('relink-chat', submit, 'follow-up', 'Check the order in the app');
    expect(screen.getByRole('heading', { name: 'Step 2: explain it' })).toBeInTheDocument();
    expect(screen.getByText('Check the order in the app')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /Please buy again here/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /closes in ten minutes/ }));
    expect(screen.getByText('Lines marked: 2')).toBeInTheDocument();
    await userEvent.click(submitButton());
    expect(submit.mock.calls[0][0]).toMatchObject({ stage: 'follow-up', responses: [{ type: 'spot', lines: ['0-5', '0-6'] }] });
  });

  it('multiple choice follow-ups: checkboxes, sent as handles', async () => {
    const submit = vi.fn<(input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>>(async () => ({ ok: true }));
    showForm('refund-call', submit, 'follow-up', 'Scam');
    expect(screen.getByText('Choose all that apply.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Tell nobody your card number' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Hang up and contact support in the app' }));
    await userEvent.click(submitButton());
    expect(submit.mock.calls[0][0].responses).toEqual([{ type: 'multiple', choices: ['c1', 'c3'] }]);
  });
});

describe('AnswerForm errors', () => {
  it('explains what is missing, next to the question, and sends nothing', async () => {
    const submit = vi.fn();
    showForm('refund-call', submit, 'follow-up', 'Scam');
    await userEvent.click(submitButton());
    expect(submit).not.toHaveBeenCalled();
    const group = screen.getByRole('group', { name: /Which are right\?/ });
    expect(group).toHaveAccessibleDescription('Choose at least one answer, then check again.');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose at least one answer, then check again.');
  });

  it('keeps the choices after a network failure and retries with the same answer id', async () => {
    const submit = vi.fn<(input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>>().mockRejectedValueOnce(new TypeError('Failed to fetch')).mockResolvedValueOnce({ ok: true });
    showForm('real-notice', submit);
    await userEvent.click(screen.getByRole('radio', { name: 'Legitimate' }));
    await userEvent.click(submitButton());
    // The alert region is always present; wait for its message and for the button to be usable again.
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Your answer could not reach the server'));
    await waitFor(() => expect(submitButton()).toBeEnabled());
    expect(screen.getByRole('radio', { name: 'Legitimate' })).toBeChecked();
    await userEvent.click(submitButton());
    await waitFor(() => expect(refresh).toHaveBeenCalledTimes(1));
    expect(submit).toHaveBeenCalledTimes(2);
    expect(submit.mock.calls[1][0].clientAnswerId).toBe(submit.mock.calls[0][0].clientAnswerId);
  });

  it("shows the server's refusal message and does not move on", async () => {
    const submit = vi.fn<(input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>>(async () => ({ ok: false, message: 'This attempt has already ended.' }));
    showForm('real-notice', submit);
    await userEvent.click(screen.getByRole('radio', { name: 'Scam' }));
    await userEvent.click(submitButton());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('This attempt has already ended.'));
    expect(refresh).not.toHaveBeenCalled();
  });
});
