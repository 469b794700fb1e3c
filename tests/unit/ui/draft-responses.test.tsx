// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SubmitAnswerOutcome } from '@/domain/quiz/answer-outcome';
import { draftKey } from '@/domain/quiz/draft';
import { optionOrderFor } from '@/domain/quiz/handles';
import type { Stage } from '@/domain/quiz/stages';
import { toStagePlayView } from '@/domain/quiz/views';
import zh from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import { AnswerForm } from '@/ui/quiz/answer-form';
import { buildAnswerFormText } from '@/ui/quiz/answer-form-text';
import type { SubmitAnswerInput } from '@/ui/quiz/types';
import { fixtureScenario, labels, t } from '../../factories/content';

/*
 * The choices of a stage survive a reload and a switch to the other language in the same tab,
 * through sessionStorage, and are forgotten once the server stored the answer.
 */

const refresh = vi.fn();
vi.mock('next/navigation', () => ({ useRouter: () => ({ refresh }) }));
beforeEach(() => refresh.mockReset());

const SEED = 424242;
type Submit = (input: SubmitAnswerInput) => Promise<SubmitAnswerOutcome>;
const succeed: Submit = async () => ({ ok: true });

function form(options: { scenario?: string; locale?: 'en' | 'zh-CN'; stage?: Stage; position?: number; submit?: Submit } = {}) {
  const { scenario = 'relink-chat', locale = 'en', stage = 'decision', position = 2, submit = succeed } = options;
  const play = toStagePlayView(fixtureScenario(scenario, locale), stage, optionOrderFor(SEED, position));
  const translate = locale === 'en' ? t : createTranslator(zh);
  return (
    <AnswerForm
      locale={locale}
      attemptId="attempt-1"
      position={position}
      stage={stage}
      blocks={play.blocks}
      questions={play.questions}
      labels={locale === 'en' ? labels : buildExhibitLabels(translate)}
      text={buildAnswerFormText(translate)}
      submitAnswer={submit}
    />
  );
}

/** A reload: the page goes away and comes back in the same tab. */
function reload(element: ReturnType<typeof form>) {
  const { unmount } = render(element);
  return unmount;
}

describe('draft answers', () => {
  it('come back after a reload, and only option handles are stored', async () => {
    const unmount = reload(form());
    await userEvent.click(screen.getByRole('radio', { name: 'Check the order in the app' }));
    const stored = window.sessionStorage.getItem(draftKey('attempt-1', 2, 'decision'));
    expect(stored).toMatch(/^\[\{"type":"single","choice":"c[12]"\}\]$/);
    unmount();
    render(form());
    expect(screen.getByRole('radio', { name: 'Check the order in the app' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Follow the new link and buy it again' })).not.toBeChecked();
  });

  it('come back in the other language as the same choice: handles and lines are the same in both', async () => {
    const unmountChoice = reload(form());
    await userEvent.click(screen.getByRole('radio', { name: 'Check the order in the app' }));
    unmountChoice();
    render(form({ locale: 'zh-CN' }));
    expect(screen.getByRole('radio', { name: '在 App 的订单里核实' })).toBeChecked();

    const unmountLines = reload(form({ stage: 'follow-up' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Please buy again here/ }));
    unmountLines();
    const { container } = render(form({ stage: 'follow-up', locale: 'zh-CN' }));
    const checked = [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')];
    expect(checked).toHaveLength(1);
    expect(checked[0].closest('li, div')?.textContent).toMatch(/yixuan-shop/);
  });

  it('belong to one stage of one scenario of one attempt', async () => {
    const unmount = reload(form());
    await userEvent.click(screen.getByRole('radio', { name: 'Check the order in the app' }));
    unmount();
    render(form({ position: 3 }));
    expect(screen.getByRole('radio', { name: 'Check the order in the app' })).not.toBeChecked();
  });

  it('are forgotten once the server stored the answer, and kept when it did not', async () => {
    const unmountFailed = reload(form({ submit: async () => ({ ok: false, message: 'The assignment has closed.' }) }));
    await userEvent.click(screen.getByRole('radio', { name: 'Check the order in the app' }));
    await userEvent.click(screen.getByRole('button', { name: 'Submit my decision' }));
    await screen.findByText('The assignment has closed.');
    expect(window.sessionStorage.getItem(draftKey('attempt-1', 2, 'decision'))).not.toBeNull();
    unmountFailed();

    render(form());
    expect(screen.getByRole('radio', { name: 'Check the order in the app' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Submit my decision' }));
    expect(refresh).toHaveBeenCalled();
    expect(window.sessionStorage.getItem(draftKey('attempt-1', 2, 'decision'))).toBeNull();
    // The sent choice stays on screen until the next stage replaces the form.
    expect(screen.getByRole('radio', { name: 'Check the order in the app' })).toBeChecked();
  });

  it('are ignored when they do not fit the stage, so nothing the student did not choose is shown', () => {
    for (const stored of ['[{"type":"single","choice":"c9"}]', '[{"type":"verdict","choice":"scam"}]', '[]', 'not json', '[{"type":"spot","lines":["9-9"]}]']) {
      window.sessionStorage.setItem(draftKey('attempt-1', 2, 'decision'), stored);
      const { unmount } = render(form());
      for (const radio of screen.getAllByRole('radio')) expect(radio).not.toBeChecked();
      unmount();
    }
  });

  it('are not in the server-rendered page, which starts empty and is filled in the browser', () => {
    window.sessionStorage.setItem(draftKey('attempt-1', 2, 'decision'), '[{"type":"single","choice":"c1"}]');
    expect(renderToString(form())).not.toContain('checked');
  });
});
