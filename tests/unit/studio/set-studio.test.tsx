// @vitest-environment jsdom
import { readdirSync, readFileSync } from 'node:fs';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { diffText, groupContentFiles, libraryOfBundles } from '@/domain/content/revisions';
import type { PublishOutcome } from '@/domain/studio/save-outcome';
import { checkSetDraft, emptySetDraft, setCheckLibrary, writeSetFile, type SetDraft } from '@/domain/studio/set-draft';
import type { SetCheckOutcome, SetSaveOutcome, SetScenarioChoice } from '@/domain/studio/set-outcome';
import en from '@/i18n/messages/en.json';
import { createTranslator } from '@/i18n/translate';
import { SetStudio } from '@/ui/studio/set-studio';
import { buildSetStudioText } from '@/ui/studio/set-text';

const text = buildSetStudioText(createTranslator(en));
const root = 'tests/fixtures/library/content';
const bundles = groupContentFiles(['scenarios', 'sets'].flatMap((folder) => readdirSync(`${root}/${folder}`).map((name) => ({ path: `content/${folder}/${name}`, text: readFileSync(`${root}/${folder}/${name}`, 'utf8') })))).bundles;

/** The checker the action runs, called in-process against the fixture library. */
const library = setCheckLibrary(bundles, libraryOfBundles(bundles).scenarios);
const check = async (draft: SetDraft): Promise<SetCheckOutcome> => ({ ok: true, ...checkSetDraft(draft, library, new Set(['fresh-draft'])) });

const choices: SetScenarioChoice[] = [
  { id: 'relink-chat', title: { en: 'Relink chat', 'zh-CN': '改价链接' }, status: 'published', channel: 'im-chat', verdict: 'scam' },
  { id: 'refund-call', title: { en: 'Refund call', 'zh-CN': '退款电话' }, status: 'published', channel: 'phone-call', verdict: 'scam' },
  { id: 'real-notice', title: { en: 'Real notice', 'zh-CN': '真实通知' }, status: 'draft', channel: 'sms', verdict: 'legitimate' },
  { id: 'fresh-draft', title: { en: 'Fresh draft' }, status: 'unpublished' },
];

const saved: SetDraft = { ...emptySetDraft('parcel-scams'), title: { 'zh-CN': '快递', en: 'Parcels' }, description: { 'zh-CN': '快递骗局。', en: 'Parcel scams.' }, scenarioIds: ['relink-chat', 'refund-call'] };

/** Generous waits: the machine that runs the tests may be busy. */
const WAIT = { timeout: 5_000 };

const never = async (): Promise<never> => {
  throw new Error('not expected');
};

function renderStudio(props: Partial<Parameters<typeof SetStudio>[0]> = {}) {
  return render(<SetStudio locale="en" revisionId="r1" draft={saved} choices={choices} check={check} save={never} publish={never} text={text} {...props} />);
}

const entries = () => within(screen.getByRole('region', { name: /^Scenarios/ })).getAllByRole('listitem').filter((item) => item.classList.contains('studio-set-entry'));
const entryTitles = () => entries().map((item) => item.querySelector('.studio-set-entry-title')!.textContent);

