import { describe, expect, it } from 'vitest';
import { formatDateTime, timeZoneName } from '@/domain/shared/time-zones';

describe('formatDateTime', () => {
  const instant = new Date('2026-12-08T09:30:00Z');

  it('shows the time in the assignment zone and names the zone as people know it', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toBe('Tue, Dec 8, 2026, 17:30 China Standard Time');
    expect(formatDateTime(instant, 'en', 'UTC')).toBe('Tue, Dec 8, 2026, 09:30 UTC');
  });

  it('writes Chinese dates in Chinese, in Beijing time for China', () => {
    expect(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai')).toBe('2026年12月8日周二 北京时间 17:30');
    expect(formatDateTime(instant, 'zh-CN', 'Europe/Berlin')).toBe('2026年12月8日周二 中欧标准时间 10:30');
  });

  it('names no zone when none is given', () => {
    expect(formatDateTime(instant, 'en')).not.toMatch(/GMT|UTC|Time/);
  });
});

describe('timeZoneName', () => {
  const winter = new Date('2026-12-08T09:30:00Z');
  const summer = new Date('2026-07-08T09:30:00Z');

  it.each<[string, string, Date, string]>([
    ['Asia/Shanghai', 'zh-CN', winter, '北京时间'],
    ['Asia/Shanghai', 'en', winter, 'China Standard Time'],
    ['UTC', 'zh-CN', winter, 'UTC'],
    ['Etc/UTC', 'en', winter, 'UTC'],
    ['Asia/Hong_Kong', 'zh-CN', winter, '香港标准时间'],
    ['Asia/Tokyo', 'en', winter, 'Japan Standard Time'],
    ['Europe/London', 'en', summer, 'British Summer Time'],
    ['Europe/Berlin', 'en', summer, 'Central European Summer Time'],
    ['America/New_York', 'zh-CN', winter, '北美东部标准时间'],
    // No long name in the runtime's data: the generic one, never a bare offset when a name exists.
    ['Asia/Urumqi', 'zh-CN', winter, '乌鲁木齐时间'],
    ['Not/AZone', 'en', winter, 'Not/AZone'],
  ])('%s in %s', (zone, locale, at, expected) => {
    expect(timeZoneName(zone, locale, at)).toBe(expected);
  });
});
