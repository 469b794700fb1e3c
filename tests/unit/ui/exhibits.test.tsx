// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Exhibit } from '@/ui/exhibits/exhibit';
import { exhibitView, labels } from '../../factories/content';

const staticMode = { kind: 'static' } as const;

function show(kind: string, lines: string[], mode: Parameters<typeof Exhibit>[0]['mode'] = staticMode) {
  const { view } = exhibitView(kind, lines);
  return render(<Exhibit exhibit={view} mode={mode} labels={labels} caption="What you see on your phone" />);
}

describe('exhibits render as a phone screen, by kind', () => {
  it('chat: conversation title, bubbles with sender and time', () => {
    show('chat', ['app: YiChat', 'with: Youxuan Digital', 'me: Me', '---', '14:02 Youxuan Digital: Hello', '14:03 Me: Hi', '* Message recalled']);
    const phone = screen.getByRole('figure', { name: 'What you see on your phone' });
    expect(phone.querySelector('.app-bar-name')).toHaveTextContent('Youxuan Digital');
    expect(phone.querySelector('.app-bar-sub')).toHaveTextContent('YiChat');
    const bubbles = within(phone).getAllByRole('listitem');
    expect(bubbles).toHaveLength(3);
    expect(bubbles[0]).toHaveTextContent('Youxuan Digital14:02Hello');
    expect(bubbles[1]).toHaveClass('mine');
    expect(bubbles[2]).toHaveClass('system-note');
  });

  it('sms: the sender number heads the thread', () => {
    show('sms', ['from: 1069 0000 1234', '---', '09:30 Your order failed to pay']);
    expect(screen.getByText('1069 0000 1234')).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('09:30Your order failed to pay');
  });

  it('call: caller ID, its label and the transcript', () => {
    show('call', ['caller: 400-000-0001', 'label: Possible fraud', 'me: Me', '---', 'Agent: Your parcel is lost', 'Me: Oh no']);
    expect(screen.getByText('Incoming call')).toBeInTheDocument();
    expect(screen.getByText('400-000-0001')).toBeInTheDocument();
    expect(screen.getByText('Possible fraud')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['AgentYour parcel is lost', 'MeOh no']);
  });

  it('email: subject, From and To headers, body paragraphs', () => {
    show('email', ['from: YiTao Service <yitao.service@mailbox.example.net>', 'to: shop@example.com', 'subject: Buyer has paid', '---', 'Please ship now.']);
    expect(screen.getByText('Buyer has paid')).toBeInTheDocument();
    expect(screen.getByText('From').parentElement).toHaveTextContent('YiTao Service <yitao.service@mailbox.example.net>');
    expect(screen.getByText('Please ship now.').tagName).toBe('SPAN');
  });

  it('payment: status, amount and labelled rows', () => {
    show('payment', ['app: YiPay', 'status: Payment successful', 'amount: ¥1,280.00', '---', 'Order number: 2406', 'Paid to: Youxuan']);
    expect(screen.getByText('Payment successful')).toBeInTheDocument();
    expect(screen.getByText('¥1,280.00')).toBeInTheDocument();
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual(['Order number2406', 'Paid toYouxuan']);
  });

  it('payment: in line-marking mode each row is one toggle inside its list item', () => {
    show('payment', ['app: YiPay', 'status: Payment successful', 'amount: ¥1,280.00', '---', 'Order number: 2406', 'Paid to: Youxuan'], { kind: 'select', selected: new Set(), onToggle: vi.fn() });
    const rows = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('button', { pressed: false }).textContent)).toEqual(['Order number2406', 'Paid toYouxuan']);
  });

  it('web: the address bar shows the full address first', () => {
    show('web', ['url: https://yitao.example.com.login.example.net/item', 'title: YiTao', '---', '# Flash sale', '[Buy now]', 'Only today']);
    const address = screen.getByText('https://yitao.example.com.login.example.net/item');
    expect(address.closest('.address-bar')).not.toBeNull();
    expect(screen.getByText('Flash sale').parentElement).toHaveClass('web-heading');
  });

  it('qr: a generated code and a preview of where it leads', async () => {
    show('qr', ['url: https://claim.example.com/refund', 'caption: Scan to claim your refund']);
    expect(screen.getByRole('img', { name: 'Scan to claim your refund' }).querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    expect(screen.getByRole('button', { name: 'Where this code leads' })).toHaveAccessibleDescription('Real address: https://claim.example.com/refund');
  });

  it('image: an image from content/media with its alt text', () => {
    show('image', ['src: receipt.png', 'alt: A bank receipt', 'caption: Sent by the buyer']);
    expect(screen.getByRole('img', { name: 'A bank receipt' })).toHaveAttribute('src', '/media/receipt.png');
    expect(screen.getByText('Sent by the buyer')).toBeInTheDocument();
  });
});

describe('links inside exhibits never navigate', () => {
  it('reveal their real address on focus and have no href', async () => {
    const { container } = show('chat', ['with: Shop', 'me: Me', '---', '14:02 Shop: Pay [here](https://pay.example.net/x)']);
    const link = screen.getByRole('button', { name: 'here' });
    expect(link).toHaveAccessibleDescription('Real address: https://pay.example.net/x');
    expect(container.querySelector('[href]')).toBeNull();
    await userEvent.tab();
    expect(link).toHaveFocus();
  });
});

describe('line modes', () => {
  const lines = ['with: Shop', 'me: Me', '---', '14:02 Shop: Price was wrong', '14:03 Shop: Pay here https://x.example.net {!look-alike-link}'];

  it('select: every line is a toggle button that reports its id', async () => {
    const onToggle = vi.fn();
    show('chat', lines, { kind: 'select', selected: new Set(['0-4']), onToggle });
    const toggles = screen.getAllByRole('button', { pressed: false }).concat(screen.getAllByRole('button', { pressed: true }));
    expect(toggles).toHaveLength(3);
    expect(screen.getByRole('button', { pressed: true })).toHaveTextContent('Pay here');
    await userEvent.click(screen.getByRole('button', { name: /Price was wrong/ }));
    expect(onToggle).toHaveBeenCalledWith('0-3');
  });

  it('review: red-flag lines are highlighted with the flag name and whether the student found them', () => {
    const { exhibit } = exhibitView('chat', lines);
    const flags = { '0-4': exhibit.body[1].flags };
    show('chat', lines, { kind: 'review', keyKind: 'red-flag', flags, selected: new Set(['0-3']) });
    const flagged = screen.getByText('Look-alike link').closest('li')!;
    expect(flagged).toHaveClass('flagged');
    expect(flagged).toHaveTextContent('you missed it');
    expect(screen.getByText(/Price was wrong/).closest('li')).toHaveTextContent('you marked it, but it is harmless');
  });
});
