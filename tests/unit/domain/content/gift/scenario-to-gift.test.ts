import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGift } from '@/domain/content/gift/gift-to-scenario';
import { parseGift, type GiftMultipleChoice, type GiftTrueFalse } from '@/domain/content/gift/parse-gift';
import { exportSetAsGift, scenarioPlainText, type GiftExportLabels } from '@/domain/content/gift/scenario-to-gift';
import { buildContentLibrary, type ContentLibrary } from '@/domain/content/library';
import type { LocalizedScenario, QuizSet } from '@/domain/content/scenario';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import { createTranslator } from '@/i18n/translate';
import en from '@/i18n/messages/en.json';
import zhCN from '@/i18n/messages/zh-CN.json';
import { readContentLibrary } from '@/server/content/read-files';

const catalogues = { 'zh-CN': zhCN, en } as Record<Locale, Record<string, string>>;
function labels(locale: Locale): GiftExportLabels {
  const translate = createTranslator(catalogues[locale]);
  return { redFlag: (tag) => translate(`redFlag.${tag}`), trustSignal: (tag) => translate(`trustSignal.${tag}`) };
}

function exportSet(library: ContentLibrary, set: QuizSet, locale: Locale): { text: string; scenarios: LocalizedScenario[] } {
  const scenarios = set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale[locale]);
  return { text: exportSetAsGift({ set, scenarios, locale, labels: labels(locale) }), scenarios };
}

const fixtureLibrary = readContentLibrary(resolve('tests/fixtures/library'));

describe('exportSetAsGift', () => {
  const { text } = exportSet(fixtureLibrary, fixtureLibrary.sets.get('fixture-set')!, 'en');
  const parsed = parseGift(text);

  it('writes a category for the set and one GIFT question per question, which Moodle-style parsing reads without a problem', () => {
    expect(text).toContain('\n$CATEGORY: $course$/top/Fixture set\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.questions.map((question) => [question.title, question.type, question.category])).toEqual([
      ['relink-chat/q1', 'multichoice', '$course$/top/Fixture set'],
      ['relink-chat/q2', 'multichoice', '$course$/top/Fixture set'],
      ['refund-call/q2', 'truefalse', '$course$/top/Fixture set'],
      ['refund-call/q1', 'multichoice', '$course$/top/Fixture set'],
      ['real-notice/q1', 'truefalse', '$course$/top/Fixture set'],
    ]);
  });

  it('shows the story and exhibit as plain text, then the prompt, escaped for GIFT', () => {
    const relink = fixtureLibrary.scenarios.get('relink-chat')!.byLocale.en;
    expect(scenarioPlainText(relink, 'en')).toBe(
      [
        'You just bought earphones and get a message.',
        '',
        'YiChat',
        'Youxuan Digital',
        '14:02 Youxuan Digital: Hi, the price was marked too high',
        '14:02 Youxuan Digital: Please buy again here https://yixuan-shop.example.com/item/1',
        '14:03 Youxuan Digital: The old order closes in ten minutes',
        '14:05 Me: OK',
      ].join('\n'),
    );
    const notice = fixtureLibrary.scenarios.get('real-notice')!.byLocale['zh-CN'];
    expect(scenarioPlainText(notice, 'zh-CN')).toBe(['易淘卖家中心', '买家已付款', '¥128.00', '订单号: 2026112300001', '时间: 2026-11-23 10:00', '', '二维码: https://yitao.example.com/order/2026112300001', '订单详情'].join('\n'));
    expect(text).toContain('::relink-chat/q1::[plain]You just bought earphones and get a message.\\n\\nYiChat\\nYouxuan Digital\\n14\\:02 Youxuan Digital\\: Hi');
  });

  it('writes single choice with = and ~, and option explanations as feedback', () => {
    const question = parsed.questions[0] as GiftMultipleChoice;
    expect(question.single).toBe(true);
    expect(question.choices.map((choice) => [choice.marker, choice.text.text, choice.feedback?.text])).toEqual([
      ['~', 'Follow the new link and buy it again', "The link is not the shop's page; the money goes to the scammer."],
      ['=', 'Check the order in the app', 'Right. The order in the platform is the truth.'],
    ]);
    expect(question.generalFeedback).toEqual({ format: 'markdown', text: 'A strange link plus a deadline is the classic re-buy scam.\n\nOpen the shopping app and check "My orders".' });
  });

  it('writes a spot question as multiple answers over the lines a student could mark, weighted by our partial credit', () => {
    const question = parsed.questions[1] as GiftMultipleChoice;
    expect(question.single).toBe(false);
    expect(question.choices.map((choice) => [choice.weight, choice.text.text, choice.feedback?.text])).toEqual([
      [-50, 'YiChat', undefined],
      [-50, 'Youxuan Digital', undefined],
      [-50, '14:02 Youxuan Digital: Hi, the price was marked too high', undefined],
      [50, '14:02 Youxuan Digital: Please buy again here https://yixuan-shop.example.com/item/1', 'Look-alike link'],
      [50, '14:03 Youxuan Digital: The old order closes in ten minutes', 'Pressure to hurry'],
      [-50, '14:05 Me: OK', undefined],
    ]);
  });

  it('writes a verdict as true/false, True meaning scam, with each verdict explanation as the feedback for that answer', () => {
    const notice = parsed.questions[4] as GiftTrueFalse;
    expect(notice.answer).toBe(false);
    expect(notice.text.text.endsWith('Can you trust this notice? (True means scam, False means genuine.)')).toBe(true);
    expect(notice.rightFeedback?.text).toBe('Right, the status in the platform is what counts.');
    expect(notice.wrongFeedback?.text).toBe('It is in the seller centre itself, not a screenshot someone sent.');
  });

  it('keeps text that looks like GIFT syntax as text', () => {
    const source = fixtureLibrary.scenarios.get('relink-chat')!.byLocale.en;
    const tricky: LocalizedScenario = {
      ...source,
      questions: [
        {
          id: 'q1',
          type: 'single',
          prompt: 'Pick {one} = ~ # : \\ // [html]',
          options: [
            { id: 'a', text: '[html]<b>not bold</b>', explanation: '%50% is not a weight' },
            { id: 'b', text: '%50% off', explanation: '#### is not general feedback' },
          ],
          answer: 'a',
        },
      ],
    };
    const gift = exportSetAsGift({ set: fixtureLibrary.sets.get('fixture-set')!, scenarios: [tricky], locale: 'en', labels: labels('en') });
    const [question] = parseGift(gift).questions as GiftMultipleChoice[];
    expect(question.text.text.endsWith('\n\nPick {one} = ~ # : \\ // [html]')).toBe(true);
    expect(question.choices.map((choice) => [choice.marker, choice.weight, choice.text, choice.feedback?.text])).toEqual([
      ['=', 100, { text: '[html]<b>not bold</b>', format: 'plain' }, '%50% is not a weight'],
      ['~', 0, { text: '%50% off', format: 'plain' }, '#### is not general feedback'],
    ]);
  });
});

