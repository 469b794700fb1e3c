import { GIFT_FORMATS, type GiftFormat, type GiftRichText } from './gift-text';

/*
 * Reads GIFT, Moodle's question text format, the way Moodle's importer does
 * (question/format/gift/format.php): questions are separated by blank lines, lines starting with
 * `//` are comments, `$CATEGORY:` switches the category, `::title::` names a question, and the
 * answers sit between the first `{` and the first `}`. Unlike Moodle, every question this app
 * cannot take and every syntax error is reported with its line and column instead of being
 * skipped or guessed at. Messages are English prose for the admin reading the import's output,
 * like the content checker's.
 */

export type GiftPosition = { line: number; column: number };

/** `error`: the question was not imported; `warning`: it was, but something in it was lost or changed. */
export type GiftProblem = GiftPosition & { severity: 'error' | 'warning'; message: string };

export type GiftChoice = GiftPosition & {
  /** `=` marks the right answer of a single-choice question; `~` any other answer. */
  marker: '=' | '~';
  /** Moodle's grade for choosing it, in percent: 100 for `=`, `~%50%` is 50, a plain `~` is 0. */
  weight: number;
  text: GiftRichText;
  feedback?: GiftRichText;
};

type GiftQuestionBase = GiftPosition & {
  /** The `::title::`, if any. */
  title?: string;
  text: GiftRichText;
  generalFeedback?: GiftRichText;
  /** The `$CATEGORY:` in force, as written (`$course$/top/Phishing`). */
  category?: string;
  /** `[id:...]` and `[tag:...]` from the comments above the question, as Moodle reads them. */
  idNumber?: string;
  tags: string[];
};

export type GiftMultipleChoice = GiftQuestionBase & {
  type: 'multichoice';
  /** True when some answer is marked `=`: one right answer. Otherwise it is Moodle's "multiple answers". */
  single: boolean;
  choices: GiftChoice[];
};

export type GiftTrueFalse = GiftQuestionBase & {
  type: 'truefalse';
  answer: boolean;
  /** Shown to a student who answered wrong, and right (`{T#wrong#right}`). */
  wrongFeedback?: GiftRichText;
  rightFeedback?: GiftRichText;
};

export type GiftQuestion = GiftMultipleChoice | GiftTrueFalse;

export type ParsedGift = {
  questions: GiftQuestion[];
  problems: GiftProblem[];
  /** How many questions the file holds, imported or not (categories and comments do not count). */
  questionCount: number;
};

/** One character of a question block after escapes, with where it stands in the file. */
type Unit = GiftPosition & { char: string; escaped: boolean };

const SINGLE_ESCAPES = new Set(['~', '=', '#', '{', '}', ':']);

export function parseGift(source: string): ParsedGift {
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: GiftProblem[] = [];
  const questions: GiftQuestion[] = [];
  let questionCount = 0;
  let category: string | undefined;

  for (const block of splitBlocks(lines)) {
    const comments = block.filter((line) => line.text.startsWith('//')).map((line) => line.text);
    const content = block.filter((line) => !line.text.startsWith('//'));
    if (content.length === 0) continue;
    const units = toUnits(content);
    const at = content[0];

    if (textOf(units).startsWith('$CATEGORY:')) {
      const firstLine = units.filter((unit) => unit.line === at.line);
      category = textOf(firstLine).slice('$CATEGORY:'.length).trim();
      if (content.length > 1) {
        questionCount += 1;
        problems.push({
          severity: 'error',
          line: content[1].line,
          column: content[1].column,
          message: 'a blank line must follow the $CATEGORY line: Moodle would read this question as part of the category name, so it is not imported',
        });
      }
      continue;
    }

    questionCount += 1;
    const result = parseQuestion(units, { line: at.line, column: at.column });
    problems.push(...result.problems);
    if (result.question) {
      const { idNumber, tags } = readCommentTokens(comments);
      questions.push({ ...result.question, category, idNumber, tags } as GiftQuestion);
    }
  }
  return { questions, problems: sortProblems(problems), questionCount };
}

type SourceLine = { line: number; column: number; text: string };

/** Questions are separated by lines that are empty or hold only white space; lines are trimmed, as Moodle does. */
function splitBlocks(lines: string[]): SourceLine[][] {
  const blocks: SourceLine[][] = [];
  let current: SourceLine[] = [];
  lines.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') {
      if (current.length > 0) blocks.push(current);
      current = [];
      return;
    }
    current.push({ line: index + 1, column: raw.length - raw.trimStart().length + 1, text });
  });
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Resolves escapes: `\\` is a backslash, `\~ \= \# \{ \} \:` the character itself, `\n` a line break. */
function toUnits(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  lines.forEach((line, lineIndex) => {
    if (lineIndex > 0) units.push({ char: '\n', escaped: false, line: line.line, column: 0 });
    const chars = [...line.text];
    let offset = 0;
    for (let index = 0; index < chars.length; index += 1) {
      const char = chars[index];
      const column = line.column + offset;
      offset += 1;
      const next = chars[index + 1];
      if (char === '\\' && next !== undefined && (next === '\\' || next === 'n' || SINGLE_ESCAPES.has(next))) {
        units.push({ char: next === 'n' ? '\n' : next, escaped: true, line: line.line, column });
        index += 1;
        offset += 1;
      } else {
        units.push({ char, escaped: false, line: line.line, column });
      }
    }
  });
  return units;
}

