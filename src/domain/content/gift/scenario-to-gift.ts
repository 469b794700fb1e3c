import { formatWeight } from './gift-to-scenario';
import { escapeGift, htmlToPlainText, startsWithFormatName } from './gift-text';
import { GIFT_PHRASES } from './phrases';
import type { Exhibit, ExhibitLine } from '../exhibits';
import type { LocalizedScenario, QuizSet } from '../scenario';
import type { ContentQuestion } from '../schemas';
import type { RedFlag, TrustSignal } from '../taxonomy';
import type { Locale } from '../../shared/locales';

/*
 * Writes a quiz set as GIFT for Moodle, one language at a time. Every question of every scenario
 * becomes a GIFT question whose text is the scenario's story and exhibits as plain text, then the
 * prompt. The mapping (content/README.md, "Exporting to Moodle"):
 * - single: multiple choice, `=` for the answer and `~` for the others;
 * - multiple: multiple answers, each right option 100/k %, each wrong one -100/k %, which is our
 *   partial credit in Moodle's weights;
 * - verdict: true/false, True meaning scam (the prompt says so);
 * - spot: multiple answers over the lines a student could mark, weighted the same way;
 * - option explanations are each answer's feedback, the scenario's explanation and advice the
 *   general feedback.
 * Importing the file back gives the same questions (tests/unit/domain/content/gift).
 */

export type GiftExportLabels = {
  redFlag: (tag: RedFlag) => string;
  trustSignal: (tag: TrustSignal) => string;
};

export type GiftExportInput = {
  set: QuizSet;
  /** The set's scenarios in the set's order, in `locale`. */
  scenarios: LocalizedScenario[];
  locale: Locale;
  labels: GiftExportLabels;
};

export function exportSetAsGift({ set, scenarios, locale, labels }: GiftExportInput): string {
  const title = set.title[locale];
  const questionCount = scenarios.reduce((sum, scenario) => sum + scenario.questions.length, 0);
  const header = [
    `// ScamSense quiz set "${set.id}" (${locale}): ${oneLine(title)}`,
    `// ${oneLine(set.description[locale])}`,
    `// ${scenarios.length} scenarios, ${questionCount} questions.${set.draw ? ` In ScamSense each attempt draws ${set.draw} of the scenarios.` : ''}`,
    '// True/false questions ask whether it is a scam: True means scam, False genuine.',
    '// Multiple-answer weights follow ScamSense partial credit: each right answer 100/k %, each wrong one -100/k %.',
    '',
    `$CATEGORY: $course$/top/${oneLine(title).replace(/\//g, '／')}`,
  ].join('\n');
  const questions = scenarios.flatMap((scenario) => scenario.questions.map((question) => writeQuestion(scenario, question, locale, labels)));
  return `${[header, ...questions].join('\n\n')}\n`;
}

function writeQuestion(scenario: LocalizedScenario, question: ContentQuestion, locale: Locale, labels: GiftExportLabels): string {
  const phrases = GIFT_PHRASES[locale];
  const story = scenarioPlainText(scenario, locale);
  let prompt = question.prompt;
  if (question.type === 'verdict') prompt = `${prompt}${locale === 'zh-CN' ? '' : ' '}${phrases.trueFalseLegend}`;
  const text = [story, prompt].filter(Boolean).join('\n\n');
  const general = `\t####[markdown]${escapeGift(`${scenario.explanation}\n\n${scenario.advice}`)}`;
  const head = [`// ${oneLine(scenario.title)} (${scenario.id}, ${question.type})`, `::${escapeGift(`${scenario.id}/${question.id}`)}::[plain]${escapeGift(text)}`].join('\n');

  switch (question.type) {
    case 'single': {
      const answers = question.options.map((option) => {
        const marker = option.id === question.answer ? '=' : option.text.startsWith('%') ? '~%0%' : '~';
        return `\t${marker}${answerText(option.text)}#${answerText(option.explanation)}`;
      });
      return `${head}{\n${answers.join('\n')}\n${general}\n}`;
    }
    case 'multiple': {
      const weight = formatWeight(100 / question.answer.length);
      const answers = question.options.map((option) => {
        const sign = question.answer.includes(option.id) ? '' : '-';
        return `\t~%${sign}${weight}%${answerText(option.text)}#${answerText(option.explanation)}`;
      });
      return `${head}{\n${answers.join('\n')}\n${general}\n}`;
    }
    case 'verdict': {
      const isScam = question.answer === 'scam';
      const right = question.explanations[question.answer];
      const wrong = question.explanations[isScam ? 'legitimate' : 'scam'];
      return `${head}{${isScam ? 'TRUE' : 'FALSE'}#${answerText(wrong)}#${answerText(right)}\n${general}\n}`;
    }
    case 'spot': {
      const lines = scenario.exhibits.flatMap((exhibit) => renderExhibit(exhibit, locale).filter((line) => line.source?.markable));
      const isKey = (line: ExhibitLine) => (scenario.verdict === 'scam' ? line.flags.length > 0 : line.trust.length > 0);
      const keyCount = lines.filter((line) => isKey(line.source!)).length;
      const weight = formatWeight(100 / Math.max(1, keyCount));
      const answers = lines.map(({ text: lineText, source }) => {
        const key = isKey(source!);
        const tags = scenario.verdict === 'scam' ? source!.flags.map(labels.redFlag) : source!.trust.map(labels.trustSignal);
        const feedback = key ? `#${answerText(tags.join(locale === 'zh-CN' ? '，' : ', '))}` : '';
        return `\t~%${key ? '' : '-'}${weight}%${answerText(lineText)}${feedback}`;
      });
      return `${head}{\n${answers.join('\n')}\n${general}\n}`;
    }
  }
}

