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
  it('chat: conversation title, avatars, bubbles, and times between messages rather than on each', () => {
    show('chat', ['app: YiChat', 'with: Youxuan Digital', 'me: Me', '---', '14:02 Youxuan Digital: Hello', '14:03 Me: Hi', '14:20 Youxuan Digital: Still there?', '* Message recalled']);
    const phone = screen.getByRole('figure', { name: 'What you see on your phone' });
    expect(phone.querySelector('.app-bar-name')).toHaveTextContent('Youxuan Digital');
    expect(phone.querySelector('.app-bar-sub')).toHaveTextContent('YiChat');
    const items = within(phone).getAllByRole('listitem');
    expect(items.map((item) => item.className.split(' ')[0])).toEqual(['time-separator', 'message', 'message', 'time-separator', 'message', 'system-note']);
    expect(items[0]).toHaveTextContent('14:02');
    expect(items[3]).toHaveTextContent('14:20');
    expect(items[1].querySelector('.avatar')).toHaveTextContent('Y');
    expect(items[1]).toHaveTextContent('Youxuan Digital: Hello');
    expect(items[2]).toHaveClass('mine');
  });

  it('chat: the warning banner, and speaker names only in a group chat', () => {
    const { container } = show('chat', ['with: Bargain group (3)', 'me: Me', 'banner: This account is not your friend', '---', 'Ann: Hi', 'Bo: Hey']);
    expect(container.querySelector('.chat-banner')).toHaveTextContent('This account is not your friend');
    expect([...container.querySelectorAll('.message .speaker')].map((name) => name.textContent)).toEqual(['Ann', 'Bo']);
  });

  it('chat: cards for a product, a transfer, a red packet and a file; a link card hides its address until revealed', async () => {
    const { container } = show('chat', [
      'with: Shop',
      'me: Me',
      '---',
      'Shop: [product] Summer dress | ¥129.00',
      'Me: [transfer] ¥500.00 | Deposit',
      'Shop: [red-packet] Best wishes',
      'Shop: [file] Order list.apk | 8.6 MB',
      'Shop: [link] Refund desk | Tap to claim | https://yitao-refund.example.net/case/7',
    ]);
    expect([...container.querySelectorAll('.chat-card')].map((card) => card.className.replace('chat-card ', ''))).toEqual(['card-product', 'card-transfer', 'card-red-packet', 'card-file', 'card-link']);
    expect(container.querySelector('.card-transfer')).toHaveTextContent('¥500.00DepositYiChat transfer');
    expect(container.querySelector('.card-link')).not.toHaveTextContent('yitao-refund');
    await userEvent.click(screen.getByRole('button', { name: 'Where this link leads' }));
    expect(container.querySelector('.card-link .address-reveal')).toHaveTextContent('yitao-refund.example.net');
  });

  it('sms: the sender number heads the thread', () => {
    show('sms', ['from: 1069 0000 1234', '---', '09:30 Your order failed to pay']);
    expect(screen.getByText('1069 0000 1234')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['09:30', 'Your order failed to pay']);
  });

  it('call: the incoming-call screen with number, location and caller-ID tag, then the transcript', () => {
    const { container } = show('call', ['caller: 400-000-0001', 'location: Unknown location', 'label: Possible fraud', 'me: Me', 'duration: 03:17', '---', 'Agent: Your parcel is lost', 'Me: Oh no']);
    expect(screen.getByText('Incoming call')).toBeInTheDocument();
    expect(container.querySelector('.call-number')).toHaveTextContent('400-000-0001');
    expect(container.querySelector('.call-location')).toHaveTextContent('Unknown location');
    expect(container.querySelector('.call-label')).toHaveTextContent('Possible fraud');
    expect(container.querySelector('.call-actions')).toHaveTextContent('DeclineAnswer');
    expect(container.querySelector('.call-transcript-head')).toHaveTextContent('What was said · 03:17');
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

  it('payment: in line-marking mode status, amount and each row are marked one by one', () => {
    show('payment', ['app: YiPay', 'status: Payment successful', 'amount: ¥1,280.00', '---', 'Order number: 2406', 'Paid to: Youxuan'], { kind: 'select', selected: new Set(), onToggle: vi.fn() });
    expect(screen.getAllByRole('checkbox').map((box) => box.closest('label')!.textContent)).toEqual(['YiPay', 'Payment successful', '¥1,280.00', 'Order number2406', 'Paid toYouxuan']);
  });

  it('web: the address bar shows the full address first', () => {
    show('web', ['url: https://yitao.example.com.login.example.net/item', 'title: YiTao', '---', '# Flash sale', '[Buy now]', 'Only today']);
    const address = screen.getByText('https://yitao.example.com.login.example.net/item');
    expect(address.closest('.address-bar')).not.toBeNull();
    expect(screen.getByText('Flash sale').closest('.web-heading')).not.toBeNull();
  });

  it('qr: a generated code and a preview of where it leads', async () => {
    show('qr', ['url: https://claim.example.com/refund', 'caption: Scan to claim your refund']);
    expect(screen.getByRole('img', { name: 'Scan to claim your refund' }).querySelector('path')?.getAttribute('d')).toMatch(/^M\d/);
    const reveal = screen.getByRole('button', { name: 'Where this code leads' });
    expect(reveal).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(reveal);
    expect(reveal).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(reveal.getAttribute('aria-controls')!)).toHaveTextContent('Real addresshttps://claim.example.com/refundWebsite: claim.example.com');
  });

  it('image: an image from content/media with its alt text', () => {
    show('image', ['src: receipt.png', 'alt: A bank receipt', 'caption: Sent by the buyer']);
    expect(screen.getByRole('img', { name: 'A bank receipt' })).toHaveAttribute('src', '/media/receipt.png');
    expect(screen.getByText('Sent by the buyer')).toBeInTheDocument();
  });
});

