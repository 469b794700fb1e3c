import { exhibitLines } from '../content/exhibits';
import type { LocalizedScenario } from '../content/scenario';
import { inlineText } from '../content/segments';
import { spotKeyLineIds } from '../scoring/score-scenario';

/*
 * Item analysis: how well each scenario and question of an assignment works, from each student's
 * first submitted attempt. The database adds up the sums; the formulas and the rules that flag a
 * scenario as content to fix live here (documented in README.md, "Classes and assignments").
 */

/** The sums a correlation needs, as one grouped query returns them. */
export type CorrelationSums = { n: number; sumX: number; sumY: number; sumXX: number; sumYY: number; sumXY: number };

/**
 * Pearson's correlation from sums:
 *   r = (nΣxy − ΣxΣy) / √((nΣx² − (Σx)²)(nΣy² − (Σy)²)).
 * null when it is undefined: fewer than two pairs, or x or y the same for everyone (zero variance).
 */
export function pearsonFromSums({ n, sumX, sumY, sumXX, sumYY, sumXY }: CorrelationSums): number | null {
  if (n < 2) return null;
  const spreadX = n * sumXX - sumX * sumX;
  const spreadY = n * sumYY - sumY * sumY;
  // Sums of floats leave a rounding residue where the variance is really zero.
  const tolerance = (value: number) => 1e-9 * Math.max(1, Math.abs(value));
  if (spreadX <= tolerance(n * sumXX) || spreadY <= tolerance(n * sumYY)) return null;
  const r = (n * sumXY - sumX * sumY) / Math.sqrt(spreadX * spreadY);
  return Math.max(-1, Math.min(1, r));
}

/**
 * When a scenario is flagged. Below `minStudents` nothing is flagged: with a handful of students one
 * guess moves every figure. A scenario's score is 0..1 and counts as fully right from `fullyRight`
 * (stored stage scores are sums of floats).
 */
export const ITEM_RULES = {
  minStudents: 10,
  /** Discrimination below this: the scenario does not separate students who know from those who do not. */
  minDiscrimination: 0.2,
  /** Strong students' mean score below this: most of those who do well overall get it wrong. */
  minStrongFacility: 0.5,
  /** Mean score at or above this: everyone gets it right, a milder note (fine as a warm-up). */
  easyFacility: 0.95,
  fullyRight: 0.999,
} as const;

/** `no_discrimination` and `strong_students_miss` mean content to fix; `everyone_right` is a note. */
export const ITEM_FLAGS = ['strong_students_miss', 'no_discrimination', 'everyone_right'] as const;
export type ItemFlag = (typeof ITEM_FLAGS)[number];
export type ItemVerdict = 'fix' | 'note' | 'ok' | 'too_few';

/** One scenario's figures over the students who answered it in their first submitted attempt. */
export type ScenarioItemSums = CorrelationSums & {
  scenarioId: string;
  /** Students whose scenario score was fully right. */
  fullyRight: number;
  /** Strong students: the top third by corrected total (the attempt's score minus this scenario's). */
  strong: number;
  strongScoreSum: number;
};

export type ScenarioItemStats = {
  scenarioId: string;
  students: number;
  /** Mean scenario score, 0..1. */
  facility: number;
  /** Share of students fully right. */
  fullyRightShare: number;
  /** Corrected item-total correlation, −1..1; null when undefined. */
  discrimination: number | null;
  strongStudents: number;
  /** Strong students' mean scenario score; null when there are none. */
  strongFacility: number | null;
  flags: ItemFlag[];
  verdict: ItemVerdict;
};

/** The flags of a scenario's figures, by ITEM_RULES, fix-worthy ones first. */
export function itemFlags(stats: Pick<ScenarioItemStats, 'students' | 'facility' | 'discrimination' | 'strongFacility'>): ItemFlag[] {
  if (stats.students < ITEM_RULES.minStudents) return [];
  const flags: ItemFlag[] = [];
  const easy = stats.facility >= ITEM_RULES.easyFacility;
  if (stats.strongFacility !== null && stats.strongFacility < ITEM_RULES.minStrongFacility) flags.push('strong_students_miss');
  // An undefined correlation means everyone scored alike: it separates nobody, unless they were all right (the note says so).
  if (!easy && (stats.discrimination === null || stats.discrimination < ITEM_RULES.minDiscrimination)) flags.push('no_discrimination');
  if (easy) flags.push('everyone_right');
  return flags;
}

