import 'server-only';
import { scenarioPath, type DraftFiles } from '@/domain/studio/draft-check';
import { LOCALES } from '@/domain/shared/locales';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentEntry } from '@/server/db/content-revisions';

/** What the editor page opens: the latest revision's two files and where the scenario stands. */
export type StudioScenario = { revisionId: string; number: number; publishedNumber: number | null; files: DraftFiles };

/** The latest revision of a scenario for an admin's editor; undefined when there is none (or it is a set). */
export async function loadScenarioForStudio(admin: StaffViewer, id: string): Promise<StudioScenario | undefined> {
  const entry = await getContentEntry(admin, 'scenario', id);
  if (!entry.ok) return undefined;
  const { latest, published } = entry.value;
  const files = Object.fromEntries(LOCALES.map((locale) => [locale, latest.files.find((file) => file.path === scenarioPath(id, locale))?.text ?? ''])) as DraftFiles;
  return { revisionId: latest.id, number: latest.number, publishedNumber: published?.number ?? null, files };
}
