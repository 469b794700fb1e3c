// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ScenarioReview } from '@/ui/quiz/scenario-review';
import { fixtureScenario, labels, t } from '../../factories/content';

describe('ScenarioReview', () => {
  it('shows the result, the right answers with explanations, the red flags and what to do instead', () => {
    const scenario = fixtureScenario('relink-chat');
    render(
      <ScenarioReview
        scenario={scenario}
        responses={{ q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: ['0-5'] } }}
        questionScores={[
          { questionId: 'q1', score: 0, isCorrect: false },
          { questionId: 'q2', score: 0.5, isCorrect: false },
        ]}
        score={0.25}
        labels={labels}
        t={t}
      />,
    );
    expect(screen.getByRole('heading', { name: 'The re-buy link' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Partly right (25%)');
    const wrongPick = screen.getByText('Follow the new link and buy it again').closest('li')!;
    expect(within(wrongPick).getByText('Your choice')).toBeInTheDocument();
    expect(wrongPick).toHaveTextContent("The link is not the shop's page");
    const right = screen.getByText('Check the order in the app').closest('li')!;
    expect(within(right).getByText('Correct answer')).toBeInTheDocument();
    expect(screen.getByText('You found 1 of the 2 lines that decide it. False alarms: 0.')).toBeInTheDocument();
    expect(screen.getByText('Look-alike link')).toBeInTheDocument();
    expect(screen.getByText('Pressure to hurry').closest('li')).toHaveTextContent('you missed it');
    expect(screen.getByRole('heading', { name: 'What to do instead' })).toBeInTheDocument();
    expect(screen.getByText('Open the shopping app and check "My orders".')).toBeInTheDocument();
  });
});
