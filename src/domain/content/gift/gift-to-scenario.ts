import { Document, isNode } from 'yaml';
import { giftToPlainText, type GiftRichText } from './gift-text';
import { parseGift, type GiftChoice, type GiftPosition, type GiftProblem, type GiftQuestion } from './parse-gift';
import { GIFT_PHRASES, TRUE_FALSE_LEGENDS } from './phrases';
import { isError, type ContentIssue } from '../issues';
import { buildContentLibrary, type ContentFile } from '../library';
import type { Audience, Channel, Difficulty, RedFlag, TrustSignal, Verdict } from '../taxonomy';
import { LOCALES, type Locale } from '../../shared/locales';

/*
 * Turns each supported GIFT question into a draft scenario (both language files) and each
 * category into a draft set. The mapping is documented in content/README.md ("Importing from
 * Moodle"): what GIFT lacks is filled with the defaults and placeholders below, and each draft
 * says in a comment at its top what must be reviewed before it is published.
 */

/** What a draft gets for the fields GIFT has no equivalent for. */
export const DRAFT_DEFAULTS: { audience: Audience; channel: Channel; difficulty: Difficulty; redFlag: RedFlag; trustSignal: TrustSignal } = {
  audience: 'buyer',
  channel: 'web-page',
  difficulty: 2,
  redFlag: 'unsolicited-link',
  trustSignal: 'normal-process',
};

/** Where a draft's placeholder exhibit says it is: this prefix and the draft's id. */
export const DRAFT_URL_PREFIX = 'https://example.com/moodle/';

/** Our question types allow 2 to 6 options (content/README.md). */
const MAX_OPTIONS = 6;
const OPTION_IDS = ['a', 'b', 'c', 'd', 'e', 'f'];
/** Moodle stores grades with 7 decimals of a fraction; closer than this is the same weight. */
const WEIGHT_TOLERANCE = 0.01;

export type GiftImportOptions = {
  /** The GIFT file's name, quoted in drafts and set descriptions. */
  sourceName: string;
  /** The language the GIFT file is written in; the other language's files are copies marked for translation. */
  locale: Locale;
  /** Ids already used in the library; drafts get other ids so they can be copied in. */
  takenScenarioIds?: Iterable<string>;
  takenSetIds?: Iterable<string>;
};

/** A file to write below the output folder; `path` starts with `content/`, as in the library. */
export type DraftFile = ContentFile;

export type ImportedScenario = { id: string; line: number; type: 'single' | 'multiple' | 'verdict'; setId: string };
export type ImportedSet = { id: string; title: string; category?: string; scenarioIds: string[] };

export type GiftImport = {
  files: DraftFile[];
  scenarios: ImportedScenario[];
  sets: ImportedSet[];
  /** Problems in the GIFT file: every question not imported (error) and everything lost or changed (warning). */
  problems: GiftProblem[];
  /** What the content checker refuses in the drafts (e.g. a right option far longer than the wrong ones). */
  draftIssues: ContentIssue[];
  questionCount: number;
};

type DraftOption = { id: string; text: string; explanation?: string };
type DraftQuestion =
  | { type: 'single'; prompt?: string; options: DraftOption[]; answer: string }
  | { type: 'multiple'; prompt?: string; options: DraftOption[]; answer: string[] }
  | { type: 'verdict'; prompt?: string; explanations: { scam?: string; legitimate?: string }; placeholderDecision?: boolean };

type Draft = {
  id: string;
  title: string;
  verdict: Verdict;
  /** The GIFT question, after a placeholder verdict decision when it cannot be the decision itself. */
  questions: DraftQuestion[];
  exhibitLines: string[];
  explanation?: string;
  source: GiftQuestion;
  setId: string;
};