function textOf(units: Unit[]): string {
  return units.map((unit) => unit.char).join('');
}

const isControl = (unit: Unit | undefined, char: string) => unit !== undefined && !unit.escaped && unit.char === char;
const findControl = (units: Unit[], char: string, from = 0) => units.findIndex((unit, index) => index >= from && isControl(unit, char));

function trimUnits(units: Unit[]): Unit[] {
  let start = 0;
  let end = units.length;
  while (start < end && /\s/.test(units[start].char) && !units[start].escaped) start += 1;
  while (end > start && /\s/.test(units[end - 1].char) && !units[end - 1].escaped) end -= 1;
  return units.slice(start, end);
}

/** Splits `units` at every unescaped occurrence of `char`, keeping the separator's position. */
function splitAt(units: Unit[], char: string): Unit[][] {
  const parts: Unit[][] = [[]];
  for (const unit of units) {
    if (isControl(unit, char)) parts.push([]);
    else parts[parts.length - 1].push(unit);
  }
  return parts;
}

/** Reads an optional `[moodle]`, `[html]`, `[plain]` or `[markdown]` prefix. */
function withFormat(units: Unit[], fallback: GiftFormat): GiftRichText {
  const text = textOf(trimUnits(units));
  const match = /^\[([a-z]+)\]/.exec(text);
  if (match && (GIFT_FORMATS as readonly string[]).includes(match[1])) {
    return { text: text.slice(match[0].length).trim(), format: match[1] as GiftFormat };
  }
  return { text: text.trim(), format: fallback };
}

type QuestionDraft = Omit<GiftMultipleChoice, 'category' | 'idNumber' | 'tags'> | Omit<GiftTrueFalse, 'category' | 'idNumber' | 'tags'>;

function parseQuestion(all: Unit[], start: GiftPosition): { question?: QuestionDraft; problems: GiftProblem[] } {
  const problems: GiftProblem[] = [];
  const fail = (position: GiftPosition, message: string) => {
    problems.push({ severity: 'error', line: position.line, column: position.column, message });
    return { problems };
  };
  let units = trimUnits(all);

  let title: string | undefined;
  if (isControl(units[0], ':') && isControl(units[1], ':')) {
    const close = units.findIndex((unit, index) => index >= 2 && isControl(unit, ':') && isControl(units[index + 1], ':'));
    if (close === -1) return fail(units[0], 'the title opened with "::" is never closed: write ::title:: before the question text, or escape a literal colon as \\:');
    title = textOf(units.slice(2, close)).trim() || undefined;
    units = trimUnits(units.slice(close + 2));
  }

  const open = findControl(units, '{');
  const close = findControl(units, '}');
  if (open === -1 && close === -1) {
    return fail(start, 'a description (text with no answers in { }) is not supported: it has nothing to answer, so it is not imported');
  }
  if (close === -1) {
    return fail(units[open], 'the answers opened with "{" here are never closed: add "}" after the last answer (a blank line inside the answers ends the question), or escape a literal brace as \\{');
  }
  if (open === -1 || close < open) {
    return fail(units[close], '"}" closes no answers: escape a literal brace as \\}');
  }
  const nested = findControl(units.slice(0, close), '{', open + 1);
  if (nested !== -1) return fail(units[nested], 'a second "{" inside the answers: close the answers with "}" first, or escape a literal brace as \\{');

  const after = units.slice(close + 1);
  const secondOpen = findControl(after, '{');
  if (secondOpen !== -1) {
    return fail(after[secondOpen], 'a second answer block: a question has one { } with its answers; put each question in its own paragraph');
  }
  if (textOf(after).trim() !== '') {
    const firstText = after.find((unit) => !/\s/.test(unit.char)) ?? after[0];
    return fail(firstText, 'the missing-word format (text after the answers, the answers standing in for a gap) is not supported: put the answers at the end of the question');
  }

  const text = withFormat(units.slice(0, open), 'moodle');
  let answer = units.slice(open + 1, close);
  let generalFeedback: GiftRichText | undefined;
  const separator = lastGeneralFeedbackSeparator(answer);
  if (separator !== -1) {
    generalFeedback = withFormat(answer.slice(separator + 4), text.format);
    answer = answer.slice(0, separator);
  }
  answer = trimUnits(answer);
  const base = { title, text, generalFeedback: generalFeedback?.text ? generalFeedback : undefined, line: start.line, column: start.column };
  const braceAt = units[open];

  if (answer.length === 0) return fail(braceAt, 'an essay question (empty { }) is not supported: ScamSense scores only choices');
  if (isControl(answer[0], '#')) return fail(answer[0], 'a numerical question ({#...}) is not supported: ScamSense scores only choices');
  if (findControl(answer, '~') !== -1) {
    const parsed = parseChoices(answer, text.format);
    if ('error' in parsed) return fail(parsed.error.at, parsed.error.message);
    return { question: { ...base, type: 'multichoice', single: parsed.choices.some((choice) => choice.marker === '='), choices: parsed.choices }, problems };
  }
  const answerText = textOf(answer);
  if (findControl(answer, '=') !== -1 && answerText.includes('->')) {
    return fail(braceAt, 'a matching question (=item -> match) is not supported: ScamSense has no matching questions');
  }
  const parts = splitAt(answer, '#');
  const truth = textOf(parts[0]).trim();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(truth)) {
    const wrongFeedback = parts.length > 1 ? withFormat(parts[1], text.format) : undefined;
    const rightFeedback = parts.length > 2 ? withFormat(joinWithHash(parts.slice(2)), text.format) : undefined;
    return { question: { ...base, type: 'truefalse', answer: truth.startsWith('T'), wrongFeedback: wrongFeedback?.text ? wrongFeedback : undefined, rightFeedback: rightFeedback?.text ? rightFeedback : undefined }, problems };
  }
  const hint = ['t', 'true', 'f', 'false'].includes(truth.toLowerCase()) ? ' (true/false is written {T}, {TRUE}, {F} or {FALSE}, in capitals)' : '';
  return fail(braceAt, `a short-answer question (answers without ~) is not supported: ScamSense scores only choices${hint}`);
}

