import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { StudioEditorText } from './studio-editor';

/** The editor's strings, taken from the catalogue on the server. */
export function buildStudioEditorText(t: Translate): StudioEditorText {
  const localeNames = Object.fromEntries(LOCALES.map((locale) => [locale, t(`studio.locale.${locale}`)])) as Record<Locale, string>;
  return {
    localeNames,
    editorLabel: t('studio.editor.label'),
    languages: t('studio.editor.languages'),
    checking: t('studio.editor.checking'),
    checkFailed: t('studio.editor.checkFailed'),
    issues: {
      heading: t('studio.issues.heading'),
      none: t('studio.issues.none'),
      position: t('studio.issues.position'),
      error: t('studio.issues.error'),
      warning: t('studio.issues.warning'),
      count: t('studio.issues.count'),
    },
    preview: {
      heading: t('studio.preview.heading'),
      language: t('studio.preview.language'),
      localeNames,
      asAnswered: t('studio.preview.asAnswered'),
      asAnsweredHint: t('studio.preview.asAnsweredHint'),
      stale: t('studio.preview.stale'),
      unavailable: t('studio.preview.unavailable'),
      frameLabel: t('studio.preview.frame'),
    },
  };
}
