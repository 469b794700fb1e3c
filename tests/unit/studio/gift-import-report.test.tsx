// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeGiftImport } from '@/domain/content/gift/gift-import-run';
import { importGift } from '@/domain/content/gift/gift-to-scenario';
import type { GiftImportReport, GiftImportState } from '@/domain/studio/gift-import-outcome';
import en from '@/i18n/messages/en.json';
import { createTranslator } from '@/i18n/translate';
import { GiftImportForm } from '@/ui/studio/gift-import-form';
import { GiftImportReportPanel } from '@/ui/studio/gift-import-report';
import { buildGiftImportText } from '@/ui/studio/gift-import-text';

const text = buildGiftImportText(createTranslator(en));
const samples = importGift(readFileSync(resolve('tests/fixtures/gift/moodle-samples.en.gift'), 'utf8'), { sourceName: 'moodle-samples.en.gift', locale: 'en' });
const report: GiftImportReport = {
  sourceName: 'moodle-samples.en.gift',
  locale: 'en',
  summary: summarizeGiftImport(samples),
  problems: samples.problems,
  draftIssues: [{ path: 'content/scenarios/two-right.en.md', line: 12, column: 13, message: 'the correct option is too long' }],
  scenarios: samples.scenarios.map(({ id, line, setId }) => ({ id, line, setId })),
  sets: samples.sets.map(({ id, title, scenarioIds }) => ({ id, title, scenarioIds })),
};

describe('GiftImportReportPanel', () => {
  it('lists every problem of the file at its line and column, refused apart from changed, and links each draft', () => {
    render(<GiftImportReportPanel locale="en" message="3 of 20 questions imported." report={report} text={text.report} />);
    const panel = screen.getByRole('region', { name: en['studio.gift.report.heading'] });
    expect(within(panel).getByText('File: moodle-samples.en.gift')).toBeInTheDocument();

    const problems = within(panel).getAllByRole('listitem').filter((item) => item.classList.contains('studio-issue-static') && !item.querySelector('code'));
    expect(problems).toHaveLength(samples.problems.length);
    samples.problems.forEach((problem, index) => {
      expect(problems[index]).toHaveTextContent(`Line ${problem.line}, column ${problem.column}`);
      expect(problems[index]).toHaveTextContent(problem.message);
      expect(problems[index]).toHaveTextContent(problem.severity === 'error' ? en['studio.gift.report.refused'] : en['studio.gift.report.changed']);
    });
    expect(problems.some((item) => item.textContent?.includes('a short-answer question'))).toBe(true);

    for (const scenario of samples.scenarios) {
      expect(within(panel).getByRole('link', { name: scenario.id })).toHaveAttribute('href', `/en/admin/content/${scenario.id}`);
    }
    expect(within(panel).getByRole('link', { name: samples.sets[0].title })).toHaveAttribute('href', `/en/admin/content/sets/${samples.sets[0].id}`);
    expect(within(panel).getByText('content/scenarios/two-right.en.md:12:13')).toBeInTheDocument();
  });

  it('says so when every question came in unchanged', () => {
    render(<GiftImportReportPanel locale="zh-CN" message="ok" report={{ ...report, problems: [], draftIssues: [] }} text={text.report} />);
    expect(screen.getByText(en['studio.gift.report.noProblems'])).toBeInTheDocument();
  });
});

describe('GiftImportForm', () => {
  it('refuses a file over the limit before sending it, with the sizes', async () => {
    const sent: FormData[] = [];
    const action = async (_previous: GiftImportState, form: FormData): Promise<GiftImportState> => {
      sent.push(form);
      return { status: 'idle' };
    };
    render(<GiftImportForm locale="en" maxBytes={1024} action={action} text={text} />);
    await userEvent.upload(screen.getByLabelText(en['studio.gift.file']), new File(['x'.repeat(3000)], 'big.gift', { type: 'text/plain' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is 3 KB; at most 1 KB can be imported at once.');
    expect(screen.getByRole('button', { name: en['studio.gift.submit'] })).toBeDisabled();
    expect(sent).toEqual([]);
  });

  it('shows the earlier drafts of a file imported before, each linked', async () => {
    const action = async (): Promise<GiftImportState> => ({ status: 'error', message: 'Nothing was imported.', earlier: [{ line: 9, earlierId: 'price-relink' }] });
    render(<GiftImportForm locale="en" maxBytes={1024} action={action} text={text} />);
    await userEvent.type(screen.getByLabelText(en['studio.gift.paste']), 'x');
    await userEvent.click(screen.getByRole('button', { name: en['studio.gift.submit'] }));
    const alert = await screen.findByRole('alert');
    await within(alert).findByText('Nothing was imported.');
    expect(within(alert).getByText('The question at line 9 is the draft', { exact: false })).toBeInTheDocument();
    expect(within(alert).getByRole('link', { name: 'price-relink' })).toHaveAttribute('href', '/en/admin/content/price-relink');
  });
});