/** Moodle splits true/false feedback into at most three parts; a third `#` stays in the right-answer feedback. */
function joinWithHash(parts: Unit[][]): Unit[] {
  return parts.flatMap((part, index) => (index === 0 ? part : [{ char: '#', escaped: true, line: 0, column: 0 }, ...part]));
}

/** Moodle takes the last `####` as the start of the general feedback. */
function lastGeneralFeedbackSeparator(units: Unit[]): number {
  for (let index = units.length - 4; index >= 0; index -= 1) {
    if ([0, 1, 2, 3].every((offset) => isControl(units[index + offset], '#'))) return index;
  }
  return -1;
}

const WEIGHT = /^%(-?\d{1,3}(?:\.\d+)?)%/;

function parseChoices(answer: Unit[], format: GiftFormat): { choices: GiftChoice[] } | { error: { at: GiftPosition; message: string } } {
  const choices: GiftChoice[] = [];
  const starts = answer.flatMap((unit, index) => (isControl(unit, '~') || isControl(unit, '=') ? [index] : []));
  const before = trimUnits(answer.slice(0, starts[0]));
  if (before.length > 0) {
    return { error: { at: before[0], message: 'text before the first answer: start every answer with = (right) or ~ (wrong), and escape a literal = or ~ as \\= or \\~' } };
  }
  for (const [position, start] of starts.entries()) {
    const marker = answer[start];
    const body = answer.slice(start + 1, starts[position + 1] ?? answer.length);
    let rest = trimUnits(body);
    let weight = marker.char === '=' ? 100 : 0;
    // Moodle reads a weight only after ~ in a multiple-choice question.
    if (marker.char === '~' && rest[0]?.char === '%') {
      const match = WEIGHT.exec(textOf(rest));
      if (!match) return { error: { at: rest[0], message: 'a weight is written ~%50% (a number from -100 to 100 between two % signs) right after the ~' } };
      weight = Number(match[1]);
      if (weight < -100 || weight > 100) return { error: { at: rest[0], message: `a weight of ${match[1]}% is outside -100% to 100%` } };
      rest = rest.slice([...match[0]].length);
    }
    const [answerUnits, ...feedbackParts] = splitAt(rest, '#');
    const text = withFormat(answerUnits, format);
    if (text.text === '') return { error: { at: marker, message: `an empty answer after "${marker.char}": write the answer's text, or remove the ${marker.char}` } };
    const feedback = feedbackParts.length > 0 ? withFormat(joinWithHash(feedbackParts), format) : undefined;
    choices.push({ marker: marker.char as '=' | '~', weight, text, feedback: feedback?.text ? feedback : undefined, line: marker.line, column: marker.column });
  }
  if (choices.length < 2) return { error: { at: answer[starts[0]], message: 'a multiple-choice question needs at least two answers' } };
  return { choices };
}

/** `[id:...]` and `[tag:...]` in the comments above a question (Moodle 3.6 and later); `\]` escapes a bracket. */
function readCommentTokens(comments: string[]): { idNumber?: string; tags: string[] } {
  const text = comments.join('\n');
  const idNumber = /\[id:((?:\\\]|[^\]\n])+)\]/.exec(text)?.[1].replace(/\\\]/g, ']').trim();
  const tags = [...text.matchAll(/\[tag:((?:\\\]|[^\]\n<>])+)\]/g)].map((match) => match[1].replace(/\\\]/g, ']').trim());
  return { idNumber: idNumber || undefined, tags };
}

function sortProblems(problems: GiftProblem[]): GiftProblem[] {
  return [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
}
