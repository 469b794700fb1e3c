import { describe, expect, it } from 'vitest';
import { formatDateTime } from '@/domain/shared/time-zones';

describe('formatDateTime', () => {
  const instant = new Date('2026-12-08T09:30:00Z');

  it('shows the time in the assignment zone and names the zone', () => {
    expect(formatDateTime(instant, 'en', 'Asia/Shanghai')).toMatch(/Dec 8, 2026.*17:30.*GMT\+8/);
    expect(formatDateTime(instant, 'en', 'UTC')).toMatch(/09:30.*UTC/);
  });

  it('writes Chinese dates in Chinese', () => {
    expect(formatDateTime(instant, 'zh-CN', 'Asia/Shanghai')).toMatch(/2026年12月8日.*17:30/);
  });
});