describe('links inside exhibits never navigate', () => {
  it('reveal their full address, registrable domain emphasised, by click and by keyboard, and have no href', async () => {
    const { container } = show('chat', ['with: Shop', 'me: Me', '---', '14:02 Shop: Pay [here](https://m.yifu-jiedong.example.net/pay?id=7)']);
    const link = screen.getByRole('button', { name: 'here' });
    expect(container.querySelector('[href]')).toBeNull();
    const panel = document.getElementById(link.getAttribute('aria-controls')!)!;
    expect(panel).not.toBeVisible();
    await userEvent.tab();
    expect(link).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(panel).toBeVisible();
    expect(panel.querySelector('.address-full')).toHaveTextContent('https://m.yifu-jiedong.example.net/pay?id=7');
    expect(panel.querySelector('.address-full strong')).toHaveTextContent(/^yifu-jiedong\.example\.net$/);
    await userEvent.click(link);
    expect(panel).not.toBeVisible();
  });
});

describe('line modes', () => {
  const lines = ['with: Shop', 'me: Me', 'app: YiChat', '---', '~ Today 14:00', '14:02 Shop: Price was wrong', '14:03 Shop: Pay here https://x.example.net {!look-alike-link}'];

  it('select: each markable line is a check box named by its text; the time separator and the owner are not', async () => {
    const onToggle = vi.fn();
    show('chat', lines, { kind: 'select', selected: new Set(['0-6']), onToggle });
    const boxes = screen.getAllByRole('checkbox');
    expect(boxes.map((box) => box.closest('[data-line-id]')!.getAttribute('data-line-id'))).toEqual(['0-1', '0-3', '0-5', '0-6']);
    expect(screen.getByRole('checkbox', { checked: true })).toHaveAccessibleName(/Pay here/);
    await userEvent.click(screen.getByText('Price was wrong'));
    expect(onToggle).toHaveBeenCalledWith('0-5');
    await userEvent.click(screen.getByRole('checkbox', { name: /Price was wrong/ }));
    expect(onToggle).toHaveBeenCalledTimes(2);
  });

  it('select: revealing a link inside a markable line never marks the line', async () => {
    const onToggle = vi.fn();
    show('chat', lines, { kind: 'select', selected: new Set(), onToggle });
    const link = screen.getByRole('button', { name: 'https://x.example.net' });
    await userEvent.click(link);
    expect(link).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(screen.getByText('Real address'));
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(link).toHaveAttribute('aria-expanded', 'false');
    expect(onToggle).not.toHaveBeenCalled();
  });

  it('select: a touch tap on a line marks it, a tap on its link reveals', async () => {
    const onToggle = vi.fn();
    show('chat', lines, { kind: 'select', selected: new Set(), onToggle });
    const touch = userEvent.setup({ pointerEventsCheck: 0 });
    await touch.pointer({ keys: '[TouchA]', target: screen.getByText('Price was wrong') });
    expect(onToggle).toHaveBeenCalledWith('0-5');
    await touch.pointer({ keys: '[TouchA]', target: screen.getByRole('button', { name: 'https://x.example.net' }) });
    expect(onToggle).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'https://x.example.net' })).toHaveAttribute('aria-expanded', 'true');
  });

  it('review: red-flag lines are highlighted with the flag name and whether the student found them', () => {
    const { exhibit } = exhibitView('chat', lines);
    const flags = { '0-6': exhibit.body[2].flags };
    show('chat', lines, { kind: 'review', keyKind: 'red-flag', flags, selected: new Set(['0-5']) });
    const flagged = screen.getByText('Look-alike link').closest('li')!;
    expect(flagged).toHaveClass('flagged');
    expect(flagged).toHaveTextContent('you missed it');
    expect(screen.getByText(/Price was wrong/).closest('li')).toHaveTextContent('you marked it, but it is harmless');
  });
});
