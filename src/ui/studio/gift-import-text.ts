import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { GiftImportFormText } from './gift-import-form';

/** The GIFT import page's strings, taken from the catalogue on the server. */
export function buildGiftImportText(t: Translate): GiftImportFormText {
  return {
    file: t('studio.gift.file'),
    fileHint: t('studio.gift.fileHint'),
    paste: t('studio.gift.paste'),
    language: t('studio.gift.language'),
    languageHint: t('studio.gift.languageHint'),
    localeNames: Object.fromEntries(LOCALES.map((locale) => [locale, t(`studio.locale.${locale}`)])) as Record<Locale, string>,
    submit: t('studio.gift.submit'),
    working: t('studio.gift.working'),
    policy: t('studio.gift.reimportPolicy'),
    tooLarge: t('studio.gift.errors.tooLarge'),
    earlierDraft: t('studio.gift.errors.earlierDraft'),
    report: {
      heading: t('studio.gift.report.heading'),
      file: t('studio.gift.report.file'),
      problems: t('studio.gift.report.problems'),
      noProblems: t('studio.gift.report.noProblems'),
      refused: t('studio.gift.report.refused'),
      changed: t('studio.gift.report.changed'),
      position: t('studio.gift.report.position'),
      drafts: t('studio.gift.report.drafts'),
      fromLine: t('studio.gift.report.fromLine'),
      sets: t('studio.gift.report.sets'),
      setCount: t('studio.gift.report.setCount'),
      draftIssues: t('studio.gift.report.draftIssues'),
      next: t('studio.gift.report.next'),
    },
  };
}
