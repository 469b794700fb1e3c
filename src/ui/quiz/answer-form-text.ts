import type { Translate } from '@/i18n/translate';
import type { AnswerFormText } from './types';

/** The answering screen's strings, taken from the catalogue on the server. */
export function buildAnswerFormText(t: Translate): AnswerFormText {
  return {
    submit: t('quiz.submit'),
    submitDecision: t('quiz.submitDecision'),
    decisionStage: t('quiz.decisionStage'),
    followUpStage: t('quiz.followUpStage'),
    decisionHint: t('quiz.decisionHint'),
    yourDecision: t('quiz.yourDecision'),
    submitting: t('quiz.submitting'),
    verdictScam: t('verdict.scam'),
    verdictLegitimate: t('verdict.legitimate'),
    spotHint: t('quiz.spotHint'),
    markedCount: t('quiz.markedCount'),
    questionOf: t('quiz.questionOf'),
    networkError: t('errors.network'),
    chooseOne: t('quiz.chooseOne'),
    chooseAtLeastOne: t('quiz.chooseAtLeastOne'),
    exhibitCaption: t('exhibit.caption'),
    chooseAllThatApply: t('quiz.chooseAllThatApply'),
  };
}
