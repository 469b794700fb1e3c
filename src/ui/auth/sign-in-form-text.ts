import type { Translate } from '@/i18n/translate';

/** Every string the sign-in form shows, already translated; `rateLimited` keeps its `{minutes}` placeholder. */
export type SignInFormText = ReturnType<typeof buildSignInFormText>;

/** The sign-in form's strings, taken from the catalogue on the server. */
export function buildSignInFormText(t: Translate) {
  return {
    email: t('signIn.email'),
    password: t('signIn.password'),
    submit: t('signIn.submit'),
    submitting: t('signIn.submitting'),
    success: t('signIn.success'),
    continue: t('signIn.continue'),
    emailRequired: t('errors.signIn.email'),
    passwordRequired: t('errors.signIn.password'),
    invalid: t('errors.signIn.invalid'),
    disabled: t('errors.signIn.disabled'),
    rateLimited: t('errors.signIn.rateLimited'),
    failed: t('errors.signIn.failed'),
  };
}
