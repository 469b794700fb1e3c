import type { Translate } from '@/i18n/translate';
import type { StudentFormText } from './student-form';

/** The join form's strings, taken from the catalogue on the server. */
export function buildJoinFormText(t: Translate): StudentFormText {
  return {
    code: t('join.code'),
    codeHint: t('join.codeHint'),
    name: t('join.name'),
    nameHint: t('join.nameHint'),
    number: t('join.number'),
    numberHint: t('join.numberHint'),
    submit: t('join.submit'),
    submitting: t('join.submitting'),
  };
}

/** The recover form's strings: the student number and the trainer's recovery code are required there. */
export function buildRecoverFormText(t: Translate): StudentFormText {
  return {
    code: t('join.code'),
    codeHint: t('join.codeHint'),
    name: t('join.name'),
    nameHint: t('join.nameHint'),
    number: t('recover.number'),
    recoveryCode: { label: t('recover.code'), hint: t('recover.codeHint') },
    submit: t('recover.submit'),
    submitting: t('recover.submitting'),
  };
}
