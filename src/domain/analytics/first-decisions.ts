import type { DecisionOutcome } from './answer-facts';
import type { StudentMisses } from './students-needing-help';
import { scenarioTags, type ScenarioFacts, type ScenarioTag, type TagCounts } from './weak-spots';

/** One student's decision on one scenario in their first submitted attempt, as the database returns it. */
export type FirstDecision = { studentId: string; scenarioId: string; outcome: DecisionOutcome };

/**
 * Per tag, distinct students who met a scam with it and fell for one, and who met a genuine
 * message with it and distrusted one. Counted from one row per student and scenario, so a student
 * who fell for two scams of a script counts once for it.
 */
export function tagCounts(decisions: readonly FirstDecision[], scenarios: readonly ScenarioFacts[]): TagCounts[] {
  const tagsByScenario = new Map<string, ScenarioTag[]>();
  for (const tag of scenarioTags(scenarios)) tagsByScenario.set(tag.scenarioId, [...(tagsByScenario.get(tag.scenarioId) ?? []), tag]);
  const students = new Map<string, { dimension: TagCounts['dimension']; tag: string; metScam: Set<string>; fellForIt: Set<string>; metGenuine: Set<string>; falseAlarms: Set<string> }>();
  for (const decision of decisions) {
    for (const tag of tagsByScenario.get(decision.scenarioId) ?? []) {
      const key = `${tag.dimension}\u0000${tag.tag}`;
      const entry = students.get(key) ?? { dimension: tag.dimension, tag: tag.tag, metScam: new Set(), fellForIt: new Set(), metGenuine: new Set(), falseAlarms: new Set() };
      students.set(key, entry);
      (tag.verdict === 'scam' ? entry.metScam : entry.metGenuine).add(decision.studentId);
      if (decision.outcome === 'fell_for_it') entry.fellForIt.add(decision.studentId);
      if (decision.outcome === 'false_alarm') entry.falseAlarms.add(decision.studentId);
    }
  }
  return [...students.values()].map((entry) => ({
    dimension: entry.dimension,
    tag: entry.tag,
    metScam: entry.metScam.size,
    fellForIt: entry.fellForIt.size,
    metGenuine: entry.metGenuine.size,
    falseAlarms: entry.falseAlarms.size,
  }));
}

/** Per student, the scenarios they fell for or distrusted wrongly, and how many scams of each script they fell for. */
export function studentMisses(decisions: readonly FirstDecision[], scenarios: readonly ScenarioFacts[]): StudentMisses[] {
  const byId = new Map(scenarios.map((scenario) => [scenario.id, scenario]));
  const misses = new Map<string, StudentMisses>();
  const add = (studentId: string, dimension: StudentMisses['dimension'], tag: string, outcome: DecisionOutcome) => {
    const key = `${studentId}\u0000${dimension}\u0000${tag}`;
    const entry = misses.get(key) ?? { studentId, dimension, tag, fellForIt: 0, falseAlarms: 0 };
    misses.set(key, entry);
    if (outcome === 'fell_for_it') entry.fellForIt += 1;
    if (outcome === 'false_alarm') entry.falseAlarms += 1;
  };
  for (const decision of decisions) {
    if (decision.outcome === 'safe') continue;
    add(decision.studentId, 'scenario', decision.scenarioId, decision.outcome);
    for (const script of new Set(byId.get(decision.scenarioId)?.scripts ?? [])) add(decision.studentId, 'script', script, decision.outcome);
  }
  return [...misses.values()];
}
