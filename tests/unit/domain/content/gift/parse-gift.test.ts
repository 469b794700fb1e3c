import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGift, type GiftMultipleChoice, type GiftTrueFalse } from '@/domain/content/gift/parse-gift';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/gift', name), 'utf8');

describe('parseGift: a Chinese question bank saved on Windows (BOM, CRLF)', () => {
  const source = fixture('scam-awareness.zh-CN.gift');
  const { questions, problems, questionCount } = parseGift(source);
  const choice = (index: number) => questions[index] as GiftMultipleChoice;
  const truth = (index: number) => questions[index] as GiftTrueFalse;

  it('is really saved with a byte order mark and Windows line ends', () => {
    expect(source.startsWith('\uFEFF')).toBe(true);
    expect(source.split('\r\n').length).toBeGreaterThan(40);
  });

  it('reads every question, skipping comments and category lines, with no problem', () => {
    expect(problems).toEqual([]);
    expect(questionCount).toBe(7);
    expect(questions.map((question) => [question.type, question.line, question.title])).toEqual([
      ['multichoice', 9, 'Price relink'],
      ['multichoice', 19, 'Refund call red flags'],
      ['multichoice', 28, 'Escapes in a link'],
      ['truefalse', 38, 'Fake payment screenshot'],
      ['truefalse', 40, 'Real notice'],
      ['truefalse', 42, '短信验证码'],
      ['truefalse', 46, undefined],
    ]);
  });

  it('keeps the category in force, and the id and tags from the comments above a question', () => {
    expect(questions.slice(0, 3).map((question) => question.category)).toEqual(Array(3).fill('$course$/top/反诈训练/网购'));
    expect(questions.slice(3).map((question) => question.category)).toEqual(Array(4).fill('$course$/top/反诈训练/卖家'));
    expect(questions[0]).toMatchObject({ idNumber: 'relink-001', tags: ['网购', '改价'] });
    expect(questions[1]).toMatchObject({ idNumber: undefined, tags: [] });
  });

  it('reads a single-choice question: format, text over several lines, answers, feedback and general feedback', () => {
    const question = choice(0);
    expect(question.single).toBe(true);
    expect(question.text).toEqual({
      format: 'html',
      text: '<p>你刚在「优选数码旗舰店」买了耳机，收到消息：</p>\n<p>“亲，价格标错了，请点 https://yixuan-shop.example.com/item/8821 重新拍~”</p>\n<p>你会怎么做？</p>',
    });
    expect(question.choices).toEqual([
      { marker: '~', weight: 0, line: 12, column: 2, text: { text: '点开链接，按新价格重新拍下', format: 'html' }, feedback: { text: '链接不是原店铺的商品页，付款后钱进了骗子的口袋。', format: 'html' } },
      { marker: '=', weight: 100, line: 13, column: 2, text: { text: '去 App「我的订单」里核对原订单', format: 'html' }, feedback: { text: '正确。订单和价格只以平台里显示的为准。', format: 'html' } },
      { marker: '~', weight: 0, line: 14, column: 2, text: { text: '回复消息，让对方把链接再发一次', format: 'html' }, feedback: { text: '再发一次还是同一个假链接。', format: 'html' } },
    ]);
    expect(question.generalFeedback).toEqual({ text: '真正的商家改价会在原订单上操作，不会让你去陌生链接付款。', format: 'html' });
  });

  it('reads multiple answers with weights, ignoring a comment line between the answers', () => {
    const question = choice(1);
    expect(question.single).toBe(false);
    expect(question.text.format).toBe('moodle');
    expect(question.text.text).toBe('自称“平台客服”的人打来电话说：\n“您的订单出了问题，需要退款。请下载屏幕共享 App，再把短信验证码告诉我。”\n\n哪些说法是危险信号？');
    expect(question.choices.map((answer) => [answer.weight, answer.text.text, answer.line])).toEqual([
      [50, '让你下载屏幕共享 App', 20],
      [50, '索要短信验证码', 21],
      [-50, '提到了你最近的那笔订单', 23],
      [-50, '说要给你办理全额退款', 24],
    ]);
  });

  it('resolves every escape: \\~ \\= \\# \\{ \\} \\: \\\\ and \\n', () => {
    const question = choice(2);
    expect(question.text).toEqual({ format: 'plain', text: '短信写着：“账户异常{限时 24 小时}，登录 https://yitao-safe.example.net/login?id=7#top 解冻~”\n\n你会怎么做？' });
    expect(question.choices[2].feedback?.text).toBe('回复会让骗子知道这个号码有人在用: 别回。');
    expect(question.generalFeedback?.text).toBe('路径 C:\\Users 里的反斜杠也要转义：\\ 写成两个。');
  });

  it('reads {TRUE}, {F}, {T} and {FALSE} with wrong-answer, right-answer and general feedback', () => {
    expect(truth(3)).toMatchObject({
      answer: true,
      text: { format: 'plain', text: '买家发来一张“付款成功”的截图，订单后台却显示“待付款”。这是诈骗。' },
      wrongFeedback: { text: '后台显示待付款，钱并没有到账，截图可以伪造。' },
      rightFeedback: { text: '对：只以后台的订单状态为准。' },
      generalFeedback: { text: '不要凭截图发货，在卖家中心核对订单状态。' },
    });
    expect(truth(4)).toMatchObject({ answer: false, wrongFeedback: { text: '这条消息在 App 里面，没有链接，也没有要求付款。' }, rightFeedback: { text: '对：这是正常的发货通知。' }, generalFeedback: undefined });
    expect(truth(5)).toMatchObject({ answer: true, text: { format: 'markdown', text: '**客服**打电话来要短信验证码，\n说是为了“核实身份”。\n\n这是诈骗吗？' }, wrongFeedback: undefined, rightFeedback: undefined });
    expect(truth(6)).toMatchObject({ answer: false, title: undefined, wrongFeedback: undefined, generalFeedback: { text: '退款原路返回是平台的正常流程。' } });
  });
});

