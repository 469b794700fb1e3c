import type { AnswerSubmission } from '@/domain/quiz/schemas';
import type { Locale } from '@/domain/shared/locales';

/** One stage as the answers route takes it: the domain's submission, plus the language for messages. */
export type SubmitAnswerInput = AnswerSubmission & { locale: Locale };

export type AnswerFormText = {
  submit: string;
  submitDecision: string;
  submitting: string;
  decisionStage: string;
  followUpStage: string;
  decisionHint: string;
  yourDecision: string;
  verdictScam: string;
  verdictLegitimate: string;
  spotHint: string;
  /** Template with {count}. */
  markedCount: string;
  /** Template with {current} and {total}. */
  questionOf: string;
  networkError: string;
  chooseOne: string;
  chooseAtLeastOne: string;
  exhibitCaption: string;
  chooseAllThatApply: string;
};
