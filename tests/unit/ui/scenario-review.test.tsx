// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ScenarioReview } from '@/ui/quiz/scenario-review';
import { fixtureScenario, labels, t } from '../../factories/content';

function showReview(props: Partial<Parameters<typeof ScenarioReview>[0]> = {}) {
  return render(
    <ScenarioReview
      scenario={fixtureScenario('relink-chat')}
      responses={{ q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: ['0-5'] } }}
      questionScores={[
        { questionId: 'q1', score: 0, isCorrect: false },
        { questionId: 'q2', score: 0.5, isCorrect: false },
      ]}
      score={0.25}
      labels={labels}
      t={t}
      next={<a href="/next">Next scenario</a>}
      {...props}
    />,
  );
}

describe('ScenarioReview', () => {
  it('is short first: result as a percentage, the decision with its own explanation, what to do, the way on', () => {
    const { container } = showReview();
    expect(container.querySelector('.result-badge')).toHaveTextContent('Partly right · 25%');
    expect(screen.getByRole('heading', { name: 'The re-buy link' })).toBeInTheDocument();
    const short = container.querySelector('.review-short')!;
    expect(short).toHaveTextContent('Your decision: Follow the new link and buy it again');
    expect(short).toHaveTextContent("The link is not the shop's page");
    expect(within(short as HTMLElement).getByRole('heading', { name: 'What to do instead' })).toBeInTheDocument();
    expect(short).toHaveTextContent('Open the shopping app and check "My orders".');
    // The way on comes before the details, which start closed.
    const nextLink = screen.getAllByRole('link', { name: 'Next scenario' })[0];
    const details = container.querySelector('details')!;
    expect(nextLink.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(details.open).toBe(false);
  });

  it('keeps every option explained and the key lines one tap away', async () => {
    showReview();
    const summary = screen.getByText('Details: every answer explained and the lines that decide it');
    expect(screen.getByText('Check the order in the app')).not.toBeVisible();
    await userEvent.click(summary);
    const wrongPick = screen.getByText('Follow the new link and buy it again', { selector: '.option-text' }).closest('li')!;
    expect(wrongPick).toBeVisible();
    expect(within(wrongPick).getByText('Your choice')).toBeInTheDocument();
    expect(within(wrongPick).getByText('✗')).toBeInTheDocument();
    const right = screen.getByText('Check the order in the app').closest('li')!;
    expect(within(right).getByText('Correct answer')).toBeInTheDocument();
    expect(screen.getByText('You found 1 of the 2 lines that decide it. False alarms: 0.')).toBeInTheDocument();
    expect(screen.getByText('Look-alike link')).toBeInTheDocument();
    expect(screen.getByText('Pressure to hurry').closest('li')).toHaveTextContent('you missed it');
    // Questions say right, partly right or wrong, never an unexplained "0.5 / 1".
    expect(document.body.textContent).not.toMatch(/\d \/ 1/);
    expect(screen.getByText('partly right')).toBeInTheDocument();
  });

  it('focuses the result when asked, so the student lands on it', () => {
    const { container } = showReview({ focusResult: true });
    expect(container.querySelector('.review-result')).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Partly right · 25% The re-buy link' })).toHaveFocus();
    expect(container.querySelector('.review-result')).toHaveTextContent('Partly right · 25%The re-buy link');
  });

  it('opens the details for a trainer and moves no focus', () => {
    const { container } = showReview({ detailsOpen: true, next: undefined });
    expect(container.querySelector('details')!.open).toBe(true);
    expect(container.querySelector('.review-result')).not.toHaveFocus();
  });
});
