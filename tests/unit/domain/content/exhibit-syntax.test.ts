import { describe, expect, it } from 'vitest';
import { exhibitLines, parseExhibit } from '@/domain/content/exhibits';

const parse = (kind: string, lines: string[]) => parseExhibit('x.md', { kind, lines, firstLine: 10, index: 0 });

describe('chat cards', () => {
  it('reads product, order, link, transfer, red-packet and mini-program cards', () => {
    const { exhibit, issues } = parse('chat', [
      'with: 小周',
      'me: 我',
      '---',
      '15:02 小周: [product] 夏季连衣裙 | ¥129.00 | 包邮',
      '小周: [order] 夏季连衣裙 | 待发货',
      '小周: [link] 订单异常处理 | 点击办理退款 | https://yitao-refund.example.net/case/7',
      '我: [transfer] ¥500.00 | 定金',
      '小周: [red-packet] 恭喜发财',
      '小周: [mini-program] 易淘售后 | 极速退款通道 | https://mp.example.org/refund',
    ]);
    expect(issues).toEqual([]);
    const cards = exhibit!.body.map((line) => line.card);
    expect(cards.map((card) => card?.kind)).toEqual(['product', 'order', 'link', 'transfer', 'red-packet', 'mini-program']);
    expect(cards[0]!.fields.map((field) => field.map((segment) => segment.text).join(''))).toEqual(['夏季连衣裙', '¥129.00', '包邮']);
    expect(cards[2]!.fields[2]).toEqual([
      { kind: 'link', text: 'https://yitao-refund.example.net/case/7', href: 'https://yitao-refund.example.net/case/7', parts: { before: 'https://', domain: 'yitao-refund.example.net', after: '/case/7' } },
    ]);
    expect(exhibit!.body[3].isMine).toBe(true);
    // The flattened text keeps every field, for checks that compare lines as text.
    expect(exhibit!.body[0].segments.map((segment) => segment.text).join('')).toBe('夏季连衣裙 · ¥129.00 · 包邮');
  });

  it('reports an unknown card kind, a missing field and an address that is not one, at their lines', () => {
    const { exhibit, issues } = parse('chat', ['with: A', 'me: B', '---', 'A: [coupon] 50 off', 'A: [product] only a title', 'A: [link] Title | text | not-an-address']);
    expect(exhibit).toBeUndefined();
    expect(issues.map((issue) => issue.line)).toEqual([13, 14, 15]);
    expect(issues[0].message).toMatch(/unknown chat card "\[coupon\]".*\[product\]/);
    expect(issues[1].message).toMatch(/\[product\] title \| price \| note/);
    expect(issues[2].message).toMatch(/bare http\(s\):\/\/ address/);
  });

  it('leaves square brackets that are not a card keyword as text', () => {
    const { exhibit } = parse('chat', ['with: A', 'me: B', '---', 'A: [OK] 收到']);
    expect(exhibit!.body[0].card).toBeUndefined();
  });
});

describe('which lines a student can mark', () => {
  it('offers messages, names and fields, never the clock, call length or the owner', () => {
    const { exhibit } = parse('chat', ['with: 小周', 'me: 我', 'app: 易聊', 'banner: 对方不是你的好友', '---', '~ 今天 09:12', '* 对方撤回了一条消息', '小周: 在吗']);
    const markable = Object.fromEntries(exhibitLines(exhibit!).map((line) => [line.field ?? line.style ?? 'message', line.markable]));
    expect(markable).toEqual({ with: true, me: false, app: true, banner: true, time: false, system: true, message: true });
  });

  it('refuses a marker on a line students cannot mark', () => {
    const sms = parse('sms', ['from: 95000', 'time: 09:12 {!urgency}', '---', 'text']);
    expect(sms.issues[0]).toMatchObject({ line: 11, message: expect.stringMatching(/"time" line of a sms exhibit cannot be marked/) });
    const chat = parse('chat', ['with: A', 'me: B', '---', '~ 09:12 {!urgency}', 'A: hi']);
    expect(chat.issues[0]).toMatchObject({ line: 13, message: expect.stringMatching(/time separator/) });
  });

  it('reads the caller location of a call', () => {
    const { exhibit, issues } = parse('call', ['caller: 170 0000 5836', 'location: 未知归属地', '---', '来电: 您好']);
    expect(issues).toEqual([]);
    expect(exhibit!.header.location.markable).toBe(true);
  });
});

describe('image and file messages', () => {
  it('reads [image] and [file] cards, and their Chinese keywords', () => {
    const { exhibit, issues } = parse('chat', ['with: A', 'me: B', '---', 'A: [image] 付款截图', 'A: [图片]', 'A: [文件] 订单明细.apk | 8.6 MB', 'A: [语音] 0:12']);
    expect(issues).toEqual([]);
    expect(exhibit!.body.map((line) => line.card?.kind)).toEqual(['image', 'image', 'file', undefined]);
    expect(exhibit!.body[1].card!.fields).toEqual([]);
  });
});
