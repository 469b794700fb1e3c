import type { Translate } from '@/i18n/translate';

/** Every string the create-class form shows, already translated. */
export type CreateClassFormText = ReturnType<typeof buildCreateClassFormText>;

/** The create-class form's strings, taken from the catalogue on the server. */
export function buildCreateClassFormText(t: Translate) {
  return {
    name: t('trainer.create.name'),
    hint: t('trainer.create.hint'),
    submit: t('trainer.create.submit'),
    submitting: t('trainer.create.submitting'),
    nameRequired: t('errors.class.name'),
  };
}
