// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { scenarioTemplate } from '@/domain/studio/templates';
import { StudioEditor } from '@/ui/studio/studio-editor';
import { checkInProcess, screens, studioText } from './studio-fixtures';

// jsdom does no layout; CodeMirror measures text ranges, which then have no boxes.
Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

function editorView(name: string): EditorView {
  const content = screen.getByRole('textbox', { name });
  const view = EditorView.findFromDOM(content);
  if (!view) throw new Error(`no editor named ${name}`);
  return view;
}

function replaceText(view: EditorView, from: string, to: string) {
  const text = view.state.doc.toString();
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" is not in the text`);
  act(() => view.dispatch({ changes: { from: at, to: at + from.length, insert: to } }));
}

describe('StudioEditor', () => {
  it('lists each problem at its line and column, and a fixed text clears it', async () => {
    const files = scenarioTemplate('sms', 'new-text');
    const broken = { ...files, en: files.en.replace('difficulty: 1', 'difficulty: 5') };
    render(<StudioEditor id="new-text" locale="en" initialFiles={broken} check={checkInProcess} screens={screens} text={studioText} />);

    const pane = screen.getByRole('region', { name: /English \(en\)/ });
    const problem = await within(pane).findByRole('button', { name: /Line 7, column 13/ });
    expect(problem).toHaveTextContent('"difficulty" must be 1 (easy), 2 (medium) or 3 (hard)');
    expect(within(screen.getByRole('region', { name: /中文/ })).getByText('none found')).toBeInTheDocument();

    // The list jumps to the problem: the cursor lands on line 7, column 13.
    const view = editorView('English (en) Markdown file');
    await userEvent.click(problem);
    const head = view.state.selection.main.head;
    expect(view.state.doc.lineAt(head).number).toBe(7);
    expect(head - view.state.doc.line(7).from + 1).toBe(13);

    replaceText(view, 'difficulty: 5', 'difficulty: 1');
    await waitFor(() => expect(within(pane).getByText('none found')).toBeInTheDocument());
    expect(within(pane).queryByRole('button', { name: /Line 7/ })).not.toBeInTheDocument();
  });

  it('checks that both languages agree, and reports the disagreement on the translation', async () => {
    const files = scenarioTemplate('im-chat', 'agree');
    render(<StudioEditor id="agree" locale="en" initialFiles={files} check={checkInProcess} screens={screens} text={studioText} />);
    const pane = screen.getByRole('region', { name: /English \(en\)/ });
    await within(pane).findByText('none found');

    replaceText(editorView('English (en) Markdown file'), 'answer: check-app', 'answer: ask');
    const problem = await within(pane).findByRole('button', { name: /question "q1" answer/ });
    expect(problem).toHaveTextContent('Line 26, column 13');
    // The tab of the language with errors carries their count, for the phone's tab bar.
    expect(screen.getByRole('tab', { name: /English \(en\)\s*1/ })).toBeInTheDocument();
  });

  it('shows the problem in the gutter of its line', async () => {
    const files = scenarioTemplate('sms', 'gutter');
    const { container } = render(
      <StudioEditor id="gutter" locale="en" initialFiles={{ ...files, 'zh-CN': files['zh-CN'].replace('audience: buyer', 'audience: buyers') }} check={checkInProcess} screens={screens} text={studioText} />,
    );
    await screen.findByRole('button', { name: /Line 4, column 11/ });
    await waitFor(() => expect(container.querySelectorAll('.cm-lint-marker-error')).toHaveLength(1));
  });
});
