import 'server-only';
import en from './messages/en.json';
import zhCN from './messages/zh-CN.json';
import type { Locale } from './config';
import { createTranslator, type Messages, type Translate } from './translate';

const CATALOGUES: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

export function getMessages(locale: Locale): Messages {
  return CATALOGUES[locale];
}

export function getTranslator(locale: Locale): Translate {
  return createTranslator(CATALOGUES[locale]);
}
