import 'server-only';
import { buildLibraryRows, type LibraryRow } from '@/domain/studio/library-filter';
import { readScenarioFacts, readSetScenarioIds } from '@/domain/studio/library-facts';
import type { Failure } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { listContentEntries, listLatestFiles } from '@/server/db/content-revisions';

/**
 * The studio library's scenarios for an admin: revision pointers, and facts, sets and review dates
 * read from the latest revisions (drafts included); the review status is for the UTC day of `now`.
 */
export async function loadStudioLibrary(viewer: StaffViewer, now: Date = new Date()): Promise<{ ok: true; rows: LibraryRow[]; setIds: string[] } | Failure> {
  const [entries, scenarios, sets] = await Promise.all([listContentEntries(viewer), listLatestFiles(viewer, 'scenario'), listLatestFiles(viewer, 'set')]);
  if (!entries.ok) return entries;
  if (!scenarios.ok) return scenarios;
  if (!sets.ok) return sets;
  const scenarioFiles = new Map(scenarios.value.map(({ id, files }) => [id, files]));
  const setFiles = new Map(sets.value.map(({ id, files }) => [id, files]));
  const rows = buildLibraryRows(
    entries.value.map((entry) =>
      entry.kind === 'scenario' ? { ...entry, scenarioFacts: readScenarioFacts(scenarioFiles.get(entry.id) ?? []) } : { ...entry, setScenarioIds: readSetScenarioIds(setFiles.get(entry.id) ?? []) },
    ),
    now,
  );
  return { ok: true, rows, setIds: entries.value.filter((entry) => entry.kind === 'set').map((entry) => entry.id) };
}