export function importGift(text: string, options: GiftImportOptions): GiftImport {
  const parsed = parseGift(text);
  const problems = [...parsed.problems];
  const takenIds = new Set(options.takenScenarioIds ?? []);
  const takenSetIds = new Set(options.takenSetIds ?? []);
  const sets = new Map<string, ImportedSet>();
  const drafts: Draft[] = [];

  parsed.questions.forEach((question, index) => {
    const result = toDraft(question);
    problems.push(...result.problems);
    if (!result.draft) return;
    const set = setFor(question.category, options.sourceName, sets, takenSetIds);
    // Chinese titles give no useful ASCII id: those questions are numbered instead.
    const id = uniqueId((!CJK.test(result.draft.title) && slugify(result.draft.title)) || `gift-${index + 1}`, takenIds);
    set.scenarioIds.push(id);
    drafts.push({ ...result.draft, id, setId: set.id, source: question });
  });

  const files = [
    ...drafts.flatMap((draft) => LOCALES.map((locale) => ({ path: `content/scenarios/${draft.id}.${locale}.md`, text: writeScenario(draft, locale, options) }))),
    ...[...sets.values()].map((set) => ({ path: `content/sets/${set.id}.md`, text: writeSet(set, options) })),
  ];
  const library = buildContentLibrary(
    files.filter((file) => file.path.startsWith('content/scenarios/')),
    files.filter((file) => file.path.startsWith('content/sets/')),
  );
  return {
    files,
    scenarios: drafts.map((draft) => ({ id: draft.id, line: draft.source.line, type: draft.questions[draft.questions.length - 1].type, setId: draft.setId })),
    sets: [...sets.values()],
    problems: [...problems].sort((a, b) => a.line - b.line || a.column - b.column),
    draftIssues: library.issues.filter(isError),
    questionCount: parsed.questionCount,
  };
}

type Problems = GiftProblem[];

/** Plain text of a GIFT text, reporting images and media it had to leave out. */
function plain(rich: GiftRichText, at: GiftPosition, where: string, problems: Problems): string {
  const { text, lost } = giftToPlainText(rich);
  for (const item of lost) {
    problems.push({ ...position(at), severity: 'warning', message: `the ${item} in ${where} is not imported (only text is): add it to the draft as an image exhibit with its file in content/media/` });
  }
  return text;
}

function position(at: GiftPosition): GiftPosition {
  return { line: at.line, column: at.column };
}

/** The explanation is Markdown in our format, so Markdown feedback stays as written. */
function markdownOrPlain(rich: GiftRichText, at: GiftPosition, where: string, problems: Problems): string {
  return rich.format === 'markdown' ? rich.text : plain(rich, at, where, problems);
}

