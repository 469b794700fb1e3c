import type { MediaExists } from '../content/media-references';
import type { LocalizedScenario } from '../content/scenario';
import type { QuestionResponse } from '../quiz/schemas';
import { stageQuestionIndexes } from '../quiz/stages';
import { toBlockView, toQuestionView, type BlockView, type QuestionView } from '../quiz/views';
import { LOCALES, type Locale } from '../shared/locales';
import { checkScenarioDraft, type DraftFiles, type DraftIssue } from './draft-check';
import { spotKeyLineIds, scoreScenario, type QuestionScore } from '../scoring/score-scenario';

/**
 * What the studio's preview shows of one language of a scenario: the answering screen exactly as a
 * student gets it (views without keys, options in the written order), and the review a student
 * gets after answering every question right, with explanations, red flags and the key.
 */
export type ScenarioPreview = {
  play: { blocks: BlockView[]; decision: QuestionView[]; followUps: QuestionView[] };
  answered: { scenario: LocalizedScenario; responses: Record<string, QuestionResponse>; questionScores: QuestionScore[]; score: number };
};

const WRITTEN_ORDER = <T,>(options: readonly T[]) => [...options];

export function buildScenarioPreview(scenario: LocalizedScenario): ScenarioPreview {
  const questionsOf = (stage: 'decision' | 'follow-up') =>
    stageQuestionIndexes(scenario.questions, stage).map((index) => toQuestionView(scenario.questions[index], index, WRITTEN_ORDER));
  const responses = keyResponses(scenario);
  const scored = scoreScenario(scenario, responses);
  return {
    play: { blocks: scenario.blocks.map(toBlockView), decision: questionsOf('decision'), followUps: questionsOf('follow-up') },
    answered: {
      scenario,
      responses,
      questionScores: scored.ok ? scored.value.questions : [],
      score: scored.ok ? scored.value.score : 0,
    },
  };
}

/** The answer key as a student's responses: what a student who got everything right sent. */
export function keyResponses(scenario: LocalizedScenario): Record<string, QuestionResponse> {
  return Object.fromEntries(
    scenario.questions.map((question): [string, QuestionResponse] => {
      switch (question.type) {
        case 'verdict':
          return [question.id, { type: 'verdict', choice: question.answer }];
        case 'single':
          return [question.id, { type: 'single', choice: question.answer }];
        case 'multiple':
          return [question.id, { type: 'multiple', choices: [...question.answer] }];
        case 'spot':
          return [question.id, { type: 'spot', lines: spotKeyLineIds(scenario) }];
      }
    }),
  );
}

/** The checker's problems and, once there is no error, the preview of every language. */
export function checkDraftForEditor(id: string, files: DraftFiles, mediaExists?: MediaExists, now?: Date): { issues: DraftIssue[]; previews?: Record<Locale, ScenarioPreview> } {
  const check = checkScenarioDraft(id, files, mediaExists, now);
  if (!check.scenario) return { issues: check.issues };
  const scenario = check.scenario;
  return { issues: check.issues, previews: Object.fromEntries(LOCALES.map((locale) => [locale, buildScenarioPreview(scenario.byLocale[locale])])) as Record<Locale, ScenarioPreview> };
}
