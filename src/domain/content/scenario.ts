import type { Exhibit } from './exhibits';
import type { ScenarioFrontMatter } from './schemas';
import type { Locale } from '../shared/locales';

/** A piece of a scenario's body in reading order: author prose or an exhibit. */
export type ScenarioBlock = { kind: 'prose'; html: string } | { kind: 'exhibit'; exhibit: Exhibit };

/** One language of a scenario, fully parsed and validated. */
export type LocalizedScenario = ScenarioFrontMatter & {
  locale: Locale;
  path: string;
  blocks: ScenarioBlock[];
  exhibits: Exhibit[];
  explanationHtml: string;
  adviceHtml: string;
};

/** A scenario available in every language, with the hash of its source files. */
export type Scenario = {
  id: string;
  /** Content hash of both language files; answers store it so history survives edits. */
  version: string;
  byLocale: Record<Locale, LocalizedScenario>;
};

export type QuizSet = {
  id: string;
  path: string;
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  scenarioIds: string[];
  draw?: number;
  /** Open for anonymous practice; false for an assignment-only set whose answers must stay with the trainer. */
  isPractice: boolean;
};
