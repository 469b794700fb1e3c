import type { Locale } from '@/domain/shared/locales';

/**
 * A date and time as people read it in their language, in the given IANA time zone (the
 * assignment's, so a class sees the times its trainer set), with the zone named.
 */
export function formatDateTime(instant: Date, locale: Locale, timeZone?: string): string {
  // Spelled out field by field: Intl refuses timeZoneName together with dateStyle/timeStyle.
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: timeZone ? 'short' : undefined,
  }).format(instant);
}