/** What a discrimination figure means in words: 0.4 or more separates well, under 0.2 hardly (Ebel's usual bands). */
export type DiscriminationBand = 'good' | 'fair' | 'weak' | 'negative' | 'undefined';

export function discriminationBand(discrimination: number | null): DiscriminationBand {
  if (discrimination === null) return 'undefined';
  if (discrimination < 0) return 'negative';
  if (discrimination < ITEM_RULES.minDiscrimination) return 'weak';
  return discrimination < 0.4 ? 'fair' : 'good';
}

export function itemVerdict(students: number, flags: readonly ItemFlag[]): ItemVerdict {
  if (students < ITEM_RULES.minStudents) return 'too_few';
  if (flags.some((flag) => flag !== 'everyone_right')) return 'fix';
  return flags.length > 0 ? 'note' : 'ok';
}

export function scenarioItemStats(sums: ScenarioItemSums): ScenarioItemStats {
  const facility = sums.n === 0 ? 0 : sums.sumX / sums.n;
  const stats = {
    scenarioId: sums.scenarioId,
    students: sums.n,
    facility,
    fullyRightShare: sums.n === 0 ? 0 : sums.fullyRight / sums.n,
    discrimination: pearsonFromSums(sums),
    strongStudents: sums.strong,
    strongFacility: sums.strong === 0 ? null : sums.strongScoreSum / sums.strong,
  };
  const flags = itemFlags(stats);
  return { ...stats, flags, verdict: itemVerdict(stats.students, flags) };
}

/** How often one option, verdict or line was chosen in one question. */
export type ChoiceCount = { scenarioId: string; questionId: string; optionId: string; count: number };
/** How many students answered one question, and how many got it fully right. */
export type QuestionCount = { scenarioId: string; questionId: string; students: number; correct: number };

export type OptionItemView = {
  id: string;
  /** The option's text; null for a verdict ("scam" / "legitimate"), which the page names. */
  text: string | null;
  isKey: boolean;
  count: number;
  /** Of the students who answered the question; options of a multiple-choice question add up to more than 1. */
  share: number;
};

export type LineItemView = { id: string; text: string; count: number; share: number };

export type QuestionItemView = {
  id: string;
  type: 'single' | 'multiple' | 'verdict' | 'spot';
  prompt: string;
  students: number;
  correct: number;
  /** Share fully right; null when nobody answered. */
  facility: number | null;
  /** Every option (single, multiple, verdict), in the written order. */
  options: OptionItemView[];
  /** Spot questions: the key lines, most missed first (missed = answered without marking it). */
  missedKeyLines: LineItemView[];
  /** Spot questions: lines outside the key that were marked, most marked first. */
  falselyMarkedLines: LineItemView[];
};

export type ScenarioItemView = ScenarioItemStats & { title: string | null; questions: QuestionItemView[] };

const VERDICT_OPTIONS = ['scam', 'legitimate'] as const;

/** A line's visible text: the speaker or a payment row's label, then its words, as the scenario's language writes a colon. */
function lineText(line: ReturnType<typeof exhibitLines>[number], locale: LocalizedScenario['locale']): string {
  const words = inlineText(line.segments);
  const who = line.speaker ?? line.label;
  if (!who) return words;
  return locale === 'zh-CN' ? `${who}：${words}` : `${who}: ${words}`;
}