describe('SetStudio: the scenarios panel', () => {
  it('moves scenarios with buttons, keeping the focus on the moved one, and removes them', async () => {
    renderStudio();
    expect(entryTitles()).toEqual(['Relink chat', 'Refund call']);
    expect(screen.getByRole('button', { name: 'Move "Relink chat" up' })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Move "Relink chat" down' }));
    expect(entryTitles()).toEqual(['Refund call', 'Relink chat']);
    // It is now last: the focus moves to its other button, so Enter moves it back.
    expect(screen.getByRole('button', { name: 'Move "Relink chat" up' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(entryTitles()).toEqual(['Relink chat', 'Refund call']);

    await userEvent.click(screen.getByRole('button', { name: 'Remove "Relink chat" from the set' }));
    expect(entryTitles()).toEqual(['Refund call']);
    expect(screen.getByText(en['studio.publish.needsSave'])).toBeInTheDocument();
  });

  it('finds scenarios by title, channel or verdict and adds them at the end, showing channel and verdict', async () => {
    renderStudio();
    const search = screen.getByRole('searchbox', { name: en['studio.sets.add.search'] });
    // Those already in the set are not offered again.
    expect(screen.queryByRole('button', { name: 'Add "Relink chat"' })).toBeNull();
    await userEvent.type(search, 'legitimate');
    const offer = screen.getByRole('button', { name: 'Add "Real notice"' }).closest('li')!;
    expect(offer.textContent).toContain(en['channel.sms']);
    expect(offer.textContent).toContain(en['studio.status.draft']);
    await userEvent.click(screen.getByRole('button', { name: 'Add "Real notice"' }));
    expect(entryTitles()).toEqual(['Relink chat', 'Refund call', 'Real notice']);
    expect(search).toHaveFocus();
    expect(screen.getByText(en['studio.sets.add.none'])).toBeInTheDocument();
  });

  it('shows the checker’s problems at the scenario they concern, and blocks publishing while there are errors', async () => {
    renderStudio({ draft: { ...saved, scenarioIds: ['relink-chat', 'fresh-draft'] } });
    const problem = await screen.findAllByText(/"fresh-draft" is not published yet/, {}, WAIT);
    expect(problem[0].closest('li.studio-set-entry')?.querySelector('code')?.textContent).toBe('fresh-draft');
    expect(screen.getByText(en['studio.sets.publishHasErrors'])).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en['studio.publish.button'] })).toBeDisabled();
  });

  it('appends the scenario it was opened with, as an unsaved change', async () => {
    renderStudio({ addOnOpen: 'real-notice' });
    expect(entryTitles()).toEqual(['Relink chat', 'Refund call', 'Real notice']);
    expect(screen.getByText(en['studio.sets.add.added'].replace('{title}', 'Real notice'))).toBeInTheDocument();
    expect(screen.getByRole('button', { name: en['studio.save.button'] })).toBeEnabled();
  });
});

describe('SetStudio: the details panel, save and publish', () => {
  it('edits both languages and the practice choice, saves, then publishes the saved revision', async () => {
    const saves: { draft: SetDraft; baseRevisionId: string | null }[] = [];
    const save = async (input: { draft: SetDraft; baseRevisionId: string | null }): Promise<SetSaveOutcome> => {
      saves.push(input);
      return { status: 'saved', revisionId: 'r2', number: 2, message: 'Saved as revision 2.' };
    };
    const published: string[] = [];
    const publish = async (revisionId: string): Promise<PublishOutcome> => {
      published.push(revisionId);
      return { status: 'published', number: 2, message: 'Revision 2 is published.' };
    };
    renderStudio({ save, publish });
    await waitFor(() => expect(screen.getByRole('button', { name: en['studio.publish.button'] })).toBeEnabled(), WAIT);

    const english = screen.getByRole('group', { name: en['studio.locale.en'] });
    await userEvent.clear(within(english).getByLabelText(en['studio.sets.details.title']));
    await userEvent.type(within(english).getByLabelText(en['studio.sets.details.title']), 'Parcel scams');
    await userEvent.click(screen.getByRole('radio', { name: en['studio.sets.use.assignmentOnly'] }));
    await userEvent.type(screen.getByLabelText(en['studio.sets.draw.label']), '1');
    expect(screen.getByRole('button', { name: en['studio.publish.button'] })).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: en['studio.save.button'] }));
    await screen.findByText('Saved as revision 2.', {}, WAIT);
    expect(saves).toEqual([{ draft: { ...saved, title: { ...saved.title, en: 'Parcel scams' }, practice: false, draw: 1 }, baseRevisionId: 'r1' }]);
    await waitFor(() => expect(screen.getByRole('button', { name: en['studio.publish.button'] })).toBeEnabled(), WAIT);
    await userEvent.click(screen.getByRole('button', { name: en['studio.publish.button'] }));
    await screen.findByText('Revision 2 is published.', {}, WAIT);
    expect(published).toEqual(['r2']);
  });

  it('shows the other admin’s set after a stale save and saves on top of theirs only when asked', async () => {
    const theirs = { ...saved, scenarioIds: ['refund-call'] };
    const bases: (string | null)[] = [];
    const save = async (input: { draft: SetDraft; baseRevisionId: string | null }): Promise<SetSaveOutcome> => {
      bases.push(input.baseRevisionId);
      if (input.baseRevisionId === 'r1') {
        const diff = diffText(writeSetFile(theirs), writeSetFile(input.draft));
        return { status: 'stale', message: 'Not saved: Kim saved revision 2.', latest: { revisionId: 'r2', number: 2, authorName: 'Kim', draft: theirs, diff: diff.lines, changed: diff.added + diff.removed } };
      }
      return { status: 'saved', revisionId: 'r3', number: 3, message: 'Saved as revision 3.' };
    };
    renderStudio({ save });
    await userEvent.click(screen.getByRole('button', { name: 'Remove "Refund call" from the set' }));
    await userEvent.click(screen.getByRole('button', { name: en['studio.save.button'] }));
    const conflict = await screen.findByRole('region', { name: en['studio.sets.stale.heading'] }, WAIT);
    expect(within(conflict).getByText('- refund-call')).toBeInTheDocument();
    expect(within(conflict).getByText('- relink-chat')).toBeInTheDocument();

    const takeTheirs = within(conflict).getByRole('button', { name: en['studio.stale.takeTheirs'] });
    await waitFor(() => expect(takeTheirs).toBeEnabled(), WAIT);
    await userEvent.click(takeTheirs);
    expect(entryTitles()).toEqual(['Refund call']);
    expect(screen.queryByRole('region', { name: en['studio.sets.stale.heading'] })).toBeNull();
    expect(bases).toEqual(['r1']);
  });
});
