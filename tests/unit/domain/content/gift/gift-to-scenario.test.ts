import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoryTitle, importGift, slugify } from '@/domain/content/gift/gift-to-scenario';
import { buildContentLibrary, type ContentFile } from '@/domain/content/library';
import type { LocalizedScenario } from '@/domain/content/scenario';

const fixture = (name: string) => readFileSync(resolve('tests/fixtures/gift', name), 'utf8');

/** Loads draft files with the library's own parser, as `npm run content:check -- <out>` does. */
function load(files: ContentFile[]) {
  const library = buildContentLibrary(
    files.filter((file) => file.path.startsWith('content/scenarios/')),
    files.filter((file) => file.path.startsWith('content/sets/')),
  );
  const scenario = (id: string, locale: 'zh-CN' | 'en' = 'zh-CN'): LocalizedScenario => library.scenarios.get(id)!.byLocale[locale];
  const exhibitText = (id: string, locale: 'zh-CN' | 'en' = 'zh-CN') =>
    scenario(id, locale).exhibits.flatMap((exhibit) => [...Object.values(exhibit.header), ...exhibit.body].map((line) => line.segments.map((segment) => segment.text).join('')));
  return { library, scenario, exhibitText };
}

describe('importGift: the Chinese question bank becomes draft scenarios the content checker accepts', () => {
  const result = importGift(fixture('scam-awareness.zh-CN.gift'), { sourceName: 'scam-awareness.zh-CN.gift', locale: 'zh-CN' });
  const { library, scenario, exhibitText } = load(result.files);

  it('imports every question, reports nothing, and writes both languages of each plus a set per category', () => {
    expect(result.problems).toEqual([]);
    expect(result.draftIssues).toEqual([]);
    expect(result.questionCount).toBe(7);
    expect(result.scenarios).toEqual([
      { id: 'price-relink', line: 9, type: 'single', setId: 'scam-awareness-zh-cn' },
      { id: 'refund-call-red-flags', line: 19, type: 'multiple', setId: 'scam-awareness-zh-cn' },
      { id: 'escapes-in-a-link', line: 28, type: 'single', setId: 'scam-awareness-zh-cn' },
      { id: 'fake-payment-screenshot', line: 38, type: 'verdict', setId: 'scam-awareness-zh-cn-2' },
      { id: 'real-notice', line: 40, type: 'verdict', setId: 'scam-awareness-zh-cn-2' },
      { id: 'gift-6', line: 42, type: 'verdict', setId: 'scam-awareness-zh-cn-2' },
      { id: 'gift-7', line: 46, type: 'verdict', setId: 'scam-awareness-zh-cn-2' },
    ]);
    expect(result.files.map((file) => file.path)).toHaveLength(7 * 2 + 2);
    expect(library.issues.filter((issue) => issue.severity !== 'warning')).toEqual([]);
    expect([...library.scenarios.keys()]).toHaveLength(7);
    expect([...library.sets.values()].map((set) => [set.id, set.title, set.scenarioIds])).toEqual([
      ['scam-awareness-zh-cn', { 'zh-CN': '反诈训练 / 网购', en: '[Translate] 反诈训练 / 网购' }, ['price-relink', 'refund-call-red-flags', 'escapes-in-a-link']],
      ['scam-awareness-zh-cn-2', { 'zh-CN': '反诈训练 / 卖家', en: '[Translate] 反诈训练 / 卖家' }, ['fake-payment-screenshot', 'real-notice', 'gift-6', 'gift-7']],
    ]);
  });

  it('turns multiple choice into a single-choice decision: options, key, feedback as explanations, general feedback as explanation', () => {
    const draft = scenario('price-relink');
    expect(draft).toMatchObject({ title: 'Price relink', audience: 'buyer', channel: 'web-page', verdict: 'scam', difficulty: 2, redFlags: ['unsolicited-link'], trustSignals: [] });
    expect(draft.questions).toEqual([
      {
        id: 'q1',
        type: 'single',
        prompt: '你会怎么做？',
        options: [
          { id: 'a', text: '点开链接，按新价格重新拍下', explanation: '链接不是原店铺的商品页，付款后钱进了骗子的口袋。' },
          { id: 'b', text: '去 App「我的订单」里核对原订单', explanation: '正确。订单和价格只以平台里显示的为准。' },
          { id: 'c', text: '回复消息，让对方把链接再发一次', explanation: '再发一次还是同一个假链接。' },
        ],
        answer: 'b',
      },
    ]);
    expect(draft.explanation).toBe('真正的商家改价会在原订单上操作，不会让你去陌生链接付款。');
    expect(draft.advice).toBe('待补充：遇到这种情况应该怎么做。');
    // The question text is a plain web page; the last paragraph became the prompt.
    expect(draft.exhibits.map((exhibit) => exhibit.kind)).toEqual(['web']);
    expect(exhibitText('price-relink')).toEqual([
      'https://example.com/moodle/price-relink',
      'Price relink',
      '你刚在「优选数码旗舰店」买了耳机，收到消息：',
      '“亲，价格标错了，请点 https://yixuan-shop.example.com/item/8821 重新拍~”',
    ]);
    expect(draft.exhibits[0].header.url.flags).toEqual(['unsolicited-link']);
  });

  it('writes the other language as a copy marked for translation, with its placeholders in that language', () => {
    const english = scenario('price-relink', 'en');
    expect(english.title).toBe('[Translate] Price relink');
    expect(english.questions).toEqual(scenario('price-relink').questions);
    expect(english.advice).toBe('TODO: say what to do instead.');
    const file = result.files.find((candidate) => candidate.path === 'content/scenarios/price-relink.en.md')!.text;
    expect(file).toContain('# Translate this file: its words are copied from the zh-CN file.');
    expect(file).toContain('# Draft imported from scam-awareness.zh-CN.gift line 9 (Moodle multiple choice), category "$course$/top/反诈训练/网购", Moodle id "relink-001", Moodle tags "网购", "改价".');
  });

  it('puts a placeholder verdict decision before multiple answers, whose key is the positively weighted answers', () => {
    const draft = scenario('refund-call-red-flags');
    expect(draft.questions[0]).toEqual({
      id: 'q1',
      type: 'verdict',
      prompt: '这是诈骗，还是正常情况？',
      answer: 'scam',
      explanations: { scam: '待补充：说明选这个答案的人错在哪里或对在哪里。', legitimate: '待补充：说明选这个答案的人错在哪里或对在哪里。' },
    });
    expect(draft.questions[1]).toMatchObject({ id: 'q2', type: 'multiple', prompt: '哪些说法是危险信号？', answer: ['a', 'b'] });
    expect(draft.questions[1].type === 'multiple' && draft.questions[1].options.map((option) => option.text)).toEqual(['让你下载屏幕共享 App', '索要短信验证码', '提到了你最近的那笔订单', '说要给你办理全额退款']);
    expect(draft.explanation).toBe('待补充：用两到四句话说明哪个细节露出了破绽（或说明它为什么可信）。');
    expect(exhibitText('refund-call-red-flags').slice(2)).toEqual(['自称“平台客服”的人打来电话说：', '“您的订单出了问题，需要退款。请下载屏幕共享 App，再把短信验证码告诉我。”']);
  });

  it('keeps escaped characters as text in the exhibit and the explanations', () => {
    expect(exhibitText('escapes-in-a-link')[2]).toBe('短信写着：“账户异常{限时 24 小时}，登录 https://yitao-safe.example.net/login?id=7#top 解冻~”');
    const question = scenario('escapes-in-a-link').questions[0];
    expect(question.type === 'single' && question.options[2].explanation).toBe('回复会让骗子知道这个号码有人在用: 别回。');
    expect(scenario('escapes-in-a-link').explanation).toBe('路径 C:\\Users 里的反斜杠也要转义：\\ 写成两个。');
  });

  it('turns true/false into a verdict decision: True is scam, each answer gets the feedback Moodle shows for it', () => {
    expect(scenario('fake-payment-screenshot')).toMatchObject({
      verdict: 'scam',
      questions: [{ type: 'verdict', answer: 'scam', prompt: '上面的说法对吗？（选「诈骗」表示对，选「正常」表示错）', explanations: { scam: '对：只以后台的订单状态为准。', legitimate: '后台显示待付款，钱并没有到账，截图可以伪造。' } }],
      explanation: '不要凭截图发货，在卖家中心核对订单状态。',
    });
    expect(scenario('real-notice')).toMatchObject({
      verdict: 'legitimate',
      redFlags: [],
      trustSignals: ['normal-process'],
      questions: [{ type: 'verdict', answer: 'legitimate', explanations: { scam: '这条消息在 App 里面，没有链接，也没有要求付款。', legitimate: '对：这是正常的发货通知。' } }],
    });
    expect(scenario('real-notice').exhibits[0].header.url.trust).toEqual(['normal-process']);
    // Markdown: emphasis dropped, wrapped lines joined, the last paragraph is the prompt.
    expect(scenario('gift-6')).toMatchObject({ title: '短信验证码', questions: [{ prompt: '这是诈骗吗？', answer: 'scam' }] });
    expect(exhibitText('gift-6').slice(2)).toEqual(['客服打电话来要短信验证码，说是为了“核实身份”。']);
    // No title: named after the start of its text, numbered as its id.
    expect(scenario('gift-7')).toMatchObject({ title: '在易淘 App 里申请退货，退款原路退回你的付款账户。这是诈骗。', verdict: 'legitimate', explanation: '退款原路返回是平台的正常流程。' });
  });

  it('gives ids the library already uses a suffix', () => {
    const again = importGift(fixture('scam-awareness.zh-CN.gift'), { sourceName: 'x.gift', locale: 'en', takenScenarioIds: ['price-relink'], takenSetIds: ['scam-awareness-zh-cn'] });
    expect(again.scenarios[0].id).toBe('price-relink-2');
    expect(again.sets.map((set) => set.id)).toEqual(['x', 'x-2']);
    // Written in English on the command line: the English file holds the GIFT words unmarked.
    const { scenario: english } = load(again.files);
    expect(english('price-relink-2', 'en').title).toBe('Price relink');
    expect(english('price-relink-2', 'zh-CN').title).toBe('【待翻译】Price relink');
  });
});

