/*
 * Trainers type times in their own time zone; the database keeps UTC instants. These helpers
 * convert between a wall-clock "YYYY-MM-DDTHH:mm" (what <input type="datetime-local"> gives) and
 * an instant, using the runtime's time-zone data so daylight-saving rules are right.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** True when the runtime knows this IANA time-zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

function wallClockFields(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** Minutes the zone is ahead of UTC at this instant (480 for Asia/Shanghai). */
function offsetMinutes(instant: Date, timeZone: string): number {
  const f = wallClockFields(instant, timeZone);
  return (Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second) - instant.getTime()) / 60_000;
}

/** The UTC instant of a wall-clock time in `timeZone`, or undefined when the text is not a valid time. */
export function zonedLocalToUtc(local: string, timeZone: string): Date | undefined {
  const match = LOCAL_DATE_TIME.exec(local);
  if (!match || !isKnownTimeZone(timeZone)) return undefined;
  const [year, month, day, hour, minute] = match.slice(1).map(Number);
  const asIfUtc = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(asIfUtc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  // Two passes: the offset at the guessed instant can differ from the offset at the answer near a DST change.
  const first = asIfUtc - offsetMinutes(new Date(asIfUtc), timeZone) * 60_000;
  return new Date(asIfUtc - offsetMinutes(new Date(first), timeZone) * 60_000);
}

/** The wall-clock "YYYY-MM-DDTHH:mm" of an instant in `timeZone`, for a datetime-local input. */
export function utcToZonedLocal(instant: Date, timeZone: string): string {
  const f = wallClockFields(instant, timeZone);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${f.year}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}`;
}

/**
 * Names people use for a zone where the runtime's long name (CLDR's "中国标准时间") is not the one
 * they would say, by language. This is locale data, like the names Intl knows, not UI wording.
 */
const SPOKEN_ZONE_NAMES: Record<string, Record<string, string>> = {
  zh: { 'Asia/Shanghai': '北京时间', 'Asia/Chongqing': '北京时间', 'Asia/Chungking': '北京时间', 'Asia/Harbin': '北京时间', PRC: '北京时间' },
};

/** Zones that are UTC itself: their abbreviation is the name everyone knows. */
const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/UCT', 'Etc/Universal', 'Etc/Zulu', 'UCT', 'Universal', 'Zulu', 'Etc/GMT', 'GMT']);

const isOffsetName = (name: string) => /^(GMT|UTC)([+\-\u2212]|$)/.test(name);

function intlZoneName(timeZone: string, locale: string, at: Date, style: 'long' | 'longGeneric'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/**
 * The name of an IANA time zone as people of `locale` recognise it at instant `at` (daylight saving
 * included): 北京时间 and China Standard Time, Central European Summer Time, UTC; an offset such as
 * GMT+06:00 only when the runtime knows no name for the zone.
 */
export function timeZoneName(timeZone: string, locale: string, at: Date = new Date()): string {
  const spoken = SPOKEN_ZONE_NAMES[locale.split('-')[0]]?.[timeZone];
  if (spoken) return spoken;
  if (UTC_ZONES.has(timeZone)) return 'UTC';
  if (!isKnownTimeZone(timeZone)) return timeZone;
  const long = intlZoneName(timeZone, locale, at, 'long');
  if (!isOffsetName(long)) return long;
  const generic = intlZoneName(timeZone, locale, at, 'longGeneric');
  return isOffsetName(generic) ? long : generic;
}

/**
 * A date and time as people read it in their language, in the given IANA time zone (the
 * assignment's, so a class sees the times its trainer set), with the zone named as people know it
 * (see timeZoneName).
 */
export function formatDateTime(instant: Date, locale: string, timeZone?: string): string {
  // Spelled out field by field: Intl refuses timeZoneName together with dateStyle/timeStyle.
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: timeZone ? 'short' : undefined,
  }).formatToParts(instant);
  return parts.map((part) => (part.type === 'timeZoneName' && timeZone ? timeZoneName(timeZone, locale, instant) : part.value)).join('');
}
