import type { Locale } from '../../shared/locales';

/*
 * Words that GIFT import and export write into content files, in each content language. They are
 * content, like a scenario's own text, not interface strings: drafts carry them until an admin
 * rewrites them, and exports carry them to Moodle.
 */

export type GiftPhrases = {
  /** The prompt of an imported question whose text is a single paragraph (the text becomes the exhibit). */
  defaultPrompt: { single: string; multiple: string; verdict: string };
  /** The neutral verdict decision put before an imported multiple-answer question. */
  decisionPrompt: string;
  /**
   * Said after a verdict question exported as true/false, since Moodle shows "True" and "False":
   * true stands for scam. Import removes it again.
   */
  trueFalseLegend: string;
  /** Placeholders for what our format requires and GIFT did not give; each starts with `todo`. */
  todo: string;
  rightOptionTodo: string;
  wrongOptionTodo: string;
  verdictTodo: string;
  explanationTodo: string;
  adviceTodo: string;
  /** Exhibit text of a question that had none. */
  emptyQuestion: string;
  /** Prefix of the title of a file whose words are still in the other language. */
  translateTitle: string;
  setDescription: (file: string) => string;
  /** Labels of the plain-text rendering of exhibits in an export. */
  exhibit: {
    sms: string;
    call: string;
    from: string;
    to: string;
    subject: string;
    date: string;
    site: string;
    qr: string;
    image: string;
    cards: Record<string, string>;
  };
};

export const GIFT_PHRASES: Record<Locale, GiftPhrases> = {
  'zh-CN': {
    defaultPrompt: { single: '选出最合适的一项。', multiple: '哪些选项是对的？', verdict: '上面的说法对吗？（选「诈骗」表示对，选「正常」表示错）' },
    decisionPrompt: '这是诈骗，还是正常情况？',
    trueFalseLegend: '（“对”表示诈骗，“错”表示正常）',
    todo: '待补充：',
    rightOptionTodo: '待补充：说明这个选项为什么对。',
    wrongOptionTodo: '待补充：说明这个选项为什么诱人，又为什么错。',
    verdictTodo: '待补充：说明选这个答案的人错在哪里或对在哪里。',
    explanationTodo: '待补充：用两到四句话说明哪个细节露出了破绽（或说明它为什么可信）。',
    adviceTodo: '待补充：遇到这种情况应该怎么做。',
    emptyQuestion: '（这道题没有题干）',
    translateTitle: '【待翻译】',
    setDescription: (file) => `从 Moodle 题库（GIFT 文件 ${file}）导入的草稿，待审核。`,
    exhibit: {
      sms: '短信',
      call: '来电',
      from: '发件人',
      to: '收件人',
      subject: '主题',
      date: '时间',
      site: '网站',
      qr: '二维码',
      image: '图片',
      cards: { product: '商品', order: '订单', link: '链接', transfer: '转账', 'red-packet': '红包', 'mini-program': '小程序', image: '图片', file: '文件' },
    },
  },
  en: {
    defaultPrompt: { single: 'Choose the best answer.', multiple: 'Which of these are right?', verdict: 'Is the statement above true? (Scam means true, Legitimate means false.)' },
    decisionPrompt: 'Is this a scam, or genuine?',
    trueFalseLegend: '(True means scam, False means genuine.)',
    todo: 'TODO: ',
    rightOptionTodo: 'TODO: say why this option is right.',
    wrongOptionTodo: 'TODO: say why this option is tempting, and why it is wrong.',
    verdictTodo: 'TODO: say why this answer is right or wrong.',
    explanationTodo: 'TODO: in two to four sentences, say which detail gives it away (or shows it is genuine).',
    adviceTodo: 'TODO: say what to do instead.',
    emptyQuestion: '(This question had no text.)',
    translateTitle: '[Translate] ',
    setDescription: (file) => `Drafts imported from a Moodle question bank (GIFT file ${file}), to be reviewed.`,
    exhibit: {
      sms: 'Text message',
      call: 'Incoming call',
      from: 'From',
      to: 'To',
      subject: 'Subject',
      date: 'Date',
      site: 'Web page',
      qr: 'QR code',
      image: 'Image',
      cards: { product: 'Product', order: 'Order', link: 'Link', transfer: 'Transfer', 'red-packet': 'Red packet', 'mini-program': 'Mini program', image: 'Photo', file: 'File' },
    },
  },
};

/** Every true/false legend, so an import recognises an export from either language. */
export const TRUE_FALSE_LEGENDS = Object.values(GIFT_PHRASES).map((phrases) => phrases.trueFalseLegend);