describe('importGift: losses are reported, each at its line', () => {
  const result = importGift(fixture('moodle-samples.en.gift'), { sourceName: 'moodle-samples.en.gift', locale: 'en' });
  const { scenario, exhibitText } = load(result.files);

  it('imports the supported questions and reports the rest as errors and the losses as warnings', () => {
    expect(result.scenarios.map((draft) => [draft.id, draft.line, draft.type])).toEqual([
      ['screenshot', 57, 'single'],
      ['partial-credit', 64, 'single'],
      ['courier-asks', 72, 'multiple'],
    ]);
    expect(result.draftIssues).toEqual([]);
    expect(result.problems.filter((problem) => problem.severity === 'error').map((problem) => problem.line)).toEqual([7, 10, 13, 16, 19, 25, 28, 31, 34, 39, 42, 45, 48, 51, 54, 80]);
    expect(result.problems.filter((problem) => problem.severity === 'warning')).toEqual([
      { severity: 'warning', line: 57, column: 1, message: 'the image @@PLUGINFILE@@/paid.png in the question text is not imported (only text is): add it to the draft as an image exhibit with its file in content/media/' },
      { severity: 'warning', line: 66, column: 5, message: 'Moodle gives 50% for this answer, but a ScamSense single-choice question scores 1 or 0: it scores 0 here' },
      { severity: 'warning', line: 68, column: 5, message: 'Moodle takes off 25% for this answer, but a ScamSense single-choice question never goes below 0: it scores 0 here' },
      { severity: 'warning', line: 75, column: 5, message: 'choosing this wrong answer costs nothing in Moodle (0%); in ScamSense each wrong option chosen takes off as much as a right one gives (-50%)' },
      { severity: 'warning', line: 76, column: 5, message: 'Moodle takes off 100% for this answer; in ScamSense each wrong option chosen takes off 50%' },
    ]);
    expect(result.problems.find((problem) => problem.line === 42)?.message).toContain('more than one answer is marked "="');
    expect(result.problems.find((problem) => problem.line === 45)).toMatchObject({ column: 65, message: expect.stringContaining('this question has 7 answers') });
    expect(result.problems.find((problem) => problem.line === 48)?.message).toContain('no answer has a positive weight');
  });

  it('turns HTML into plain text: paragraphs, the image by its description, formatting dropped', () => {
    expect(exhibitText('screenshot', 'en').slice(2)).toEqual(['A buyer sends this:', '(Payment screenshot)']);
    expect(scenario('screenshot', 'en').questions[0]).toMatchObject({
      prompt: 'What do you do?',
      options: [
        { text: 'Ship the goods now', explanation: 'Sorry, check again.' },
        { text: 'Check the seller centre', explanation: 'Yes, well done!' },
        { text: 'Ask the buyer to pay again', explanation: 'No, that helps nobody.' },
      ],
      answer: 'b',
    });
  });

  it('fills a missing answer feedback with a placeholder and keeps an untitled single paragraph as the exhibit', () => {
    const courier = scenario('courier-asks', 'en');
    expect(courier.questions[1]).toMatchObject({ prompt: 'Which of these are right?', answer: ['a', 'b'] });
    expect(courier.questions[1].type === 'multiple' && courier.questions[1].options.map((option) => option.explanation)).toEqual([
      'TODO: say why this option is right.',
      'TODO: say why this option is right.',
      'TODO: say why this option is tempting, and why it is wrong.',
      'TODO: say why this option is tempting, and why it is wrong.',
    ]);
    expect(exhibitText('courier-asks', 'en').slice(2)).toEqual(['Which of these does a real courier never ask for?']);
  });
});

