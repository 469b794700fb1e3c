import type { Translate } from '@/i18n/translate';

/** Every string the invite form shows, already translated. */
export type InviteFormText = ReturnType<typeof buildInviteFormText>;

/** The admin's invite form strings, taken from the catalogue on the server. */
export function buildInviteFormText(t: Translate) {
  return {
    email: t('admin.invite.email'),
    role: t('admin.invite.role'),
    roleTrainer: t('admin.invite.roleTrainer'),
    roleAdmin: t('admin.invite.roleAdmin'),
    submit: t('admin.invite.submit'),
    submitting: t('admin.invite.submitting'),
    linkLabel: t('admin.invite.linkLabel'),
    copy: t('admin.invite.copy'),
    copied: t('admin.invite.copied'),
    copyFailed: t('admin.invite.copyFailed'),
  };
}