describe('parseGift: what ScamSense cannot take is reported at its line and column', () => {
  const { questions, problems, questionCount } = parseGift(fixture('moodle-samples.en.gift'));

  it('reports each unsupported construct and syntax error, and imports the rest', () => {
    expect(questionCount).toBe(19);
    expect(questions.map((question) => question.title)).toEqual(['Two right', 'Too many', 'Nothing right', 'Screenshot', 'Partial credit', 'Courier asks']);
    expect(problems.map((problem) => [problem.line, problem.column, problem.severity, problem.message.split(':')[0]])).toEqual([
      [7, 59, 'error', 'an essay question (empty { }) is not supported'],
      [10, 1, 'error', 'a description (text with no answers in { }) is not supported'],
      [13, 53, 'error', 'a short-answer question (answers without ~) is not supported'],
      [16, 61, 'error', 'a numerical question ({#...}) is not supported'],
      [19, 35, 'error', 'a matching question (=item -> match) is not supported'],
      [25, 65, 'error', 'the missing-word format (text after the answers, the answers standing in for a gap) is not supported'],
      [28, 36, 'error', 'a short-answer question (answers without ~) is not supported'],
      [31, 48, 'error', 'a second answer block'],
      [34, 33, 'error', 'the answers opened with "{" here are never closed'],
      [39, 58, 'error', '"}" closes no answers'],
      [51, 38, 'error', 'a weight is written ~%50% (a number from -100 to 100 between two % signs) right after the ~'],
      [54, 37, 'error', 'text before the first answer'],
      [80, 1, 'error', 'a blank line must follow the $CATEGORY line'],
    ]);
    expect(problems[6].message).toContain('true/false is written {T}, {TRUE}, {F} or {FALSE}, in capitals');
  });

  it('keeps the answer format prefixes [plain] and [html] of single answers and feedback', () => {
    const screenshot = questions[3] as GiftMultipleChoice;
    expect(screenshot.choices.map((answer) => [answer.text, answer.feedback])).toEqual([
      [{ text: 'Ship the goods now', format: 'html' }, { text: 'Sorry, check again.', format: 'html' }],
      [{ text: 'Check the seller centre', format: 'plain' }, { text: 'Yes, well done!', format: 'html' }],
      [{ text: 'Ask the buyer to pay again', format: 'html' }, { text: '<b>No</b>, that helps nobody.', format: 'html' }],
    ]);
    expect(screenshot.text.text).toContain('<img src="@@PLUGINFILE@@/paid.png" alt="Payment screenshot" />');
  });
});

describe('parseGift follows Moodle where files differ', () => {
  it('reads old Mac line ends and a literal backslash before an ordinary letter', () => {
    const { questions, problems } = parseGift('::A:: C\\:\\\\temp \\d {=yes ~no}\r\r::B::x{T}');
    expect(problems).toEqual([]);
    expect(questions.map((question) => question.text.text)).toEqual(['C:\\temp \\d', 'x']);
  });

  it('keeps a third # in the right-answer feedback of a true/false question, and an unknown [word] as text', () => {
    const [question] = parseGift('[note] Is it safe?{T#wrong#right # still right####general}').questions as GiftTrueFalse[];
    expect(question).toMatchObject({ text: { text: '[note] Is it safe?', format: 'moodle' }, wrongFeedback: { text: 'wrong' }, rightFeedback: { text: 'right # still right' }, generalFeedback: { text: 'general' } });
  });

  it('reads fractional and negative weights, and a weight-like text after = as text', () => {
    const [question] = parseGift('Q{~%33.33333%a ~%-100%b =%50%c}').questions as GiftMultipleChoice[];
    expect(question.choices.map((answer) => [answer.marker, answer.weight, answer.text.text])).toEqual([
      ['~', 33.33333, 'a'],
      ['~', -100, 'b'],
      ['=', 100, '%50%c'],
    ]);
  });

  it('reports a weight beyond 100% and a title that is never closed', () => {
    expect(parseGift('Q{~%150%a =b}').problems).toEqual([{ severity: 'error', line: 1, column: 4, message: 'a weight of 150% is outside -100% to 100%' }]);
    expect(parseGift('\n  ::Open title {=a ~b}').problems[0]).toMatchObject({ line: 2, column: 3, message: expect.stringContaining('the title opened with "::" is never closed') });
  });
});
