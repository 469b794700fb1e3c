import type { Translate } from '@/i18n/translate';

/** Every string the roster upload form shows; `import`, `fileRead` and `problemsTitle` keep their placeholders. */
export type RosterUploadText = ReturnType<typeof buildRosterUploadText>;

/** The roster upload form's strings, taken from the catalogue on the server. */
export function buildRosterUploadText(t: Translate) {
  return {
    file: t('roster.file'),
    check: t('roster.check'),
    checking: t('roster.checking'),
    previewTitle: t('roster.previewTitle'),
    fileRead: t('roster.fileRead'),
    problemsTitle: t('roster.problemsTitle'),
    noProblems: t('roster.noProblems'),
    line: t('roster.line'),
    name: t('class.roster.name'),
    number: t('class.roster.number'),
    noNumber: t('class.roster.noNumber'),
    import: t('roster.import'),
    importing: t('roster.importing'),
    printLinks: t('roster.createLinks'),
    noFile: t('errors.roster.noFile'),
  };
}
