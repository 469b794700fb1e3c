import { describe, expect, it } from 'vitest';
import { safeReturnPath } from '@/domain/accounts/return-path';

describe('safeReturnPath', () => {
  it.each([
    ['/en/admin', '/en/admin'],
    ['/en/trainer/classes/abc?tab=roster#top', '/en/trainer/classes/abc?tab=roster#top'],
    ['/en/trainer/../admin', '/en/admin'],
  ])('keeps a path of this site in the current language: %s', (next, expected) => {
    expect(safeReturnPath(next, 'en')).toBe(expected);
  });

  it.each([
    ['nothing', undefined],
    ['another site', 'https://evil.example/en/admin'],
    ['a protocol-relative address', '//evil.example/en/'],
    ['a backslash trick', '/en/\\evil.example'],
    ['a path that climbs out of the language', '/en/../../evil'],
    ['the other language', '/zh-CN/admin'],
    ['a language prefix without a slash', '/enx/admin'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a control character', '/en/admin\n'],
    ['an array', ['/en/admin']],
  ])('falls back to the class list for %s', (_case, next) => {
    expect(safeReturnPath(next, 'en')).toBe('/en/trainer');
  });
});
