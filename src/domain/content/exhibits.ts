import type { ContentIssue } from './issues';
import { parseInline, type InlineSegment } from './inline';
import { EXHIBIT_KINDS, RED_FLAGS, TRUST_SIGNALS, type ExhibitKind, type RedFlag, type TrustSignal } from './taxonomy';

/** One selectable line of an exhibit: a header field or a body line. */
export type ExhibitLine = {
  /** `<exhibit index>-<line number>`; identical in both languages of a scenario. */
  id: string;
  /** Header key ("from", "subject"...) for header lines. */
  field?: string;
  time?: string;
  speaker?: string;
  isMine?: boolean;
  /** Payment rows: the label left of the colon. */
  label?: string;
  style?: 'system' | 'heading' | 'button';
  segments: InlineSegment[];
  /** Red-flag tags marked with {!tag}; the answer key of a scam's spot questions. */
  flags: RedFlag[];
  /** Trust signals marked with {+tag}; the answer key of a legitimate scenario's spot questions. */
  trust: TrustSignal[];
};

export type Exhibit = {
  kind: ExhibitKind;
  index: number;
  header: Record<string, ExhibitLine>;
  body: ExhibitLine[];
};

type HeaderRule = { required: string[]; optional: string[]; hasBody: boolean };

const HEADER_RULES: Record<ExhibitKind, HeaderRule> = {
  chat: { required: ['with', 'me'], optional: ['app'], hasBody: true },
  sms: { required: ['from'], optional: ['time'], hasBody: true },
  call: { required: ['caller'], optional: ['label', 'me', 'duration'], hasBody: true },
  email: { required: ['from', 'to', 'subject'], optional: ['date'], hasBody: true },
  payment: { required: ['status', 'amount'], optional: ['app'], hasBody: true },
  web: { required: ['url'], optional: ['title'], hasBody: true },
  qr: { required: ['url'], optional: ['caption'], hasBody: false },
  image: { required: ['src', 'alt'], optional: ['caption'], hasBody: false },
};

export function isExhibitKind(value: string): value is ExhibitKind {
  return (EXHIBIT_KINDS as readonly string[]).includes(value);
}

const MARKER = /\s*\{([!+])([^}]*)\}\s*$/;
const TIME = '(\\d{1,2}:\\d{2})';
const SPEAKER_LINE = new RegExp(`^(?:${TIME}\\s+)?([^:：]{1,40}?)\\s*[:：]\\s*(.+)$`);
const TIMED_LINE = new RegExp(`^(?:${TIME}\\s+)?(.+)$`);
const LABEL_LINE = /^([^:：]{1,24}?)\s*[:：]\s*(.+)$/;

type RawBlock = { kind: string; lines: string[]; firstLine: number; index: number };

