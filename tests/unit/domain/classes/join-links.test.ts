import { describe, expect, it } from 'vitest';
import { joinCodeFromPath, joinUrl, personalJoinUrl, requestOrigin } from '@/domain/classes/join-links';
import { clientAddress, minutesToWait } from '@/domain/classes/join-limits';

describe('requestOrigin', () => {
  it.each([
    ['192.168.1.20:3000', null, 'http://192.168.1.20:3000'],
    ['scamsense.example', 'https', 'https://scamsense.example'],
    ['scamsense.example', 'https, http', 'https://scamsense.example'],
    ['[fe80::1]:3000', 'http', 'http://[fe80::1]:3000'],
    [null, null, 'http://localhost'],
    ['evil.example/"><script>', 'https', 'https://localhost'],
  ])('builds the origin students open from Host %s and X-Forwarded-Proto %s', (host, proto, expected) => {
    expect(requestOrigin(host, proto)).toBe(expected);
  });
});

describe('join links', () => {
  it('points at the join form and the personal link page of the locale', () => {
    expect(joinUrl('http://192.168.1.20:3000', 'zh-CN', 'K7M2QX')).toBe('http://192.168.1.20:3000/zh-CN/join/K7M2QX');
    expect(personalJoinUrl('https://a.example', 'en', 'abc_-123')).toBe('https://a.example/en/join/p/abc_-123');
  });

  it.each([
    ['K7M2QX', 'K7M2QX'],
    ['k7m-2qx', 'K7M2QX'],
    ['K7M%202QX', 'K7M2QX'],
    ['O0O0O0', ''],
    ['TOOLONGCODE', ''],
    ['%E0%A4%A', ''],
  ])('reads the code in the URL %s as %s', (segment, code) => {
    expect(joinCodeFromPath(segment)).toBe(code);
  });
});

describe('join limits', () => {
  it.each([
    ['203.0.113.5, 10.0.0.1', null, '203.0.113.5'],
    [null, '198.51.100.7', '198.51.100.7'],
    ['  ', ' 198.51.100.7 ', '198.51.100.7'],
    [null, null, 'unknown'],
  ])('takes the client address from X-Forwarded-For %s, then X-Real-IP %s', (forwarded, real, expected) => {
    expect(clientAddress(forwarded, real)).toBe(expected);
  });

  it.each([
    [1, 1],
    [60, 1],
    [61, 2],
    [600, 10],
  ])('turns %i seconds into %i minutes to wait', (seconds, minutes) => {
    expect(minutesToWait(seconds)).toBe(minutes);
  });
});