function toDraft(question: GiftQuestion): { draft?: Omit<Draft, 'id' | 'setId' | 'source'>; problems: Problems } {
  const problems: Problems = [];
  const notImported = (at: GiftPosition, message: string) => ({ problems: [{ ...position(at), severity: 'error' as const, message }] });

  let text = plain(question.text, question, 'the question text', problems);
  if (question.type === 'truefalse') text = withoutLegend(text);
  const paragraphs = text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
  const prompt = paragraphs.length >= 2 ? oneLine(paragraphs.pop()!) : undefined;
  const exhibitLines = paragraphs.join('\n').split('\n').map((line) => line.trim()).filter(Boolean);
  const title = question.title ?? (shortTitle(exhibitLines[0] ?? prompt ?? '') || `GIFT line ${question.line}`);
  if (exhibitLines.length === 0 && question.title) exhibitLines.push(question.title);
  const explanation = question.generalFeedback ? markdownOrPlain(question.generalFeedback, question, 'the general feedback', problems) || undefined : undefined;
  const base = { title, exhibitLines, explanation };

  if (question.type === 'truefalse') {
    // True stands for scam: "This message is a scam. {T}". The draft's comment asks to check it.
    const feedbackFor = (pickedTrue: boolean) => {
      const rich = pickedTrue === question.answer ? question.rightFeedback : question.wrongFeedback;
      return rich ? plain(rich, question, 'the feedback', problems) || undefined : undefined;
    };
    return {
      draft: { ...base, verdict: question.answer ? 'scam' : 'legitimate', questions: [{ type: 'verdict', prompt, explanations: { scam: feedbackFor(true), legitimate: feedbackFor(false) } }] },
      problems,
    };
  }

  if (question.choices.length > MAX_OPTIONS) {
    return notImported(question.choices[MAX_OPTIONS], `this question has ${question.choices.length} answers; ScamSense questions have 2 to ${MAX_OPTIONS} options: drop answers or split the question`);
  }
  const options: DraftOption[] = [];
  for (const [index, choice] of question.choices.entries()) {
    const optionText = oneLine(plain(choice.text, choice, 'this answer', problems));
    if (!optionText) return notImported(choice, 'this answer has no text left once its image is removed: give it a text');
    const explanation = choice.feedback ? oneLine(plain(choice.feedback, choice, 'the feedback', problems)) || undefined : undefined;
    options.push({ id: OPTION_IDS[index], text: optionText, explanation });
  }

  if (question.single) {
    const right = question.choices.filter((choice) => choice.marker === '=');
    if (right.length > 1) {
      return notImported(right[1], 'more than one answer is marked "=": a ScamSense single-choice question has one right answer; keep one "=", or make it a multiple-answer question with weights (~%50%) and no "="');
    }
    for (const choice of question.choices) {
      if (choice.marker === '~' && choice.weight !== 0) {
        problems.push({
          ...position(choice),
          severity: 'warning',
          message:
            choice.weight > 0
              ? `Moodle gives ${formatWeight(choice.weight)}% for this answer, but a ScamSense single-choice question scores 1 or 0: it scores 0 here`
              : `Moodle takes off ${formatWeight(-choice.weight)}% for this answer, but a ScamSense single-choice question never goes below 0: it scores 0 here`,
        });
      }
    }
    const answer = OPTION_IDS[question.choices.indexOf(right[0])];
    return { draft: { ...base, verdict: 'scam', questions: [{ type: 'single', prompt, options, answer }] }, problems };
  }

  const keys = question.choices.flatMap((choice, index) => (choice.weight > 0 ? [OPTION_IDS[index]] : []));
  if (keys.length === 0) {
    return notImported(question.choices[0], 'no answer has a positive weight, so nothing is right: give the right answers a weight such as ~%50%');
  }
  problems.push(...weightProblems(question.choices, keys.length));
  // A multiple-answer question cannot be the decision (content/README.md): a verdict decision comes first.
  const decision: DraftQuestion = { type: 'verdict', explanations: {}, placeholderDecision: true };
  return { draft: { ...base, verdict: 'scam', questions: [decision, { type: 'multiple', prompt, options, answer: keys }] }, problems };
}

/**
 * Our partial credit (content/README.md): each right option chosen counts +1, each wrong one -1,
 * divided by the number of right options, never below 0. In Moodle's weights that is 100/k % for
 * each of the k right answers and -100/k % for each wrong one; every other weight is reported.
 */
function weightProblems(choices: GiftChoice[], rightCount: number): Problems {
  const share = 100 / rightCount;
  const shareText = formatWeight(share);
  return choices.flatMap((choice): Problems => {
    const expected = choice.weight > 0 ? share : -share;
    if (Math.abs(choice.weight - expected) < WEIGHT_TOLERANCE) return [];
    let message: string;
    if (choice.weight > 0) {
      message = `Moodle gives ${formatWeight(choice.weight)}% for this answer; ScamSense counts every right option the same, ${shareText}% each of ${rightCount}`;
    } else if (choice.weight === 0) {
      message = `choosing this wrong answer costs nothing in Moodle (0%); in ScamSense each wrong option chosen takes off as much as a right one gives (-${shareText}%)`;
    } else {
      message = `Moodle takes off ${formatWeight(-choice.weight)}% for this answer; in ScamSense each wrong option chosen takes off ${shareText}%`;
    }
    return [{ ...position(choice), severity: 'warning', message }];
  });
}

/** A weight as Moodle writes it: at most 5 decimals (33.33333), no trailing zeros. */
export function formatWeight(weight: number): string {
  return String(Number(weight.toFixed(5)));
}

function withoutLegend(text: string): string {
  const trimmed = text.trim();
  const legend = TRUE_FALSE_LEGENDS.find((candidate) => trimmed.endsWith(candidate));
  return legend ? trimmed.slice(0, -legend.length).trim() : trimmed;
}

