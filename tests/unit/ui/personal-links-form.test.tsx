// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PersonalLinksState } from '@/domain/classes/personal-links';
import { PersonalLinksForm } from '@/ui/classes/personal-links-form';
import { t } from '../../factories/content';

const text = { create: t('links.recreate', { count: 2 }), creating: t('links.creating'), warning: t('links.recreateWarning'), print: t('links.print'), qr: t('links.qr') };

describe('PersonalLinksForm', () => {
  it('warns that earlier links stop working, then shows one printable slip per student with its QR code', async () => {
    const action = vi.fn(
      async (_previous: PersonalLinksState, _form: FormData): Promise<PersonalLinksState> => ({
        status: 'issued',
        message: 'Links created for 2 students, valid until Dec 31, 2030.',
        validUntil: 'Valid until Dec 31, 2030',
        slips: [
          { studentId: 's1', displayName: '张伟', studentNumber: '2024001', url: 'http://localhost/en/join/p/token-one', qrSvg: '<svg data-testid="qr-1"></svg>' },
          { studentId: 's2', displayName: '李娜', studentNumber: null, url: 'http://localhost/en/join/p/token-two', qrSvg: '<svg data-testid="qr-2"></svg>' },
        ],
      }),
    );
    render(<PersonalLinksForm locale="en" classroomId="c1" action={action} hasLinks classroomName="Class 3B" text={text} />);
    expect(screen.getByText(text.warning)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: text.print })).not.toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'Create new links for 2 students' }));
    expect(await screen.findByText('Links created for 2 students, valid until Dec 31, 2030.')).toHaveAttribute('aria-live', 'polite');
    expect(Object.fromEntries(action.mock.calls[0][1])).toEqual({ locale: 'en', classroomId: 'c1' });
    const slips = screen.getAllByRole('listitem');
    expect(slips).toHaveLength(2);
    expect(within(slips[0]).getByText('http://localhost/en/join/p/token-one')).toBeInTheDocument();
    expect(within(slips[0]).getByRole('img', { name: 'QR code of the personal link for 张伟' })).toContainElement(screen.getByTestId('qr-1'));
    expect(within(slips[1]).getByText('Valid until Dec 31, 2030')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: text.print })).toBeInTheDocument();
  });

  it('shows a refusal', async () => {
    const action = vi.fn(async (): Promise<PersonalLinksState> => ({ status: 'error', message: t('errors.class.notFound') }));
    render(<PersonalLinksForm locale="en" classroomId="c1" action={action} hasLinks={false} classroomName="Class 3B" text={{ ...text, create: t('links.create', { count: 2 }) }} />);
    expect(screen.queryByText(text.warning)).not.toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Create links for 2 students' }));
    expect(await screen.findByText(t('errors.class.notFound'))).toHaveClass('form-error');
  });
});