/** One question's figures, with its options and lines as the scenario (in the page's language) writes them. */
export function questionItemView(scenario: LocalizedScenario, questionIndex: number, counts: QuestionCount | undefined, chosen: ReadonlyMap<string, number>): QuestionItemView {
  const question = scenario.questions[questionIndex];
  const students = counts?.students ?? 0;
  const share = (count: number) => (students === 0 ? 0 : count / students);
  const option = (id: string, text: string | null, isKey: boolean): OptionItemView => ({ id, text, isKey, count: chosen.get(id) ?? 0, share: share(chosen.get(id) ?? 0) });
  const view: QuestionItemView = {
    id: question.id,
    type: question.type,
    prompt: question.prompt,
    students,
    correct: counts?.correct ?? 0,
    facility: students === 0 ? null : (counts?.correct ?? 0) / students,
    options: [],
    missedKeyLines: [],
    falselyMarkedLines: [],
  };
  if (question.type === 'single' || question.type === 'multiple') {
    const keys = question.type === 'single' ? [question.answer] : question.answer;
    view.options = question.options.map((item) => option(item.id, item.text, keys.includes(item.id)));
  } else if (question.type === 'verdict') {
    view.options = VERDICT_OPTIONS.map((id) => option(id, null, id === question.answer));
  } else {
    const keyLines = new Set(spotKeyLineIds(scenario));
    const lines = scenario.exhibits.flatMap(exhibitLines);
    const byCount = (a: LineItemView, b: LineItemView) => b.count - a.count || lines.findIndex((line) => line.id === a.id) - lines.findIndex((line) => line.id === b.id);
    view.missedKeyLines = lines
      .filter((line) => keyLines.has(line.id))
      .map((line) => ({ id: line.id, text: lineText(line, scenario.locale), count: students - (chosen.get(line.id) ?? 0), share: share(students - (chosen.get(line.id) ?? 0)) }))
      .sort(byCount);
    view.falselyMarkedLines = lines
      .filter((line) => !keyLines.has(line.id) && (chosen.get(line.id) ?? 0) > 0)
      .map((line) => ({ id: line.id, text: lineText(line, scenario.locale), count: chosen.get(line.id)!, share: share(chosen.get(line.id)!) }))
      .sort(byCount);
  }
  return view;
}

const VERDICT_ORDER: Record<ItemVerdict, number> = { fix: 0, note: 1, ok: 2, too_few: 3 };

/**
 * Every answered scenario with its questions, flagged ones first (content to fix, then notes, then
 * the rest), each group in the set's order. `scenarioOf` gives the scenario in the page's language,
 * undefined when the library no longer has it (its figures stay, without questions).
 */
export function itemAnalysisViews(
  stats: readonly ScenarioItemStats[],
  questions: readonly QuestionCount[],
  choices: readonly ChoiceCount[],
  scenarioOf: (id: string) => LocalizedScenario | undefined,
  setOrder: readonly string[],
): ScenarioItemView[] {
  const chosenBy = new Map<string, Map<string, number>>();
  for (const choice of choices) {
    const key = `${choice.scenarioId}\u0000${choice.questionId}`;
    const chosen = chosenBy.get(key) ?? new Map<string, number>();
    chosen.set(choice.optionId, (chosen.get(choice.optionId) ?? 0) + choice.count);
    chosenBy.set(key, chosen);
  }
  const countsOf = new Map(questions.map((question) => [`${question.scenarioId}\u0000${question.questionId}`, question]));
  const position = (id: string) => (setOrder.includes(id) ? setOrder.indexOf(id) : setOrder.length);
  return [...stats]
    .sort((a, b) => VERDICT_ORDER[a.verdict] - VERDICT_ORDER[b.verdict] || position(a.scenarioId) - position(b.scenarioId) || a.scenarioId.localeCompare(b.scenarioId))
    .map((item) => {
      const scenario = scenarioOf(item.scenarioId);
      const key = (questionId: string) => `${item.scenarioId}\u0000${questionId}`;
      return {
        ...item,
        title: scenario?.title ?? null,
        questions: scenario ? scenario.questions.map((question, index) => questionItemView(scenario, index, countsOf.get(key(question.id)), chosenBy.get(key(question.id)) ?? new Map())) : [],
      };
    });
}