function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ')
    .replace(/([\u2e80-\u9fff\u3000-\u303f\uff00-\uffef]) (?=[\u2e80-\u9fff\u3000-\u303f\uff00-\uffef])/g, '$1');
}

/** Moodle names an untitled question after the start of its text; so do we. */
function shortTitle(text: string): string {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length <= 40 ? chars.join('') : `${chars.slice(0, 40).join('')}…`;
}

/** Kebab-case id from a title: accents dropped, other letters (Chinese) left out. */
export function slugify(text: string, max = 80): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > max / 3 ? cut.slice(0, hyphen) : cut).replace(/-+$/, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let suffix = 2; taken.has(id); suffix += 1) id = `${base}-${suffix}`;
  taken.add(id);
  return id;
}

/** `$course$/top/Phishing/SMS` reads as "Phishing / SMS": Moodle's context and top levels are dropped. */
export function categoryTitle(category: string): string {
  return category
    .replace(/^\$[a-z0-9]+\$\/?/i, '')
    .replace(/^top(\/|$)/, '')
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' / ');
}

function setFor(category: string | undefined, sourceName: string, sets: Map<string, ImportedSet>, taken: Set<string>): ImportedSet {
  const key = category ?? '';
  const existing = sets.get(key);
  if (existing) return existing;
  const fileTitle = sourceName.replace(/^.*[\\/]/, '').replace(/\.(gift|txt)$/i, '');
  const title = (category && categoryTitle(category)) || fileTitle;
  const set: ImportedSet = { id: uniqueId(slugify(title) || slugify(fileTitle) || 'gift-import', taken), title, category, scenarioIds: [] };
  sets.set(key, set);
  return set;
}

const MARKER_LIKE = /\{([!+])/g;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/;

/** A line of exhibit text that our exhibit syntax would misread: a trailing {!tag} is kept as text. */
function guardLine(line: string): string {
  return /\{[!+][^}]*\}\s*$/.test(line) ? line.replace(MARKER_LIKE, '{\u200b$1') : line;
}

function fenceFor(lines: string[]): string {
  const longest = Math.max(0, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((match) => match[0].length))));
  return '`'.repeat(Math.max(3, longest + 1));
}

function kindName(question: GiftQuestion): string {
  if (question.type === 'truefalse') return 'true/false';
  return question.single ? 'multiple choice' : 'multiple answers';
}

function reviewComment(draft: Draft, locale: Locale, options: GiftImportOptions): string[] {
  const { source } = draft;
  const phrases = GIFT_PHRASES[locale];
  const marker = draft.verdict === 'scam' ? `{!${DRAFT_DEFAULTS.redFlag}}` : `{+${DRAFT_DEFAULTS.trustSignal}}`;
  const tags = draft.verdict === 'scam' ? 'redFlags' : 'trustSignals';
  const origin = [
    `Draft imported from ${options.sourceName} line ${source.line} (Moodle ${kindName(source)})`,
    source.category ? `, category "${source.category}"` : '',
    source.idNumber ? `, Moodle id "${source.idNumber}"` : '',
    source.tags.length > 0 ? `, Moodle tags ${source.tags.map((tag) => `"${tag}"`).join(', ')}` : '',
    '.',
  ].join('');
  const lines = [
    origin,
    'Review before copying it into content/:',
    `- verdict, ${tags} and the ${marker} marker on the exhibit's address are placeholders${source.type === 'truefalse' ? ' (True became scam, False legitimate)' : ''}: decide the verdict and mark the lines that show it;`,
    `- audience (${DRAFT_DEFAULTS.audience}), channel (${DRAFT_DEFAULTS.channel}) and difficulty (${DRAFT_DEFAULTS.difficulty}) are defaults;`,
    '- the exhibit is the question text on a plain web page: rebuild it as the chat, message, call or page it describes;',
    ...(draft.questions.length > 1 ? ['- q1 is a placeholder verdict decision: a multiple-answer question (q2) cannot be the decision, so it follows one;'] : []),
    `- every text starting with "${phrases.todo.trim()}" is a placeholder.`,
  ];
  if (locale !== options.locale) lines.push(`Translate this file: its words are copied from the ${options.locale} file.`);
  return lines;
}

