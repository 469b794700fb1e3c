import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exhibitLines, parseExhibit } from '@/domain/content/exhibits';
import { parseInline } from '@/domain/content/inline';
import { renderMarkdown, sanitizeContentHtml } from '@/domain/content/markdown';
import { parseScenarioFile } from '@/domain/content/parse-scenario';
import { joinCjkLines } from '@/domain/content/schemas';

const path = 'content/scenarios/relink-chat.zh-CN.md';
const text = readFileSync(`tests/fixtures/library/${path}`, 'utf8');

describe('parseScenarioFile', () => {
  it('reads front matter, prose and exhibits in reading order', () => {
    const { scenario, issues } = parseScenarioFile(path, text);
    expect(issues).toEqual([]);
    expect(scenario).toMatchObject({ id: 'relink-chat', locale: 'zh-CN', audience: 'buyer', channel: 'im-chat', verdict: 'scam', difficulty: 1 });
    expect(scenario!.blocks.map((block) => block.kind)).toEqual(['prose', 'exhibit']);
    expect(scenario!.questions.map((question) => question.type)).toEqual(['single', 'spot']);
  });

  it('numbers exhibit lines across header and body and keeps red-flag markers off the text', () => {
    const { scenario } = parseScenarioFile(path, text);
    const lines = exhibitLines(scenario!.exhibits[0]);
    expect(lines.map((line) => line.id)).toEqual(['0-1', '0-2', '0-3', '0-4', '0-5', '0-6', '0-7']);
    const flagged = lines.filter((line) => line.flags.length > 0);
    expect(flagged.map((line) => [line.id, line.flags])).toEqual([
      ['0-5', ['look-alike-link']],
      ['0-6', ['urgency']],
    ]);
    expect(JSON.stringify(lines)).not.toContain('{!');
  });

  it('parses chat lines into time, speaker and whose side they are on', () => {
    const { scenario } = parseScenarioFile(path, text);
    const [first, , , mine] = scenario!.exhibits[0].body;
    expect(first).toMatchObject({ time: '14:02', speaker: '优选数码', isMine: false });
    expect(mine).toMatchObject({ time: '14:05', speaker: '我', isMine: true });
  });
});

describe('exhibit kinds', () => {
  const parse = (kind: string, lines: string[]) => parseExhibit('x.md', { kind, lines, firstLine: 10, index: 0 });

  it.each([
    ['sms', ['from: 1069 0000 1111', '---', '09:30 您的订单异常'], { time: '09:30' }],
    ['call', ['caller: 400-000-0000', 'me: 我', '---', '客服: 您好'], { speaker: '客服', isMine: false }],
    ['email', ['from: a@example.com', 'to: b@example.com', 'subject: Paid', '---', 'Hello'], {}],
    ['payment', ['status: 支付成功', 'amount: ¥10', '---', '订单号: 123'], { label: '订单号' }],
    ['web', ['url: https://shop.example.com', '---', '# 限时特价', '[立即购买]'], { style: 'heading' }],
  ])('%s exhibits parse their body lines', (kind, lines, expected) => {
    const { exhibit, issues } = parse(kind, lines);
    expect(issues).toEqual([]);
    expect(exhibit!.body[0]).toMatchObject(expected);
  });

  it('qr and image exhibits have a header only', () => {
    expect(parse('qr', ['url: https://claim.example.com', 'caption: 扫码退款']).issues).toEqual([]);
    expect(parse('image', ['src: receipt.png', 'alt: 收据']).issues).toEqual([]);
    expect(parse('qr', ['caption: 扫码']).issues[0].message).toContain('needs a "url: ..." header line');
  });

  it('reports a chat line it cannot read, with its file line', () => {
    const { issues } = parse('chat', ['with: 店铺', 'me: 我', '---', 'no speaker here']);
    expect(issues).toContainEqual({ path: 'x.md', line: 13, column: 1, message: 'chat lines are "HH:MM Name: text", "Name: text", "Name: [card] fields", "* notice" or "~ time"' });
  });
});

describe('parseInline', () => {
  it('turns Markdown links and bare addresses into link segments and leaves punctuation outside', () => {
    expect(parseInline('点 [这里](https://a.example.com/x) 或 https://b.example.com/y.')).toEqual([
      { kind: 'text', text: '点 ' },
      { kind: 'link', text: '这里', href: 'https://a.example.com/x', parts: { before: 'https://', domain: 'a.example.com', after: '/x' } },
      { kind: 'text', text: ' 或 ' },
      { kind: 'link', text: 'https://b.example.com/y', href: 'https://b.example.com/y', parts: { before: 'https://', domain: 'b.example.com', after: '/y' } },
      { kind: 'text', text: '.' },
    ]);
  });
});

const DANGEROUS = [/<script/i, /<img/i, /<[^>]+\son\w+\s*=/i, /href\s*=\s*"?\s*javascript:/i];

describe('renderMarkdown', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror="alert(1)">',
    '[click](javascript:alert(1))',
    '<a href="#" onclick="steal()">x</a>',
    '[x](JaVaScRiPt:alert(1))',
  ])('never outputs a script, an event handler or a javascript: URL for %s', (source) => {
    const html = renderMarkdown(source);
    for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
  });

  it('the sanitiser strips dangerous HTML even when it reaches it directly', () => {
    const html = sanitizeContentHtml('<p onclick="x()">hi<img src=x onerror=alert(1)><script>alert(1)</script><a href="javascript:alert(1)">y</a></p>');
    for (const pattern of DANGEROUS) expect(html).not.toMatch(pattern);
    expect(html).toContain('hi');
  });

  it('keeps ordinary formatting', () => {
    expect(renderMarkdown('**先核实**，再付款')).toBe('<p><strong>先核实</strong>，再付款</p>\n');
  });
});

describe('joinCjkLines', () => {
  it.each([
    ['原路退回， 没有人联系你', '原路退回，没有人联系你'],
    ['打开易淘 App 查看', '打开易淘 App 查看'],
    ['Check the order. Then call', 'Check the order. Then call'],
  ])('%s -> %s', (input, expected) => {
    expect(joinCjkLines(input)).toBe(expected);
  });
});

describe('scenario ids the studio needs for its pages', () => {
  it('refuses "new", "import" and "sets" at the id, and accepts ids that only contain them', () => {
    const withId = (id: string) => parseScenarioFile(`content/scenarios/${id}.zh-CN.md`, text.replace('id: relink-chat', `id: ${id}`));
    expect(withId('import').issues).toEqual([
      expect.objectContaining({ line: 2, column: 5, message: expect.stringContaining('is a word the content studio uses for its own pages (new, import, sets)') }),
    ]);
    expect(withId('sets').scenario).toBeUndefined();
    expect(withId('new-sets-import').issues).toEqual([]);
  });
});
