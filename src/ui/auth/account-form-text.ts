import type { Translate } from '@/i18n/translate';

/** Every string the new-account form shows, already translated. */
export type AccountFormText = ReturnType<typeof buildAccountFormText>;

/** The new-account form's strings (invitation and first-admin setup), taken from the catalogue on the server. */
export function buildAccountFormText(t: Translate) {
  return {
    email: t('account.email'),
    emailHint: t('account.emailHint'),
    name: t('account.name'),
    nameHint: t('account.nameHint'),
    password: t('account.password'),
    passwordHint: t('account.passwordHint'),
    confirmPassword: t('account.confirmPassword'),
    submit: t('account.submit'),
    submitting: t('account.submitting'),
  };
}
