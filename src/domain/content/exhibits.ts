import type { ContentIssue } from './issues';
import { linkSegment, parseInline, type InlineSegment } from './inline';
import { drawQrCode, type QrDrawing } from './qr-drawing';
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
  /** `system`: a notice in a chat; `time`: a time separator; `heading`/`button`: web page parts. */
  style?: 'system' | 'time' | 'heading' | 'button';
  segments: InlineSegment[];
  /** A chat message shown as a card (product, order, link, transfer...) instead of a text bubble. */
  card?: ChatCard;
  /**
   * Whether a "mark the lines" question offers this line. Decided by the line's kind alone (never by
   * its markers), so which lines can be marked tells nothing about the answer.
   */
  markable: boolean;
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
  /** A QR exhibit's code, drawn from its `url` line. */
  qrCode?: QrDrawing;
};

export const CARD_KINDS = ['product', 'order', 'link', 'transfer', 'red-packet', 'mini-program', 'image', 'file'] as const;
export type CardKind = (typeof CARD_KINDS)[number];
export type ChatCard = { kind: CardKind; fields: InlineSegment[][] };

/** Fields of each card, separated by " | " in the message; the last ones may be left out. */
const CARD_FIELDS: Record<CardKind, { names: string[]; required: number }> = {
  product: { names: ['title', 'price', 'note'], required: 2 },
  order: { names: ['title', 'status', 'amount'], required: 2 },
  link: { names: ['title', 'description', 'address'], required: 2 },
  transfer: { names: ['amount', 'note'], required: 1 },
  'red-packet': { names: ['greeting'], required: 1 },
  'mini-program': { names: ['app', 'title', 'address'], required: 3 },
  image: { names: ['description'], required: 0 },
  file: { names: ['name', 'size'], required: 1 },
};

/** The same keywords as Chinese writers type them in a chat ("[图片]"), so both files read naturally. */
const CARD_ALIASES: Record<string, CardKind> = {
  商品: 'product',
  订单: 'order',
  链接: 'link',
  转账: 'transfer',
  红包: 'red-packet',
  小程序: 'mini-program',
  图片: 'image',
  文件: 'file',
};

type HeaderRule = { required: string[]; optional: string[]; hasBody: boolean };

const HEADER_RULES: Record<ExhibitKind, HeaderRule> = {
  chat: { required: ['with', 'me'], optional: ['app', 'banner'], hasBody: true },
  sms: { required: ['from'], optional: ['time'], hasBody: true },
  call: { required: ['caller'], optional: ['label', 'location', 'me', 'duration'], hasBody: true },
  email: { required: ['from', 'to', 'subject'], optional: ['date'], hasBody: true },
  payment: { required: ['status', 'amount'], optional: ['app'], hasBody: true },
  web: { required: ['url'], optional: ['title'], hasBody: true },
  qr: { required: ['url'], optional: ['caption'], hasBody: false },
  image: { required: ['src', 'alt'], optional: ['caption'], hasBody: false },
};

/**
 * Header fields that are chrome, not evidence: the phone owner's name, clock times and call length.
 * A student cannot mark them, so a marker on one is an error.
 */
const UNMARKABLE_FIELDS: Partial<Record<ExhibitKind, string[]>> = {
  chat: ['me'],
  sms: ['time'],
  call: ['me', 'duration'],
  email: ['date'],
};

export function isExhibitKind(value: string): value is ExhibitKind {
  return (EXHIBIT_KINDS as readonly string[]).includes(value);
}

