import type { Locale } from '@/domain/shared/locales';

/**
 * A date and time as people read it in their language, in the given IANA time zone (the
 * assignment's, so a class sees the times its trainer set), with the zone named.
 */
export function formatDateTime(instant: Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone, timeZoneName: timeZone ? 'short' : undefined }).format(instant);
}
