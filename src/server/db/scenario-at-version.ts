import 'server-only';
import type { Scenario } from '@/domain/content/scenario';
import { findScenarioVersion } from './content-revisions';

/**
 * A scenario at the version an answer pinned: `today` (the published scenario) when it is that
 * version, else the revision with that version (a newer one was published since), else `today`
 * (an answer stored before revisions were kept).
 */
export async function scenarioAtVersion(today: Scenario | undefined, scenarioId: string, version: string): Promise<Scenario | undefined> {
  if (today?.version === version) return today;
  return (await findScenarioVersion(scenarioId, version)) ?? today;
}