describe('round trip: importing a set exported as GIFT gives the same questions', () => {
  const library = readContentLibrary(process.cwd());

  it.each(LOCALES.flatMap((locale) => [...library.sets.keys()].map((setId) => [setId, locale] as const)))('%s (%s)', (setId, locale) => {
    const { text, scenarios } = exportSet(library, library.sets.get(setId)!, locale);
    const back = importGift(text, { sourceName: `${setId}.gift`, locale });
    const drafts = buildContentLibrary(
      back.files.filter((file) => file.path.startsWith('content/scenarios/')),
      back.files.filter((file) => file.path.startsWith('content/sets/')),
    );
    // Weights are exactly our partial credit, so nothing is lost on the way; only a "mark the
    // lines" question with more lines than a question may have options is refused, and said so.
    expect(back.problems.filter((problem) => problem.severity === 'warning')).toEqual([]);
    expect(back.problems.every((problem) => problem.message.includes('ScamSense questions have 2 to 6 options'))).toBe(true);
    expect(back.scenarios.length + back.problems.length).toBe(back.questionCount);
    expect(back.sets.map((set) => set.title)).toEqual([library.sets.get(setId)!.title[locale].replace(/\//g, '／')]);

    for (const scenario of scenarios) {
      for (const question of scenario.questions) {
        if (question.type === 'spot') continue;
        const id = `${scenario.id}-${question.id}`;
        const imported = drafts.scenarios.get(id)?.byLocale[locale];
        expect(imported, id).toBeDefined();
        const again = imported!.questions[imported!.questions.length - 1];
        expect(again.prompt, id).toBe(question.prompt);
        if (question.type === 'verdict') {
          expect(again, id).toMatchObject({ type: 'verdict', answer: question.answer, explanations: question.explanations });
          expect(imported!.verdict, id).toBe(question.answer);
          continue;
        }
        expect(again.type, id).toBe(question.type);
        if (again.type !== 'single' && again.type !== 'multiple') continue;
        expect(again.options.map((option) => [option.text, option.explanation]), id).toEqual(question.options.map((option) => [option.text, option.explanation]));
        const keyIndexes = (options: { id: string }[], answer: string | string[]) => options.flatMap((option, index) => ([answer].flat().includes(option.id) ? [index] : []));
        expect(keyIndexes(again.options, again.answer), id).toEqual(keyIndexes(question.options, question.answer));
        expect(imported!.explanation, id).toContain(scenario.explanation.split('\n')[0].replace(/\*\*|`/g, '').slice(0, 20));
      }
    }
  });
});
