import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { ScenarioStudioText } from './scenario-studio';
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

/** The strings of Save, Publish and the stale-save choice, the same in the scenario and the set editor. */
export function buildSaveText(t: Translate) {
  return {
    save: t('studio.save.button'),
    saving: t('studio.save.working'),
    publish: t('studio.publish.button'),
    publishing: t('studio.publish.working'),
    unsaved: t('studio.save.unsaved'),
    allSaved: t('studio.save.allSaved'),
    publishNeedsSave: t('studio.publish.needsSave'),
    networkError: t('studio.save.networkError'),
    staleKeepMine: t('studio.stale.keepMine'),
    staleTakeTheirs: t('studio.stale.takeTheirs'),
    staleNoChange: t('studio.stale.noChange'),
  };
}

/** The strings of the editor page's buttons, notices and the stale-save panel. */
export function buildScenarioStudioText(t: Translate): ScenarioStudioText {
  return {
    ...buildSaveText(t),
    publishHasErrors: t('studio.publish.hasErrors'),
    staleHeading: t('studio.stale.heading'),
    staleHelp: t('studio.stale.help'),
    staleDiffOf: t('studio.stale.diffOf'),
    header: {
      revision: t('studio.editor.revision'),
      neverPublished: t('studio.editor.neverPublished'),
      history: t('studio.history.link'),
      source: t('studio.editor.source'),
      noSource: t('studio.editor.noSource'),
      noReviewBy: t('studio.editor.noReviewBy'),
      review: { due: t('studio.review.badge.due'), soon: t('studio.review.badge.soon'), ok: t('studio.review.badge.ok') },
    },
    editor: buildStudioEditorText(t),
  };
}