function writeScenario(draft: Draft, locale: Locale, options: GiftImportOptions): string {
  const phrases = GIFT_PHRASES[locale];
  const isTranslation = locale !== options.locale;
  const optionsOf = (list: DraftOption[], keys: string[]) =>
    list.map((option) => ({ id: option.id, text: option.text, explanation: option.explanation ?? (keys.includes(option.id) ? phrases.rightOptionTodo : phrases.wrongOptionTodo) }));
  const written = draft.questions.map((question, index) => {
    const id = `q${index + 1}`;
    if (question.type === 'verdict') {
      return {
        id,
        type: 'verdict',
        prompt: question.prompt ?? (question.placeholderDecision ? phrases.decisionPrompt : phrases.defaultPrompt.verdict),
        answer: draft.verdict,
        explanations: { scam: question.explanations.scam ?? phrases.verdictTodo, legitimate: question.explanations.legitimate ?? phrases.verdictTodo },
      };
    }
    const keys = question.type === 'single' ? [question.answer] : question.answer;
    return { id, type: question.type, prompt: question.prompt ?? phrases.defaultPrompt[question.type], options: optionsOf(question.options, keys), answer: question.answer };
  });
  const frontMatter: Record<string, unknown> = {
    id: draft.id,
    title: isTranslation ? `${phrases.translateTitle}${draft.title}` : draft.title,
    audience: DRAFT_DEFAULTS.audience,
    channel: DRAFT_DEFAULTS.channel,
    verdict: draft.verdict,
    difficulty: DRAFT_DEFAULTS.difficulty,
    redFlags: draft.verdict === 'scam' ? [DRAFT_DEFAULTS.redFlag] : [],
    ...(draft.verdict === 'legitimate' ? { trustSignals: [DRAFT_DEFAULTS.trustSignal] } : {}),
    questions: written,
    explanation: draft.explanation ?? phrases.explanationTodo,
    advice: phrases.adviceTodo,
  };
  const document = new Document(frontMatter);
  for (const key of ['redFlags', 'trustSignals']) {
    const node = document.get(key, true);
    if (isNode(node)) (node as { flow?: boolean }).flow = true;
  }
  document.commentBefore = reviewComment(draft, locale, options)
    .map((line) => ` ${line}`)
    .join('\n');

  const marker = draft.verdict === 'scam' ? `{!${DRAFT_DEFAULTS.redFlag}}` : `{+${DRAFT_DEFAULTS.trustSignal}}`;
  const lines = (draft.exhibitLines.length > 0 ? draft.exhibitLines : [phrases.emptyQuestion]).map(guardLine);
  const header = [`url: ${DRAFT_URL_PREFIX}${draft.id} ${marker}`, ...(draft.title ? [`title: ${guardLine(oneLine(draft.title))}`] : [])];
  const fence = fenceFor(lines);
  const exhibit = [`${fence}web`, ...header, '---', ...lines, fence].join('\n');
  return `---\n${document.toString({ lineWidth: 0 })}---\n\n${exhibit}\n`;
}

function writeSet(set: ImportedSet, options: GiftImportOptions): string {
  const title = Object.fromEntries(LOCALES.map((locale) => [locale, locale === options.locale ? set.title : `${GIFT_PHRASES[locale].translateTitle}${set.title}`]));
  const description = Object.fromEntries(LOCALES.map((locale) => [locale, GIFT_PHRASES[locale].setDescription(options.sourceName.replace(/^.*[\\/]/, ''))]));
  const document = new Document({ id: set.id, title, description, scenarios: set.scenarioIds });
  document.commentBefore = ` Draft set for ${set.category ? `the Moodle category "${set.category}"` : `the questions of ${options.sourceName} without a category`}, imported from GIFT.`;
  return `---\n${document.toString({ lineWidth: 0 })}---\n`;
}
