// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { RosterUploadState } from '@/domain/classes/roster-upload';
import { RosterUpload } from '@/ui/classes/roster-upload';
import { buildRosterUploadText } from '@/ui/classes/roster-upload-text';
import { t } from '../../factories/content';

const text = buildRosterUploadText(t);
const csv = new File(['name,student number\nAnna,1\nBen,2\n'], 'class.csv', { type: 'text/csv' });

function renderUpload(previewAction: (previous: RosterUploadState, form: FormData) => Promise<RosterUploadState>, importAction = vi.fn(async (_previous: RosterUploadState, _form: FormData): Promise<RosterUploadState> => ({ status: 'idle' }))) {
  render(<RosterUpload locale="en" classroomId="class-1" previewAction={previewAction} importAction={importAction} linksHref="/en/trainer/classes/class-1/links" text={text} />);
  return { importAction, user: userEvent.setup() };
}

const goodPreview: RosterUploadState = {
  status: 'preview',
  fileName: 'class.csv',
  encoding: t('roster.encoding.utf-8'),
  rows: [
    { line: 2, displayName: 'Anna', studentNumber: '1' },
    { line: 3, displayName: 'Ben', studentNumber: null },
  ],
  problems: [],
  csv: 'bmFtZQ==',
};

describe('RosterUpload', () => {
  it('asks for a file without calling the server when none was chosen', async () => {
    const previewAction = vi.fn();
    const { user } = renderUpload(previewAction);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription(t('errors.roster.noFile'));
    expect(previewAction).not.toHaveBeenCalled();
  });

  it('previews the rows, then imports exactly the checked file', async () => {
    const previewAction = vi.fn(async (_previous: RosterUploadState, _form: FormData): Promise<RosterUploadState> => goodPreview);
    const importAction = vi.fn(async (_previous: RosterUploadState, _form: FormData): Promise<RosterUploadState> => ({ status: 'imported', count: 2, message: t('roster.imported', { count: 2 }) }));
    const { user } = renderUpload(previewAction, importAction);
    await user.upload(screen.getByLabelText('CSV file'), csv);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['LineNameStudent number', '2Anna1', '3Ben–']);
    expect(screen.getByText('class.csv: read as UTF-8. Students found: 2.')).toBeInTheDocument();
    const sent = previewAction.mock.calls[0][1] as FormData;
    expect((sent.get('file') as File).name).toBe('class.csv');
    expect(sent.get('classroomId')).toBe('class-1');

    await user.click(screen.getByRole('button', { name: 'Import 2 students' }));
    expect(await screen.findByText('Students imported: 2. Next, create and print their personal join links.', { selector: '.notice p' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Create personal links' })).toHaveAttribute('href', '/en/trainer/classes/class-1/links');
    const imported = importAction.mock.calls[0][1] as FormData;
    expect(Object.fromEntries(imported)).toEqual({ locale: 'en', classroomId: 'class-1', intent: 'import', fileName: 'class.csv', csv: 'bmFtZQ==' });
    // The preview (the whole file and its rows) is not sent back with the import: bodies are limited.
    expect(importAction.mock.calls[0][0]).toEqual({ status: 'idle' });
  });

  it('lists every problem by line and offers no import while there are problems', async () => {
    const previewAction = vi.fn(
      async (_previous: RosterUploadState, _form: FormData): Promise<RosterUploadState> => ({
        ...goodPreview,
        problems: [
          { line: 3, message: t('errors.roster.nameMissing', { line: 3 }) },
          { line: 4, message: t('errors.roster.numberRepeated', { line: 4, number: '1', earlier: 2 }) },
        ],
      }),
    );
    const { user } = renderUpload(previewAction);
    await user.upload(screen.getByLabelText('CSV file'), csv);
    await user.click(screen.getByRole('button', { name: 'Check the file' }));

    expect(await screen.findByText("Line 3: the name is empty. Fill in the student's name or delete the line.")).toBeInTheDocument();
    expect(screen.getByText('Line 4: student number 1 already appears on line 2. Each student number may appear once.')).toBeInTheDocument();
    expect(screen.getByText('Problems found: 2. Fix them in the file and check it again; nothing was imported.', { selector: 'strong' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });
});
