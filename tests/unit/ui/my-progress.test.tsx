// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import zh from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import type { MyProgressPageData } from '@/server/quiz/my-progress-page';
import { MyProgressView } from '@/ui/progress/my-progress-view';
import { EndScreen } from '@/ui/quiz/end-screen';
import { t } from '../../factories/content';

const start = vi.fn(async () => {});
const empty: MyProgressPageData = { students: [], scores: [], scripts: [], redFlags: [], decisionsCounted: 0 };
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9));

const withData: MyProgressPageData = {
  students: [{ studentId: 's1', classroomId: 'c1', classroomName: 'Class 7', displayName: 'Ann', studentNumber: null }],
  scores: [
    { id: 'a1', setId: 'buyer-basics', setTitle: 'Buyer basics', kind: 'practice', submittedAt: at(2), percent: 40, releaseAt: null, timeZone: null },
    { id: 'a2', setId: 'exam', setTitle: 'Class test', kind: 'assignment', submittedAt: at(3), percent: null, releaseAt: new Date('2026-11-10T10:00:00Z'), timeZone: 'Asia/Shanghai' },
    { id: 'a3', setId: 'buyer-basics', setTitle: 'Buyer basics', kind: 'practice', submittedAt: at(4), percent: 80, releaseAt: null, timeZone: null },
  ],
  scripts: [{ dimension: 'script', tag: 'fake-service-refund', metScam: 5, fellForIt: 3, metGenuine: 4, falseAlarms: 1 }],
  redFlags: [{ dimension: 'redFlag', tag: 'urgency', metScam: 4, fellForIt: 1, metGenuine: 0, falseAlarms: 0 }],
  decisionsCounted: 12,
  next: { kind: 'focus', setId: 'focus:script:fake-service-refund', focus: { dimension: 'script', tag: 'fake-service-refund' }, miss: { dimension: 'script', tag: 'fake-service-refund', metScam: 5, fellForIt: 3, metGenuine: 4, falseAlarms: 1 } },
};

describe('MyProgressView', () => {
  it('sends a learner with nothing finished to practice, and draws no chart', () => {
    render(<MyProgressView data={empty} locale="en" t={t} startAction={start} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('My progress');
    expect(screen.getByText(/Nothing here yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Start practising' })).toHaveAttribute('href', '/en');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says what was missed in the learner\'s words and offers the weakest script now', () => {
    render(<MyProgressView data={withData} locale="en" t={t} startAction={start} />);
    expect(screen.getByText('You are: Ann · Class 7')).toBeInTheDocument();
    expect(screen.getByText('You trusted 3 of 5 scams of this kind')).toBeInTheDocument();
    expect(screen.getByText('You took 1 of 4 genuine messages of this kind for scams')).toBeInTheDocument();
    expect(screen.getByText('You trusted 1 of 4 scams with this red flag')).toBeInTheDocument();
    const next = screen.getByRole('region', { name: 'Practise next' });
    expect(within(next).getByText('Focused practice: Fake customer-service refunds')).toBeInTheDocument();
    expect(within(next).getByRole('button', { name: 'Practise this now' }).closest('form')?.querySelector('input[name="setId"]')).toHaveValue('focus:script:fake-service-refund');
  });

  it('draws a mark per shown score, shapes by kind, and the same figures as a table, newest first', () => {
    const { container } = render(<MyProgressView data={withData} locale="en" t={t} startAction={start} />);
    const chart = screen.getByRole('img', { name: 'Your last 3 results, oldest first' });
    expect(chart.querySelectorAll('.score-marker')).toHaveLength(2); // the withheld score has no mark
    expect(container.querySelectorAll('.score-legend li')).toHaveLength(2);
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent))).toEqual([
      ['Nov 4', 'Buyer basics', 'Practice', '80%'],
      [
        'Nov 3',
        'Class test',
        'Assignment',
        expect.stringMatching(/^Shown from .*China Standard Time/),
      ],
      ['Nov 2', 'Buyer basics', 'Practice', '40%'],
    ]);
  });

  it('says assignment answers wait for the feedback when nothing can be counted yet, in Chinese too', () => {
    const zhT = createTranslator(zh);
    render(<MyProgressView data={{ ...withData, scripts: [], redFlags: [], decisionsCounted: 0, next: undefined }} locale="zh-CN" t={zhT} startAction={start} />);
    expect(screen.getByText(zh['myProgress.misses.notYet'])).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('我的进步');
  });
});

describe('EndScreen after a run with misses', () => {
  it('offers a focus set of what was just missed, and the way to all progress', () => {
    render(
      <EndScreen
        view={{ percent: 33, recognised: { scripts: [], redFlags: [] }, remedial: { setId: 'focus:script:fake-police', focus: { dimension: 'script', tag: 'fake-police' } } }}
        locale="en"
        t={t}
        startAction={start}
      />,
    );
    expect(screen.getByText(/A short run on Fake police and "safe accounts"/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Practise this now' }).closest('form')?.querySelector('input[name="setId"]')).toHaveValue('focus:script:fake-police');
    expect(screen.getByRole('link', { name: 'See all your progress' })).toHaveAttribute('href', '/en/my/progress');
  });

  it('continues an unfinished run of that focus set instead of starting another', () => {
    render(
      <EndScreen
        view={{ percent: 33, recognised: { scripts: [], redFlags: [] }, remedial: { setId: 'focus:redFlag:urgency', focus: { dimension: 'redFlag', tag: 'urgency' }, openAttemptId: 'run-5' } }}
        locale="en"
        t={t}
        startAction={start}
      />,
    );
    expect(screen.getByRole('link', { name: 'Continue this practice' })).toHaveAttribute('href', '/en/attempts/run-5');
    expect(screen.queryByRole('button', { name: 'Practise this now' })).not.toBeInTheDocument();
  });
});
