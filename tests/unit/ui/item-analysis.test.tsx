// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ScenarioItemView } from '@/domain/analytics/item-analysis';
import zh from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { ScenarioItemCard } from '@/ui/results/item-analysis';
import { t } from '../../factories/content';

const item: ScenarioItemView = {
  scenarioId: 'relink-chat',
  title: 'The re-buy link',
  students: 20,
  facility: 0.24,
  fullyRightShare: 0.05,
  discrimination: -0.41,
  strongStudents: 7,
  strongFacility: 0.1,
  flags: ['strong_students_miss', 'no_discrimination'],
  verdict: 'fix',
  questions: [
    {
      id: 'q1',
      type: 'verdict',
      prompt: 'Is this a scam?',
      students: 20,
      correct: 6,
      facility: 0.3,
      options: [
        { id: 'scam', text: null, isKey: true, count: 6, share: 0.3 },
        { id: 'legitimate', text: null, isKey: false, count: 14, share: 0.7 },
      ],
      missedKeyLines: [],
      falselyMarkedLines: [],
    },
    {
      id: 'q2',
      type: 'spot',
      prompt: 'Mark what is suspicious.',
      students: 20,
      correct: 4,
      facility: 0.2,
      options: [],
      missedKeyLines: [{ id: '0-5', text: 'Shop: Pay here', count: 12, share: 0.6 }],
      falselyMarkedLines: [],
    },
  ],
};

describe('ScenarioItemCard', () => {
  it('says why a scenario is content to fix, in words, and explains each figure', () => {
    render(<ScenarioItemCard item={item} locale="en" t={t} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('The re-buy link');
    expect(screen.getByText('Content to fix')).toBeInTheDocument();
    const reasons = within(screen.getAllByRole('list')[0]).getAllByRole('listitem').map((reason) => reason.textContent);
    expect(reasons[0]).toMatch(/^Most strong students get it wrong: they scored 10% on average/);
    expect(reasons[1]).toMatch(/^Discriminates the wrong way \(-0\.41\): students who did well on the rest did worse here/);
    expect(screen.getByText('strong students do worse here')).toBeInTheDocument();
    expect(screen.getByText('top third: 7 students')).toBeInTheDocument();
  });

  it('marks the right answer with a tick and words, not colour alone, and writes every figure', () => {
    render(<ScenarioItemCard item={item} locale="en" t={t} />);
    const scam = screen.getByText('Scam').closest('li')!;
    expect(scam).toHaveTextContent('✓ right answer');
    expect(scam).toHaveTextContent('6 of 20 · 30%');
    const genuine = screen.getByText('Legitimate').closest('li')!;
    expect(genuine).not.toHaveTextContent('right answer');
    expect(genuine).toHaveTextContent('14 of 20 · 70%');
    expect(screen.getByText('Shop: Pay here').closest('li')).toHaveTextContent('missed by 12 · 60%');
    expect(screen.getByText('No other line was marked.')).toBeInTheDocument();
  });

  it('speaks Chinese on a Chinese page', () => {
    render(<ScenarioItemCard item={{ ...item, flags: [], verdict: 'too_few', students: 4 }} locale="zh-CN" t={createTranslator(zh)} />);
    expect(screen.getByText('作答人数太少，无法判断（4 人，至少需要 10 人）')).toBeInTheDocument();
    expect(screen.getByText('诈骗').closest('li')).toHaveTextContent('✓ 正确答案');
  });
});