/** Parses one fenced exhibit block; `firstLine` is the file line of the block's first content line. */
export function parseExhibit(path: string, block: RawBlock): { exhibit?: Exhibit; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const report = (line: number, message: string) => issues.push({ path, line, column: 1, message });
  const fenceLine = block.firstLine - 1;
  if (!isExhibitKind(block.kind)) {
    report(fenceLine, `unknown exhibit kind "${block.kind || '(none)'}": start the block with one of ${EXHIBIT_KINDS.map((kind) => '```' + kind).join(', ')}`);
    return { issues };
  }
  const kind: ExhibitKind = block.kind;
  const rule = HEADER_RULES[kind];
  const separator = block.lines.findIndex((line) => line.trim() === '---');
  if (rule.hasBody && separator === -1) {
    report(fenceLine, `a ${block.kind} exhibit needs a "---" line between its header (key: value) and its body`);
    return { issues };
  }
  if (!rule.hasBody && separator !== -1) {
    report(block.firstLine + separator, `a ${block.kind} exhibit has a header only: remove the "---" line and everything after it`);
  }

  const exhibit: Exhibit = { kind, index: block.index, header: {}, body: [] };
  let lineNumber = 0;
  const headerEnd = separator === -1 ? block.lines.length : separator;
  block.lines.forEach((rawLine, offset) => {
    if (rawLine.trim() === '' || offset === separator) return;
    if (!rule.hasBody && separator !== -1 && offset > separator) return;
    lineNumber += 1;
    const fileLine = block.firstLine + offset;
    const { text, flags, trust } = takeMarker(rawLine.trim(), (message) => report(fileLine, message));
    const id = `${block.index}-${lineNumber}`;
    if (offset < headerEnd) {
      const match = LABEL_LINE.exec(text);
      const key = match?.[1].trim() ?? '';
      if (!match || !/^[a-z]+$/.test(key)) {
        report(fileLine, `header lines are "key: value" (e.g. "${rule.required[0]}: ..."); put a "---" line before the body`);
        return;
      }
      if (![...rule.required, ...rule.optional].includes(key)) {
        report(fileLine, `unknown ${block.kind} header "${key}": use ${[...rule.required, ...rule.optional].join(', ')}`);
        return;
      }
      if (exhibit.header[key]) report(fileLine, `header "${key}" appears twice; keep one`);
      exhibit.header[key] = { id, field: key, segments: parseInline(match[2].trim()), flags, trust };
      return;
    }
    const line = parseBodyLine(kind, text, exhibit.header.me ? plain(exhibit.header.me) : undefined);
    if (!line) {
      report(fileLine, bodyLineHint(kind));
      return;
    }
    exhibit.body.push({ id, ...line, flags, trust });
  });

  for (const key of rule.required) {
    if (!exhibit.header[key]) report(fenceLine, `a ${block.kind} exhibit needs a "${key}: ..." header line`);
  }
  if (rule.hasBody && exhibit.body.length === 0) report(fenceLine, `the ${block.kind} exhibit has no lines after "---"`);
  return issues.length > 0 ? { issues } : { exhibit, issues };
}

function plain(line: ExhibitLine): string {
  return line.segments.map((segment) => segment.text).join('');
}

function takeMarker(line: string, report: (message: string) => void): { text: string; flags: RedFlag[]; trust: TrustSignal[] } {
  const match = MARKER.exec(line);
  if (!match) return { text: line, flags: [], trust: [] };
  const isTrust = match[1] === '+';
  const tags = match[2].trim().split(/\s+/).filter(Boolean);
  const known: readonly string[] = isTrust ? TRUST_SIGNALS : RED_FLAGS;
  const accepted: string[] = [];
  if (tags.length === 0) report(isTrust ? 'empty trust marker "{+}": name a signal, e.g. {+official-sender}' : 'empty red-flag marker "{!}": name a tag, e.g. {!urgency}');
  for (const tag of tags) {
    if (known.includes(tag)) accepted.push(tag);
    else report(`unknown ${isTrust ? 'trust-signal' : 'red-flag'} tag "${tag}": use one of the tags listed in content/README.md`);
  }
  const text = line.slice(0, match.index).trimEnd();
  return isTrust ? { text, flags: [], trust: accepted as TrustSignal[] } : { text, flags: accepted as RedFlag[], trust: [] };
}

type BodyLine = Omit<ExhibitLine, 'id' | 'flags' | 'trust'>;

function parseBodyLine(kind: ExhibitKind, text: string, me: string | undefined): BodyLine | undefined {
  switch (kind) {
    case 'chat': {
      if (text.startsWith('* ')) return { style: 'system', segments: parseInline(text.slice(2).trim()) };
      const match = SPEAKER_LINE.exec(text);
      if (!match) return undefined;
      const speaker = match[2].trim();
      return { time: match[1], speaker, isMine: speaker === me, segments: parseInline(match[3]) };
    }
    case 'call': {
      const match = SPEAKER_LINE.exec(text);
      if (!match || match[1]) return undefined;
      const speaker = match[2].trim();
      return { speaker, isMine: speaker === me, segments: parseInline(match[3]) };
    }
    case 'sms': {
      const match = TIMED_LINE.exec(text);
      return match ? { time: match[1], segments: parseInline(match[2]) } : undefined;
    }
    case 'payment': {
      const match = LABEL_LINE.exec(text);
      if (match && !/^https?$/i.test(match[1])) return { label: match[1].trim(), segments: parseInline(match[2]) };
      return { segments: parseInline(text) };
    }
    case 'web': {
      if (text.startsWith('# ')) return { style: 'heading', segments: parseInline(text.slice(2).trim()) };
      const button = /^\[([^\]]+)\]$/.exec(text);
      if (button) return { style: 'button', segments: [{ kind: 'text', text: button[1] }] };
      return { segments: parseInline(text) };
    }
    default:
      return { segments: parseInline(text) };
  }
}

function bodyLineHint(kind: ExhibitKind): string {
  if (kind === 'chat') return 'chat lines are "HH:MM Name: text", "Name: text" or "* notice"';
  if (kind === 'call') return 'call lines are "Name: text" (no time)';
  return `cannot read this ${kind} line`;
}

/** Every line of an exhibit, header first, in display order. */
export function exhibitLines(exhibit: Exhibit): ExhibitLine[] {
  return [...Object.values(exhibit.header), ...exhibit.body];
}
