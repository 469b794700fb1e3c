// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EditorView } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { diffText } from '@/domain/content/revisions';
import type { PublishOutcome, SaveOutcome } from '@/domain/studio/save-outcome';
import { scenarioTemplate } from '@/domain/studio/templates';
import en from '@/i18n/messages/en.json';
import { createTranslator } from '@/i18n/translate';
import { ScenarioStudio } from '@/ui/studio/scenario-studio';
import { buildScenarioStudioText } from '@/ui/studio/studio-text';
import { checkInProcess, screens } from './studio-fixtures';

Range.prototype.getClientRects = () => ({ length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }) as unknown as DOMRectList;
Range.prototype.getBoundingClientRect = () => new DOMRect();

const text = buildScenarioStudioText(createTranslator(en));
const files = scenarioTemplate('sms', 'panel');
/** A never-published scenario at revision 1, judged on 1 December 2026. */
const head = { number: 1, publishedNumber: null, today: '2026-12-01', historyHref: '/en/admin/content/panel/history' };

function type(name: string, from: string, to: string) {
  const view = EditorView.findFromDOM(screen.getByRole('textbox', { name }))!;
  const at = view.state.doc.toString().indexOf(from);
  act(() => view.dispatch({ changes: { from: at, to: at + from.length, insert: to } }));
}

