import type { Channel } from '../content/taxonomy';
import type { Locale } from '../shared/locales';
import type { DraftFiles } from './draft-check';

/*
 * Starting points for a new scenario, one per channel: a short scam with one exhibit, a decision,
 * a "mark the lines" follow-up, an explanation and advice, in both languages, that pass the
 * checker as they are. Authors replace the words; the structure shows the format.
 */

export const TEMPLATE_CHANNELS = ['im-chat', 'sms', 'phone-call', 'email', 'web-page', 'payment-screenshot', 'qr-code'] as const satisfies readonly Channel[];
export type TemplateChannel = (typeof TEMPLATE_CHANNELS)[number];

type Words = { title: string; story: string; exhibit: string };

const EXHIBITS: Record<TemplateChannel, Record<Locale, Words>> = {
  'im-chat': {
    'zh-CN': {
      title: '聊天里的「客服」催你点链接',
      story: '小林在易淘买了一件外套。第二天，易聊里来了一条消息。',
      exhibit: ['```chat', 'with: 易淘官方客服 {!impersonation}', 'me: 小林', '---', '10:02 易淘官方客服: 您的订单出现异常，请在 30 分钟内点击链接处理 https://yitao-help.example.net/fix {!impersonation unsolicited-link urgency}', '10:03 小林: 哪里异常？', '```'].join('\n'),
    },
    en: {
      title: 'A "customer service" chat hurries you to a link',
      story: 'Xiao Lin bought a coat on YiTao. The next day a message arrives in YiChat.',
      exhibit: ['```chat', 'with: YiTao Official Service {!impersonation}', 'me: Xiao Lin', '---', '10:02 YiTao Official Service: Your order has a problem. Tap the link within 30 minutes to fix it https://yitao-help.example.net/fix {!impersonation unsolicited-link urgency}', '10:03 Xiao Lin: What problem?', '```'].join('\n'),
    },
  },
  sms: {
    'zh-CN': {
      title: '短信说订单异常，附一个链接',
      story: '小林刚在易淘下单，手机收到一条短信。',
      exhibit: ['```sms', 'from: 170 0000 1234 {!impersonation}', 'time: 10:02', '---', '10:02 【易淘】您的订单异常，请 30 分钟内点击 https://yitao-help.example.net/fix 处理。 {!impersonation unsolicited-link urgency}', '```'].join('\n'),
    },
    en: {
      title: 'A text says the order has a problem, with a link',
      story: 'Xiao Lin has just ordered on YiTao when a text message arrives.',
      exhibit: ['```sms', 'from: 170 0000 1234 {!impersonation}', 'time: 10:02', '---', '10:02 [YiTao] Your order has a problem. Tap https://yitao-help.example.net/fix within 30 minutes to fix it. {!impersonation unsolicited-link urgency}', '```'].join('\n'),
    },
  },
  'phone-call': {
    'zh-CN': {
      title: '来电自称客服，要你马上处理订单',
      story: '小林刚在易淘下单，接到一个电话。',
      exhibit: ['```call', 'caller: 170 0000 1234 {!impersonation}', 'location: 未知归属地', 'me: 小林', '---', '来电者: 我是易淘客服，您的订单异常，30 分钟内不处理就会被冻结。 {!impersonation urgency}', '小林: 要怎么处理？', '来电者: 我发您一个链接，您按提示操作就行。 {!unsolicited-link}', '```'].join('\n'),
    },
    en: {
      title: 'A caller says they are customer service and you must act now',
      story: 'Xiao Lin has just ordered on YiTao when the phone rings.',
      exhibit: ['```call', 'caller: 170 0000 1234 {!impersonation}', 'location: Unknown location', 'me: Xiao Lin', '---', 'Caller: This is YiTao customer service. Your order has a problem and will be frozen unless you act within 30 minutes. {!impersonation urgency}', 'Xiao Lin: What do I have to do?', 'Caller: I will send you a link; just follow the steps. {!unsolicited-link}', '```'].join('\n'),
    },
  },
  email: {
    'zh-CN': {
      title: '邮件说订单异常，让你点链接',
      story: '小林刚在易淘下单，邮箱里来了一封邮件。',
      exhibit: ['```email', 'from: 易淘客服 <service@yitao-help.example.net> {!impersonation}', 'to: xiaolin@example.com', 'subject: 您的订单异常，请 30 分钟内处理 {!urgency}', '---', '您好，您的订单出现异常，请点击 https://yitao-help.example.net/fix 处理。 {!unsolicited-link}', '```'].join('\n'),
    },
    en: {
      title: 'An e-mail says the order has a problem and asks you to click',
      story: 'Xiao Lin has just ordered on YiTao when an e-mail arrives.',
      exhibit: ['```email', 'from: YiTao Service <service@yitao-help.example.net> {!impersonation}', 'to: xiaolin@example.com', 'subject: Your order has a problem: act within 30 minutes {!urgency}', '---', 'Hello, your order has a problem. Please click https://yitao-help.example.net/fix to fix it. {!unsolicited-link}', '```'].join('\n'),
    },
  },
  'web-page': {
    'zh-CN': {
      title: '网页说订单异常，要你重新登录',
      story: '小林点开一个链接，看到这个页面。',
      exhibit: ['```web', 'url: https://yitao-help.example.net/fix {!impersonation}', 'title: 易淘订单中心', '---', '# 您的订单异常', '请在 30 分钟内重新登录并验证银行卡，否则订单将被取消。 {!urgency}', '[立即验证]', '```'].join('\n'),
    },
    en: {
      title: 'A web page says the order has a problem and asks you to sign in',
      story: 'Xiao Lin opens a link and sees this page.',
      exhibit: ['```web', 'url: https://yitao-help.example.net/fix {!impersonation}', 'title: YiTao order centre', '---', '# Your order has a problem', 'Sign in again and verify your bank card within 30 minutes, or the order is cancelled. {!urgency}', '[Verify now]', '```'].join('\n'),
    },
  },
  'payment-screenshot': {
    'zh-CN': {
      title: '买家发来「已付款」截图，催你先发货',
      story: '小林在易淘卖一台旧相机。买家在易聊里发来一张付款截图。',
      exhibit: ['```payment', 'app: 易付', 'status: 支付成功 {!fake-payment-proof}', 'amount: ¥ 1,200.00', '---', '收款方: 小林', '备注: 钱已付，请 30 分钟内发货 {!urgency}', '```'].join('\n'),
    },
    en: {
      title: 'A buyer sends a "paid" screenshot and hurries you to ship',
      story: 'Xiao Lin is selling an old camera on YiTao. The buyer sends a payment screenshot in YiChat.',
      exhibit: ['```payment', 'app: YiPay', 'status: Payment successful {!fake-payment-proof}', 'amount: ¥ 1,200.00', '---', 'Payee: Xiao Lin', 'Note: Paid, please ship within 30 minutes {!urgency}', '```'].join('\n'),
    },
  },
  'qr-code': {
    'zh-CN': {
      title: '传单上的二维码说扫码领退款',
      story: '小林的快递里夹着一张传单。',
      exhibit: ['```qr', 'url: https://yitao-help.example.net/refund {!unsolicited-link}', 'caption: 订单异常？扫码 30 分钟内领取退款 {!urgency}', '```'].join('\n'),
    },
    en: {
      title: 'A flyer QR code promises a refund',
      story: "A flyer lies in Xiao Lin's parcel.",
      exhibit: ['```qr', 'url: https://yitao-help.example.net/refund {!unsolicited-link}', 'caption: Order problem? Scan within 30 minutes to claim your refund {!urgency}', '```'].join('\n'),
    },
  },
};

