import { describe, expect, it } from 'vitest';
import { negotiateLocale, type LocaleHints } from '@/i18n/negotiate';

describe('negotiateLocale', () => {
  it.each<[string, LocaleHints, string]>([
    ['the locale in the address first', { path: '/en/xyz', remembered: 'zh-CN', acceptLanguage: 'zh-CN' }, 'en'],
    ['the remembered choice when the address has none', { path: '/api/nope', remembered: 'en', acceptLanguage: 'zh-CN' }, 'en'],
    ['a remembered value that is no locale is ignored', { remembered: 'fr', acceptLanguage: 'en-GB,en;q=0.9' }, 'en'],
    ['any Chinese the browser asks for gets zh-CN', { acceptLanguage: 'zh-TW,zh;q=0.9' }, 'zh-CN'],
    ['a regional English gets en', { acceptLanguage: 'fr-FR, en-AU;q=0.8' }, 'en'],
    ['a locale segment must match exactly', { path: '/EN/xyz' }, 'zh-CN'],
    ['nothing usable gets the default', { path: '/favicon.ico', acceptLanguage: 'fr, de' }, 'zh-CN'],
    ['no hints at all get the default', {}, 'zh-CN'],
  ])('%s', (_rule, hints, expected) => {
    expect(negotiateLocale(hints)).toBe(expected);
  });
});
