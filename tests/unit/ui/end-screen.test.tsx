// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import zh from '@/i18n/messages/zh-CN.json';
import { createTranslator } from '@/i18n/translate';
import { EndScreen, type EndScreenView } from '@/ui/quiz/end-screen';
import { ShareResult } from '@/ui/quiz/share-result';
import { t } from '../../factories/content';

const start = vi.fn(async () => {});
const view: EndScreenView = {
  percent: 75,
  recognised: { scripts: ['relink-price-error', 'fake-service-refund'], redFlags: ['look-alike-link', 'urgency'] },
  next: { setId: 'impersonators-and-malware', title: 'Impersonators and malware', reason: 'trains-missed', scripts: ['fake-police', 'unknown-file'] },
  share: { url: 'https://scamsense.example/en/card/buyer-basics/75', imagePath: '/api/cards/en/buyer-basics/75', setTitle: 'Online shopping: buyer basics' },
};

describe('EndScreen', () => {
  it('cheers, names what the student now recognises from the catalogues, and what to practise next', () => {
    render(<EndScreen view={view} locale="en" t={t} startAction={start} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Great work: you saw through most of these.');
    const lists = screen.getAllByRole('list');
    expect(within(lists[0]).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['"Price error, buy again here" links', 'Fake customer-service refunds']);
    expect(within(lists[1]).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Look-alike link', 'Pressure to hurry']);
    expect(screen.getByText('Impersonators and malware')).toBeInTheDocument();
    expect(screen.getByText('It trains what you missed: Fake police and "safe accounts", Unknown files sent in chat.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Start this set' }).closest('form')?.querySelector('input[name="setId"]')).toHaveValue('impersonators-and-malware');
  });

  it('shows the card with its percentage and a link to its page, and the card is all that is shared', () => {
    render(<EndScreen view={view} locale="en" t={t} startAction={start} />);
    expect(screen.getByRole('img', { name: 'Result card: 75% on Online shopping: buyer basics' })).toHaveAttribute('src', '/api/cards/en/buyer-basics/75');
    expect(screen.getByRole('link', { name: 'Open the card' })).toHaveAttribute('href', view.share!.url);
    expect(screen.getByText(/no name and no answers/)).toBeInTheDocument();
  });

  it('encourages when nothing was recognised, continues an unfinished next set, and shows no card without one', () => {
    const zhT = createTranslator(zh);
    render(
      <EndScreen
        view={{ percent: 0, recognised: { scripts: [], redFlags: [] }, next: { setId: 'second-look', title: '再看一眼', reason: 'not-played', scripts: [], openAttemptId: 'attempt-9' } }}
        locale="zh-CN"
        t={zhT}
        startAction={start}
      />,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(zh['end.cheer.low']);
    expect(screen.getByText(zh['end.nothingYet'])).toBeInTheDocument();
    expect(screen.getByText(zh['end.nextNew'])).toBeInTheDocument();
    expect(screen.getByRole('link', { name: zh['end.nextContinue'] })).toHaveAttribute('href', '/zh-CN/attempts/attempt-9');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: zh['share.button'] })).not.toBeInTheDocument();
  });
});

describe('ShareResult', () => {
  const text = { share: 'Share', copied: 'Link copied. Paste it wherever you like.', copyHint: 'Copy this link:' };
  const url = 'https://scamsense.example/en/card/buyer-basics/75';
  const original = { share: navigator.share, clipboard: navigator.clipboard };
  const setNavigator = (share: unknown, clipboard: unknown) => {
    Object.defineProperty(navigator, 'share', { value: share, configurable: true });
    Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  };
  afterEach(() => setNavigator(original.share, original.clipboard));

  it('opens the system share sheet with the card page, where there is one', async () => {
    const share = vi.fn(async () => {});
    const writeText = vi.fn(async () => {});
    setNavigator(share, { writeText });
    render(<ShareResult url={url} title="ScamSense" message="I scored 75%" text={text} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(share).toHaveBeenCalledWith({ title: 'ScamSense', text: 'I scored 75%', url });
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('does nothing more when the student closes the share sheet', async () => {
    const writeText = vi.fn(async () => {});
    setNavigator(vi.fn(async () => Promise.reject(new DOMException('closed', 'AbortError'))), { writeText });
    render(<ShareResult url={url} title="ScamSense" message="I scored 75%" text={text} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).not.toHaveBeenCalled();
  });

  it('copies the link where there is no share sheet, and says so', async () => {
    const writeText = vi.fn(async () => {});
    setNavigator(undefined, { writeText });
    render(<ShareResult url={url} title="ScamSense" message="I scored 75%" text={text} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(screen.getByRole('status')).toHaveTextContent(text.copied);
  });

  it('shows the link to copy by hand when copying is refused too', async () => {
    setNavigator(undefined, { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) });
    render(<ShareResult url={url} title="ScamSense" message="I scored 75%" text={text} />);
    await userEvent.click(screen.getByRole('button', { name: 'Share' }));
    expect(screen.getByRole('textbox', { name: 'Copy this link:' })).toHaveValue(url);
  });
});