/** The red flags each template marks, in the order the front matter lists them. */
const RED_FLAGS_OF: Record<TemplateChannel, string[]> = {
  'im-chat': ['impersonation', 'unsolicited-link', 'urgency'],
  sms: ['impersonation', 'unsolicited-link', 'urgency'],
  'phone-call': ['impersonation', 'urgency', 'unsolicited-link'],
  email: ['impersonation', 'urgency', 'unsolicited-link'],
  'web-page': ['impersonation', 'urgency'],
  'payment-screenshot': ['fake-payment-proof', 'urgency'],
  'qr-code': ['unsolicited-link', 'urgency'],
};

const QUESTIONS: Record<Locale, string> = {
  'zh-CN': `questions:
  - id: q1
    type: single
    prompt: 你会怎么做？
    options:
      - id: follow
        text: 马上按对方说的去做，以免误事
        explanation: 对方催得越急，越要停下来。按他说的做，正是骗子想要的。
      - id: check-app
        text: 先打开官方 App 自己核实一下
        explanation: 正确。真假只看官方 App 里的记录，消息里的话谁都能说。
      - id: ask
        text: 回复对方，让他证明自己的身份
        explanation: 骗子准备好了各种「证明」。回复只会让对话继续下去。
      - id: forward
        text: 转发给朋友，问问他们怎么看
        explanation: 朋友也看不出真假，还可能点开链接。自己去官方 App 核实最可靠。
    answer: check-app
  - id: q2
    type: spot
    prompt: 标出让你做出判断的那几行。`,
  en: `questions:
  - id: q1
    type: single
    prompt: What do you do?
    options:
      - id: follow
        text: Do what they ask at once, so nothing goes wrong
        explanation: The more they hurry you, the more you should stop. Doing what they ask is exactly what a scammer wants.
      - id: check-app
        text: First check it yourself in the official app
        explanation: Correct. Only the records in the official app tell what is true; anyone can write a message.
      - id: ask
        text: Reply and ask them to prove who they are
        explanation: Scammers have every kind of "proof" ready. Replying only keeps the conversation going.
      - id: forward
        text: Forward it to a friend and ask what they think
        explanation: A friend cannot tell either, and may tap the link. Checking the official app yourself is what settles it.
    answer: check-app
  - id: q2
    type: spot
    prompt: Mark the lines that decided it.`,
};

const CLOSING: Record<Locale, { explanation: string; advice: string }> = {
  'zh-CN': { explanation: '对方冒充平台、催你限时处理，还要你离开官方渠道。真正的平台只在官方 App 里处理订单。', advice: '不点链接、不回复。打开官方 App 查看订单状态，有问题只找 App 里的客服。' },
  en: { explanation: 'They pose as the platform, set a deadline and pull you away from official channels. The real platform handles orders only in its official app.', advice: 'Do not tap the link or reply. Open the official app, check the order there, and contact only the service in the app.' },
};

/** Both language files of a new scenario from the channel's template, with the given id. */
export function scenarioTemplate(channel: TemplateChannel, id: string): DraftFiles {
  const file = (locale: Locale) => {
    const words = EXHIBITS[channel][locale];
    return [
      '---',
      `id: ${id}`,
      `title: ${JSON.stringify(words.title)}`,
      'audience: buyer',
      `channel: ${channel}`,
      'verdict: scam',
      'difficulty: 1',
      `redFlags: [${RED_FLAGS_OF[channel].join(', ')}]`,
      QUESTIONS[locale],
      `explanation: ${JSON.stringify(CLOSING[locale].explanation)}`,
      `advice: ${JSON.stringify(CLOSING[locale].advice)}`,
      '---',
      '',
      words.story,
      '',
      words.exhibit,
      '',
    ].join('\n');
  };
  return { 'zh-CN': file('zh-CN'), en: file('en') };
}