/** An answer or feedback: escaped, with a `[plain]` prefix when the text itself starts like a format name. */
function answerText(text: string): string {
  return `${startsWithFormatName(text) ? '[plain]' : ''}${escapeGift(text)}`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The story and exhibits of a scenario as plain text, blocks separated by blank lines. */
export function scenarioPlainText(scenario: LocalizedScenario, locale: Locale): string {
  return scenario.blocks
    .map((block) => (block.kind === 'prose' ? htmlToPlainText(block.html).text : renderExhibit(block.exhibit, locale).map((line) => line.text).join('\n')))
    .filter(Boolean)
    .join('\n\n');
}

type RenderedLine = { text: string; source?: ExhibitLine };

function lineText(line: ExhibitLine | undefined): string {
  if (!line) return '';
  return line.segments.map((segment) => (segment.kind === 'link' && segment.text !== segment.href ? `${segment.text} (${segment.href})` : segment.text)).join('');
}

/** Each line of an exhibit as the phone shows it, in words of the export's language. */
export function renderExhibit(exhibit: Exhibit, locale: Locale): RenderedLine[] {
  const labels = GIFT_PHRASES[locale].exhibit;
  const { header } = exhibit;
  const field = (key: string, render: (text: string) => string = (text) => text): RenderedLine[] => (header[key] ? [{ text: render(lineText(header[key])), source: header[key] }] : []);
  const separator = (text: string) => `— ${text} —`;
  const body = exhibit.body.map((line): RenderedLine => {
    const text = lineText(line);
    if (line.style === 'time') return { text: separator(text), source: line };
    if (line.style === 'system') return { text: `* ${text}`, source: line };
    if (line.style === 'button') return { text: `[${text}]`, source: line };
    const card = line.card ? `[${labels.cards[line.card.kind] ?? line.card.kind}] ` : '';
    const prefix = [line.time, line.speaker ? `${line.speaker}:` : line.label ? `${line.label}:` : undefined].filter(Boolean).join(' ');
    return { text: [prefix, `${card}${text}`].filter(Boolean).join(' '), source: line };
  });
  switch (exhibit.kind) {
    case 'chat':
      return [...field('app'), ...field('with'), ...field('banner'), ...body];
    case 'sms':
      return [...field('from', (text) => `${labels.sms}: ${text}`), ...field('time'), ...body];
    case 'call':
      return [...field('caller', (text) => `${labels.call}: ${text}`), ...field('location'), ...field('label'), ...field('duration'), ...body];
    case 'email':
      return [
        ...field('from', (text) => `${labels.from}: ${text}`),
        ...field('to', (text) => `${labels.to}: ${text}`),
        ...field('subject', (text) => `${labels.subject}: ${text}`),
        ...field('date', (text) => `${labels.date}: ${text}`),
        ...body,
      ];
    case 'payment':
      return [...field('app'), ...field('status'), ...field('amount'), ...body];
    case 'web':
      return [...field('url', (text) => `${labels.site}: ${text}`), ...field('title'), ...body];
    case 'qr':
      return [...field('url', (text) => `${labels.qr}: ${text}`), ...field('caption')];
    case 'image':
      return [{ text: `${labels.image}: ${lineText(header.alt)} (${lineText(header.src)})`, source: header.alt }, ...field('caption')];
  }
}

