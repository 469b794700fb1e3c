import type { QuestionResponse } from '@/domain/quiz/schemas';
import type { Locale } from '@/domain/shared/locales';

export type SubmitAnswerInput = {
  locale: Locale;
  attemptId: string;
  position: number;
  scenarioId: string;
  clientAnswerId: string;
  responses: Record<string, QuestionResponse>;
};

/** What the server says back: success, or a message that is already translated. */
export type SubmitAnswerOutcome = { ok: true } | { ok: false; message: string };

export type AnswerFormText = {
  submit: string;
  submitting: string;
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
