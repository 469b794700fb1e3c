import type { Locale } from '@/domain/shared/locales';
import { LOCALES } from '@/domain/shared/locales';
import type { Messages, Translate } from '@/i18n/translate';
import { buildExhibitLabels } from '@/ui/exhibits/labels';
import type { ExhibitLabels } from '@/ui/exhibits/types';
import { buildAnswerFormText } from '@/ui/quiz/answer-form-text';
import type { AnswerFormText } from '@/ui/quiz/types';

/** The student screens' strings in one language: a preview shows a scenario in its own language. */
export type StudentScreenText = { labels: ExhibitLabels; answer: AnswerFormText; review: Messages };

/** Catalogue keys the review reads through its translator. */
const REVIEW_PREFIXES = ['review.', 'verdict.', 'exhibit.caption', 'summary.percent'];

/** Builds the student screens' strings of every language, on the server, from each catalogue. */
export function buildStudentScreenText(catalogue: (locale: Locale) => { t: Translate; messages: Messages }): Record<Locale, StudentScreenText> {
  return Object.fromEntries(
    LOCALES.map((locale) => {
      const { t, messages } = catalogue(locale);
      const review = Object.fromEntries(Object.entries(messages).filter(([key]) => REVIEW_PREFIXES.some((prefix) => key.startsWith(prefix))));
      return [locale, { labels: buildExhibitLabels(t), answer: buildAnswerFormText(t), review }];
    }),
  ) as Record<Locale, StudentScreenText>;
}