describe('ScenarioStudio', () => {
  it('publishes only saved text without errors, and lists the problems the server refuses', async () => {
    const published: string[] = [];
    const publish = async (revisionId: string): Promise<PublishOutcome> => {
      published.push(revisionId);
      return { status: 'has_errors', message: 'Not published: 1 problem.', issues: [{ path: 'content/sets/x.md', line: 3, column: 5, message: 'unknown scenario id' }] };
    };
    const save = async (): Promise<SaveOutcome> => ({ status: 'saved', revisionId: 'r2', number: 2, message: 'Saved as revision 2.' });
    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={files} check={checkInProcess} save={save} publish={publish} screens={screens} text={text} />);
    const publishButton = screen.getByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publishButton).toBeEnabled());

    type('English (en) Markdown file', 'difficulty: 1', 'difficulty: 4');
    expect(publishButton).toBeDisabled();
    expect(screen.getByText(en['studio.publish.needsSave'])).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Saved as revision 2.');
    await screen.findByText(en['studio.publish.hasErrors']);
    expect(publishButton).toBeDisabled();

    type('English (en) Markdown file', 'difficulty: 4', 'difficulty: 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(publishButton).toBeEnabled());
    await userEvent.click(publishButton);
    expect(await screen.findByText('Not published: 1 problem.')).toBeInTheDocument();
    expect(screen.getByText('content/sets/x.md:3:5')).toBeInTheDocument();
    expect(published).toEqual(['r2']);
  });

  it('shows the other admin’s text beside ours after a stale save, and saves on top of theirs only when asked', async () => {
    const theirs = { ...files, en: files.en.replace('What do you do?', 'What now?') };
    const bases: (string | null)[] = [];
    const save = async (input: { files: typeof files; baseRevisionId: string | null }): Promise<SaveOutcome> => {
      bases.push(input.baseRevisionId);
      if (input.baseRevisionId === 'r1') {
        const diff = (at: 'zh-CN' | 'en') => ({ lines: diffText(theirs[at], input.files[at]).lines, changed: theirs[at] === input.files[at] ? 0 : 2 });
        return { status: 'stale', message: 'Not saved: Ada saved revision 2.', latest: { revisionId: 'r2', number: 2, authorName: 'Ada', files: theirs, diffs: { 'zh-CN': diff('zh-CN'), en: diff('en') } } };
      }
      return { status: 'saved', revisionId: 'r3', number: 3, message: 'Saved as revision 3.' };
    };
    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={files} check={checkInProcess} save={save} publish={async () => ({ status: 'error', message: 'x' })} screens={screens} text={text} />);
    type('English (en) Markdown file', 'What do you do?', 'What would you do?');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));

    const conflict = await screen.findByRole('region', { name: en['studio.stale.heading'] });
    expect(screen.getByText('Not saved: Ada saved revision 2.')).toBeInTheDocument();
    const removed = within(conflict).getByText('prompt: What now?', { exact: false }).closest('li')!;
    expect(removed).toHaveClass('diff-removed');
    expect(within(conflict).getByText('prompt: What would you do?', { exact: false }).closest('li')).toHaveClass('diff-added');
    expect(within(conflict).getByText(en['studio.stale.noChange'])).toBeInTheDocument();
    // Saving again the usual way stays closed until the admin chooses.
    expect(await screen.findByRole('button', { name: 'Save draft' })).toBeDisabled();

    await userEvent.click(within(conflict).getByRole('button', { name: en['studio.stale.keepMine'] }));
    await screen.findByText('Saved as revision 3.');
    expect(bases).toEqual(['r1', 'r2']);
    expect(screen.queryByRole('region', { name: en['studio.stale.heading'] })).not.toBeInTheDocument();
  });

  it('loads the other admin’s text when ours is dropped', async () => {
    const theirs = { ...files, en: files.en.replace('What do you do?', 'What now?') };
    const save = async (): Promise<SaveOutcome> => ({ status: 'stale', message: 'Not saved.', latest: { revisionId: 'r2', number: 2, authorName: null, files: theirs, diffs: { 'zh-CN': { lines: [], changed: 0 }, en: { lines: [], changed: 0 } } } });
    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={files} check={checkInProcess} save={save} publish={async () => ({ status: 'error', message: 'x' })} screens={screens} text={text} />);
    type('English (en) Markdown file', 'What do you do?', 'Mine?');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await userEvent.click(await screen.findByRole('button', { name: en['studio.stale.takeTheirs'] }));
    const view = EditorView.findFromDOM(screen.getByRole('textbox', { name: 'English (en) Markdown file' }))!;
    expect(view.state.doc.toString()).toContain('prompt: What now?');
    expect(screen.getByText(en['studio.save.allSaved'])).toBeInTheDocument();
  });

  it('updates the revision line after a save and a publish, without a reload', async () => {
    const save = async (): Promise<SaveOutcome> => ({ status: 'saved', revisionId: 'r2', number: 2, message: 'Saved as revision 2.' });
    const publish = async (): Promise<PublishOutcome> => ({ status: 'published', number: 2, message: 'Revision 2 is published.' });
    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={files} check={checkInProcess} save={save} publish={publish} screens={screens} text={text} />);
    expect(screen.getByText(en['studio.editor.neverPublished'].replace('{number}', '1'), { exact: false })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: en['studio.history.link'] })).toHaveAttribute('href', '/en/admin/content/panel/history');

    type('English (en) Markdown file', 'difficulty: 1', 'difficulty: 2');
    type('中文 (zh-CN) Markdown file', 'difficulty: 1', 'difficulty: 2');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await screen.findByText('Saved as revision 2.');
    expect(screen.getByText(en['studio.editor.neverPublished'].replace('{number}', '2'), { exact: false })).toBeInTheDocument();

    const publishButton = screen.getByRole('button', { name: 'Publish' });
    await waitFor(() => expect(publishButton).toBeEnabled());
    await userEvent.click(publishButton);
    await screen.findByText('Revision 2 is published.');
    expect(screen.getByText(en['studio.editor.revision'].replace('{number}', '2').replace('{published}', '2'), { exact: false })).toBeInTheDocument();
  });

  it('shows the saved source and review date, with the review status on the server’s day', () => {
    const dated = (reviewBy: string) => ({
      'zh-CN': files['zh-CN'].replace('difficulty: 1', `difficulty: 1\nsource: 平台买家安全指南\nreviewBy: ${reviewBy}`),
      en: files.en.replace('difficulty: 1', `difficulty: 1\nsource: "The platform's buyer-safety guidance"\nreviewBy: ${reviewBy}`),
    });
    const { unmount } = render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={dated('2026-12-20')} check={checkInProcess} save={async () => ({ status: 'error', message: 'x' })} publish={async () => ({ status: 'error', message: 'x' })} screens={screens} text={text} />);
    expect(screen.getByText("Source: The platform's buyer-safety guidance")).toBeInTheDocument();
    expect(screen.getByText('Review soon: Dec 20, 2026')).toHaveClass('studio-review-soon');
    unmount();

    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} today="2027-01-05" files={dated('2026-12-20')} check={checkInProcess} save={async () => ({ status: 'error', message: 'x' })} publish={async () => ({ status: 'error', message: 'x' })} screens={screens} text={text} />);
    expect(screen.getByText('Review due: Dec 20, 2026')).toHaveClass('studio-review-due');
  });

  it('says when the text names no source and no review date', () => {
    render(<ScenarioStudio id="panel" locale="en" revisionId="r1" {...head} files={files} check={checkInProcess} save={async () => ({ status: 'error', message: 'x' })} publish={async () => ({ status: 'error', message: 'x' })} screens={screens} text={text} />);
    expect(screen.getByText(en['studio.editor.noSource'])).toBeInTheDocument();
    expect(screen.getByText(en['studio.editor.noReviewBy'])).toBeInTheDocument();
  });
});
