import { CHANNELS, VERDICTS } from '@/domain/content/taxonomy';
import { LIBRARY_STATUSES } from '@/domain/studio/library-filter';
import { LOCALES, type Locale } from '@/domain/shared/locales';
import type { Translate } from '@/i18n/translate';
import type { SetStudioText } from './set-studio';
import { buildSaveText } from './studio-text';

const labels = (values: readonly string[], key: (value: string) => string, t: Translate) => Object.fromEntries(values.map((value) => [value, t(key(value))]));

/** The set editor's strings, taken from the catalogue on the server. */
export function buildSetStudioText(t: Translate): SetStudioText {
  const localeNames = Object.fromEntries(LOCALES.map((locale) => [locale, t(`studio.locale.${locale}`)])) as Record<Locale, string>;
  return {
    details: {
      heading: t('studio.sets.details.heading'),
      title: t('studio.sets.details.title'),
      description: t('studio.sets.details.description'),
      localeNames,
      useHeading: t('studio.sets.use.heading'),
      practice: t('studio.sets.use.practice'),
      assignmentOnly: t('studio.sets.use.assignmentOnly'),
      draw: t('studio.sets.draw.label'),
      drawHint: t('studio.sets.draw.hint'),
    },
    scenarios: {
      heading: t('studio.sets.scenarios.heading'),
      none: t('studio.sets.scenarios.none'),
      moveUp: t('studio.sets.scenarios.moveUp'),
      moveDown: t('studio.sets.scenarios.moveDown'),
      remove: t('studio.sets.scenarios.remove'),
      moveUpLabel: t('studio.sets.scenarios.moveUpLabel'),
      moveDownLabel: t('studio.sets.scenarios.moveDownLabel'),
      removeLabel: t('studio.sets.scenarios.removeLabel'),
      unknown: t('studio.sets.scenarios.unknown'),
      addHeading: t('studio.sets.add.heading'),
      search: t('studio.sets.add.search'),
      searchHint: t('studio.sets.add.searchHint'),
      add: t('studio.sets.add.button'),
      addLabel: t('studio.sets.add.label'),
      more: t('studio.sets.add.more'),
      noMatch: t('studio.sets.add.none'),
      channels: labels(CHANNELS, (value) => `channel.${value}`, t),
      verdicts: labels(VERDICTS, (value) => `verdict.${value}`, t),
      statuses: labels(LIBRARY_STATUSES, (value) => `studio.status.${value}`, t),
    },
    issuesHeading: t('studio.issues.heading'),
    issuesNone: t('studio.issues.none'),
    issuesCount: t('studio.issues.count'),
    error: t('studio.issues.error'),
    warning: t('studio.issues.warning'),
    fields: {
      id: t('studio.sets.field.id'),
      title: t('studio.sets.details.title'),
      description: t('studio.sets.details.description'),
      practice: t('studio.sets.use.heading'),
      draw: t('studio.sets.draw.label'),
      scenarios: t('studio.sets.field.scenarios'),
      file: t('studio.sets.field.file'),
    },
    scenarioField: t('studio.sets.field.scenario'),
    fileHeading: t('studio.sets.file'),
    checking: t('studio.editor.checking'),
    checkFailed: t('studio.sets.checkFailed'),
    ...buildSaveText(t),
    publishHasErrors: t('studio.sets.publishHasErrors'),
    added: t('studio.sets.add.added'),
    alreadyIn: t('studio.sets.add.already'),
    unknownToAdd: t('studio.sets.add.unknown'),
    staleHeading: t('studio.sets.stale.heading'),
    staleHelp: t('studio.sets.stale.help'),
  };
}