describe('importGift: mapping details', () => {
  it('accepts Moodle weights that are our partial credit, thirds written as Moodle writes them', () => {
    const result = importGift('Which?{~%33.33333%aaaa ~%33.33333%bbbb ~%33.33333%cccc ~%-33.33333%dddd}', { sourceName: 'w.gift', locale: 'en' });
    expect(result.problems).toEqual([]);
    expect(result.scenarios[0].type).toBe('multiple');
  });

  it('reports a draft the content checker would refuse, at its line in the draft', () => {
    const result = importGift('::Long::Which?{=Open the app yourself and check the order status there ~Pay ~Reply}', { sourceName: 'l.gift', locale: 'en' });
    expect(result.problems).toEqual([]);
    expect(result.draftIssues.map((issue) => [issue.path, issue.message.split(':')[0]])).toEqual([
      ['content/scenarios/long.en.md', '"questions[0].answer" the correct option is 13.50x as long as the wrong ones on average (at most 1.3x)'],
      ['content/scenarios/long.zh-CN.md', '"questions[0].answer" the correct option is 13.50x as long as the wrong ones on average (at most 1.3x)'],
    ]);
  });

  it('keeps exhibit text that looks like a marker as text', () => {
    const result = importGift('Type this: \\{!urgency\\}\\n\\nWhat is this?{=a scam ~a game}', { sourceName: 'm.gift', locale: 'en' });
    const { library, exhibitText } = load(result.files);
    expect(library.issues.filter((issue) => issue.severity !== 'warning')).toEqual([]);
    expect(exhibitText(result.scenarios[0].id, 'en')[2]).toBe('Type this: {\u200b!urgency}');
  });

  it('slugs titles and reads category paths', () => {
    expect(slugify('Jesus\' hometown: Café — Ünïcode!')).toBe('jesus-hometown-cafe-unicode');
    expect(slugify('a'.repeat(50) + ' ' + 'b'.repeat(50))).toBe('a'.repeat(50));
    expect(categoryTitle('$course$/top/Default for Scams/Phishing')).toBe('Default for Scams / Phishing');
    expect(categoryTitle('$system$/top')).toBe('');
  });
});
