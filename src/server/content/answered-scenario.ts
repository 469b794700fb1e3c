import 'server-only';
import type { ContentLibrary } from '@/domain/content/library';
import type { Scenario } from '@/domain/content/scenario';
import { scenarioAtVersion } from '@/server/db/scenario-at-version';

/**
 * The scenario as an answer saw it: today's when its version is the one the answer pinned, else
 * the revision with that version (a newer one was published since), else today's (an answer
 * stored before revisions were kept). Reviews show this, so a trainer reviewing last term's
 * attempt sees exactly what the student saw.
 */
export async function scenarioAsAnswered(library: ContentLibrary, scenarioId: string, version: string): Promise<Scenario | undefined> {
  return scenarioAtVersion(library.scenarios.get(scenarioId), scenarioId, version);
}