const MARKER = /\s*\{([!+])([^}]*)\}\s*$/;
const TIME = '(\\d{1,2}:\\d{2})';
const SPEAKER_LINE = new RegExp(`^(?:${TIME}\\s+)?([^:：]{1,40}?)\\s*[:：]\\s*(.+)$`);
const TIMED_LINE = new RegExp(`^(?:${TIME}\\s+)?(.+)$`);
const CARD = /^\[([^\]\s]{1,16})\]\s*(.*)$/;
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
      const markable = !UNMARKABLE_FIELDS[kind]?.includes(key);
      if (!markable && flags.length + trust.length > 0) {
        report(fileLine, `the "${key}" line of a ${block.kind} exhibit cannot be marked by students: move the marker to the message or field that shows the evidence`);
      }
      exhibit.header[key] = { id, field: key, segments: parseInline(match[2].trim()), flags, trust, markable };
      return;
    }
    const line = parseBodyLine(kind, text, exhibit.header.me ? plain(exhibit.header.me) : undefined, (message) => report(fileLine, message));
    if (!line) {
      report(fileLine, bodyLineHint(kind));
      return;
    }
    const markable = line.style !== 'time';
    if (!markable && flags.length + trust.length > 0) report(fileLine, 'a time separator ("~ ...") cannot be marked by students: move the marker to a message');
    exhibit.body.push({ id, ...line, flags, trust, markable });
  });

  for (const key of rule.required) {
    if (!exhibit.header[key]) report(fenceLine, `a ${block.kind} exhibit needs a "${key}: ..." header line`);
  }
  if (rule.hasBody && exhibit.body.length === 0) report(fenceLine, `the ${block.kind} exhibit has no lines after "---"`);
  if (kind === 'qr' && exhibit.header.url) exhibit.qrCode = drawQrCode(plain(exhibit.header.url));
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

type BodyLine = Omit<ExhibitLine, 'id' | 'flags' | 'trust' | 'markable'>;

function parseBodyLine(kind: ExhibitKind, text: string, me: string | undefined, report: (message: string) => void): BodyLine | undefined {
  if ((kind === 'chat' || kind === 'sms') && text.startsWith('~ ')) return { style: 'time', segments: [{ kind: 'text', text: text.slice(2).trim() }] };
  switch (kind) {
    case 'chat': {
      if (text.startsWith('* ')) return { style: 'system', segments: parseInline(text.slice(2).trim()) };
      const match = SPEAKER_LINE.exec(text);
      if (!match) return undefined;
      const speaker = match[2].trim();
      const message = { time: match[1], speaker, isMine: speaker === me };
      const card = parseCard(match[3], report);
      return card ? { ...message, card, segments: card.fields.flatMap((field, index) => (index === 0 ? field : [{ kind: 'text' as const, text: ' · ' }, ...field])) } : { ...message, segments: parseInline(match[3]) };
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

/** `[kind] field | field`: a chat card; `undefined` for ordinary text (also after reporting a broken card). */
function parseCard(text: string, report: (message: string) => void): ChatCard | undefined {
  const match = CARD.exec(text.trim());
  if (!match) return undefined;
  const kind = CARD_ALIASES[match[1]] ?? match[1];
  if (!(CARD_KINDS as readonly string[]).includes(kind)) {
    // Brackets around other words ("[语音]", "[OK]") are ordinary text; a lower-case keyword is a typo.
    if (!/^[a-z][a-z-]*$/.test(kind)) return undefined;
    report(`unknown chat card "[${kind}]": use one of ${CARD_KINDS.map((name) => `[${name}]`).join(', ')}, or write the message without square brackets at its start`);
    return undefined;
  }
  const rule = CARD_FIELDS[kind as CardKind];
  const fields = match[2].trim() === '' ? [] : match[2].split('|').map((field) => field.trim());
  const usage = `[${kind}] ${rule.names.join(' | ')}`;
  if (fields.length < rule.required || fields.length > rule.names.length || fields.slice(0, rule.required).some((field) => field === '')) {
    report(`a [${kind}] card is "${usage}"${rule.required > 0 ? ` (the first ${rule.required} required)` : ''}`);
    return undefined;
  }
  const addressAt = rule.names.indexOf('address');
  if (addressAt !== -1 && fields[addressAt] !== undefined && !/^https?:\/\/\S+$/.test(fields[addressAt])) {
    report(`the address of a [${kind}] card must be a bare http(s):// address, e.g. https://shop.example.com/item/1`);
    return undefined;
  }
  return {
    kind: kind as CardKind,
    fields: fields.map((field, index) => (index === addressAt ? [linkSegment(field, field)] : parseInline(field))),
  };
}

function bodyLineHint(kind: ExhibitKind): string {
  if (kind === 'chat') return 'chat lines are "HH:MM Name: text", "Name: text", "Name: [card] fields", "* notice" or "~ time"';
  if (kind === 'call') return 'call lines are "Name: text" (no time)';
  return `cannot read this ${kind} line`;
}

/** Every line of an exhibit, header first, in display order. */
export function exhibitLines(exhibit: Exhibit): ExhibitLine[] {
  return [...Object.values(exhibit.header), ...exhibit.body];
}
