import { describe, expect, it } from 'vitest';
import { joinCodeFromPath, joinUrl, personalJoinUrl, requestOrigin } from '@/domain/classes/join-links';
import { minutesToWait } from '@/domain/classes/join-limits';

describe('requestOrigin', () => {
  it.each([
    ['192.168.1.20:3000', false, 'http://192.168.1.20:3000'],
    ['scamsense.example', true, 'https://scamsense.example'],
    ['[fe80::1]:3000', false, 'http://[fe80::1]:3000'],
    [null, false, 'http://localhost'],
    ['evil.example/"><script>', true, 'https://localhost'],
  ])('builds the origin students open from Host %s (HTTPS: %s)', (host, isHttps, expected) => {
    expect(requestOrigin(host, isHttps)).toBe(expected);
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
    [1, 1],
    [60, 1],
    [61, 2],
    [600, 10],
  ])('turns %i seconds into %i minutes to wait', (seconds, minutes) => {
    expect(minutesToWait(seconds)).toBe(minutes);
  });
});
