// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '@/i18n/translate';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import type { ReviewAudience } from '@/ui/quiz/review-voice';
import { ScenarioReview } from '@/ui/quiz/scenario-review';
import { ScoreRule } from '@/ui/quiz/score-rule';
import { fixtureScenario } from '../../factories/content';

/*
 * The review speaks to whoever reads it: the student reads "your choice", their trainer "the
 * student chose this". Every string addressed to the reader is checked in both languages.
 */

const catalogues = { en, 'zh-CN': zh } as const;

function showReview(locale: 'en' | 'zh-CN', audience: ReviewAudience) {
  const t = createTranslator(catalogues[locale]);
  return render(
    <>
      <ScoreRule t={t} audience={audience} />
      <ScenarioReview
        scenario={fixtureScenario('relink-chat', locale)}
        responses={{ q1: { type: 'single', choice: 'a' }, q2: { type: 'spot', lines: ['0-5', '0-1'] } }}
        questionScores={[
          { questionId: 'q1', score: 0, isCorrect: false },
          { questionId: 'q2', score: 0.5, isCorrect: false },
        ]}
        score={0}
        labels={buildExhibitLabels(t, audience)}
        t={t}
        audience={audience}
        detailsOpen
      />
    </>,
  );
}

/** Reader-addressed wording a trainer must never see about someone else's answer. */
const SECOND_PERSON = {
  en: [/\bYour\b/, /\byou marked\b/i, /\byou missed\b/i, /\bYou found\b/, /What you see on your phone/, /\bYou did not\b/],
  'zh-CN': [/你的/, /你标/, /你漏/, /你手机/],
};

describe('the review, as the trainer reads it', () => {
  it('says what the student chose and marked, in English', () => {
    const { container } = showReview('en', 'trainer');
    expect(container.querySelector('.review-short')).toHaveTextContent('Their decision: Follow the new link and buy it again');
    const picked = screen.getByText('Follow the new link and buy it again', { selector: '.option-text' }).closest('li')!;
    expect(within(picked).getByText('The student chose this')).toBeInTheDocument();
    expect(screen.getByText('The student found 1 of the 2 lines that decide it. False alarms: 1.')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'What the student saw on their phone' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: "The student's answers" })).toBeInTheDocument();
    expect(screen.getByText('Pressure to hurry').closest('li')).toHaveTextContent('they missed it');
    expect(container.textContent).toContain("The student's first answer, the decision");
  });

  it('says it in Chinese too', () => {
    const { container } = showReview('zh-CN', 'trainer');
    expect(container.querySelector('.review-short')).toHaveTextContent('学员的判断');
    expect(screen.getAllByText('学员的选择').length).toBeGreaterThan(0);
    expect(container.textContent).toContain('学员标出了');
    expect(container.textContent).toContain('学员的第一问是判断');
  });

  for (const locale of ['en', 'zh-CN'] as const) {
    it(`has no "you" addressed to the reader in ${locale}, beyond the scenario's own text`, () => {
      const { container } = showReview(locale, 'trainer');
      // The scenario's explanations and advice are written to the student; take them out first.
      for (const prose of container.querySelectorAll('.prose, .option-explanation, .exhibit-body, .review-decision')) prose.remove();
      const text = container.textContent ?? '';
      for (const pattern of SECOND_PERSON[locale]) expect(text).not.toMatch(pattern);
    });
  }
});

describe('the review, as the student reads it', () => {
  it('still says "your choice" and "your decision"', () => {
    const { container } = showReview('en', 'student');
    expect(container.querySelector('.review-short')).toHaveTextContent('Your decision: Follow the new link and buy it again');
    expect(screen.getByText('Your choice')).toBeInTheDocument();
    expect(screen.getByText('You found 1 of the 2 lines that decide it. False alarms: 1.')).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: 'What you see on your phone' })).toBeInTheDocument();
    expect(container.textContent).not.toContain('The student');
  });
});
