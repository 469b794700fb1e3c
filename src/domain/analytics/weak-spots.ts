import type { Channel, Verdict } from '../content/taxonomy';

/** The ways results are grouped to find weak spots: the scam script, the red flag, the channel. */
export const WEAK_SPOT_DIMENSIONS = ['script', 'redFlag', 'channel'] as const;
export type WeakSpotDimension = (typeof WEAK_SPOT_DIMENSIONS)[number];

/** What analysis needs of a scenario: its verdict, its tags, and the money a victim would lose. */
export type ScenarioFacts = { id: string; verdict: Verdict; channel: Channel; redFlags: readonly string[]; scripts: readonly string[]; moneyAtRisk?: number };

/**
 * One scenario under one tag. The results query joins answers with these rows, so the database
 * counts students per tag; each scenario is also listed under its own id (dimension `scenario`).
 */
export type ScenarioTag = { scenarioId: string; dimension: WeakSpotDimension | 'scenario'; tag: string; verdict: Verdict };

export function scenarioTags(scenarios: readonly ScenarioFacts[]): ScenarioTag[] {
  return scenarios.flatMap((scenario) => {
    const tag = (dimension: ScenarioTag['dimension'], value: string): ScenarioTag => ({ scenarioId: scenario.id, dimension, tag: value, verdict: scenario.verdict });
    return [
      tag('scenario', scenario.id),
      tag('channel', scenario.channel),
      ...[...new Set(scenario.scripts)].map((script) => tag('script', script)),
      ...[...new Set(scenario.redFlags)].map((flag) => tag('redFlag', flag)),
    ];
  });
}

/**
 * Students counted by the database for one tag: those who met a scam with it and those of them who
 * fell for one; those who met a genuine message with it and those of them who distrusted one.
 */
export type TagCounts = { dimension: ScenarioTag['dimension']; tag: string; metScam: number; fellForIt: number; metGenuine: number; falseAlarms: number };

export type WeakSpot = {
  dimension: WeakSpotDimension;
  tag: string;
  metScam: number;
  fellForIt: number;
  /** fellForIt / metScam, 0..1; null when no student met a scam with this tag. */
  fellShare: number | null;
  metGenuine: number;
  falseAlarms: number;
  /** falseAlarms / metGenuine, 0..1; null when no student met a genuine message with this tag. */
  falseAlarmShare: number | null;
  /** Yuan the students would have lost: each fall for a scam of this tag times the money it puts at risk. */
  moneyLost: number;
  /** The scenarios with this tag, which train it. */
  scenarioIds: string[];
};

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const worst = (spot: WeakSpot) => Math.max(spot.fellShare ?? 0, spot.falseAlarmShare ?? 0);

/** Yuan lost over `scenarios`: each student's fall for a scam times the money that scam puts at risk. */
export function moneyLost(counts: readonly TagCounts[], scenarios: readonly ScenarioFacts[]): number {
  const falls = new Map(counts.filter((row) => row.dimension === 'scenario').map((row) => [row.tag, row.fellForIt]));
  return scenarios.reduce((sum, scenario) => sum + (scenario.verdict === 'scam' ? (falls.get(scenario.id) ?? 0) * (scenario.moneyAtRisk ?? 0) : 0), 0);
}

/** The weak spots of every dimension, weakest first (the larger of the two shares), then by how many students met the tag. */
export function weakSpots(counts: readonly TagCounts[], scenarios: readonly ScenarioFacts[]): WeakSpot[] {
  const tags = scenarioTags(scenarios);
  const spots = counts
    .filter((row): row is TagCounts & { dimension: WeakSpotDimension } => row.dimension !== 'scenario')
    .map((row): WeakSpot => {
      const scenarioIds = tags.filter((tag) => tag.dimension === row.dimension && tag.tag === row.tag).map((tag) => tag.scenarioId);
      const lost = moneyLost(
        counts,
        scenarios.filter((scenario) => scenarioIds.includes(scenario.id)),
      );
      return { ...row, fellShare: share(row.fellForIt, row.metScam), falseAlarmShare: share(row.falseAlarms, row.metGenuine), moneyLost: lost, scenarioIds };
    });
  return spots.sort((a, b) => worst(b) - worst(a) || b.metScam + b.metGenuine - (a.metScam + a.metGenuine) || a.tag.localeCompare(b.tag));
}
