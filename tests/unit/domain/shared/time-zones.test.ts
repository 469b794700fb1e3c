import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, utcToZonedLocal, zonedLocalToUtc } from '@/domain/shared/time-zones';

describe('zonedLocalToUtc', () => {
  it.each([
    ['2026-12-01T09:00', 'Asia/Shanghai', '2026-12-01T01:00:00.000Z'],
    ['2026-12-01T09:00', 'UTC', '2026-12-01T09:00:00.000Z'],
    ['2026-01-15T09:00', 'Europe/London', '2026-01-15T09:00:00.000Z'],
    ['2026-07-15T09:00', 'Europe/London', '2026-07-15T08:00:00.000Z'],
    ['2026-07-15T09:00', 'America/New_York', '2026-07-15T13:00:00.000Z'],
    // The hour after a spring-forward change does exist on the wall clock only once.
    ['2026-03-29T03:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z'],
  ])('%s in %s is %s', (local, zone, expected) => {
    expect(zonedLocalToUtc(local, zone)?.toISOString()).toBe(expected);
  });

  it.each([
    ['2026-02-30T09:00', 'UTC'],
    ['2026-12-01T24:00', 'UTC'],
    ['2026-12-01 09:00', 'UTC'],
    ['2026-12-01T09:00', 'Mars/Olympus'],
  ])('refuses %s in %s', (local, zone) => {
    expect(zonedLocalToUtc(local, zone)).toBeUndefined();
  });

  it('round-trips through utcToZonedLocal', () => {
    const instant = new Date('2026-12-24T15:45:00Z');
    expect(utcToZonedLocal(instant, 'Asia/Shanghai')).toBe('2026-12-24T23:45');
    expect(zonedLocalToUtc(utcToZonedLocal(instant, 'Asia/Shanghai'), 'Asia/Shanghai')).toEqual(instant);
  });

  it('knows real zone names only', () => {
    expect(isKnownTimeZone('Asia/Shanghai')).toBe(true);
    expect(isKnownTimeZone('Nowhere/Land')).toBe(false);
  });
});
