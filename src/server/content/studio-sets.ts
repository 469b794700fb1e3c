import 'server-only';
import type { ContentIssue } from '@/domain/content/issues';
import { readSetDraft, setFilePath, type SetDraft } from '@/domain/studio/set-draft';
import type { LibraryStatus } from '@/domain/studio/library-filter';
import type { SetScenarioChoice } from '@/domain/studio/set-outcome';
import type { Locale } from '@/domain/shared/locales';
import type { Failure } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { loadStudioLibrary } from '@/server/content/studio-library';
import { getContentEntry, listContentEntries, listLatestFiles } from '@/server/db/content-revisions';

/** One set in the studio's list of quiz sets; its scenarios and practice flag come from the latest revision. */
export type StudioSetRow = {
  id: string;
  title: Partial<Record<Locale, string>>;
  status: LibraryStatus;
  scenarioIds: string[];
  practice: boolean;
  latestNumber: number;
  updatedAt: Date;
  updatedByName: string | null;
};

const statusOf = (entry: { publishedRevisionId: string | null; hasDraft: boolean }): LibraryStatus => (entry.publishedRevisionId === null ? 'unpublished' : entry.hasDraft ? 'draft' : 'published');

/** Every quiz set with its status, for an admin. */
export async function loadStudioSets(admin: StaffViewer): Promise<{ ok: true; rows: StudioSetRow[] } | Failure> {
  const [entries, latest] = await Promise.all([listContentEntries(admin), listLatestFiles(admin, 'set')]);
  if (!entries.ok) return entries;
  if (!latest.ok) return latest;
  const drafts = new Map(latest.value.map(({ id, files }) => [id, readSetDraft(id, files.find((file) => file.path === setFilePath(id))?.text ?? '').draft]));
  const rows = entries.value
    .filter((entry) => entry.kind === 'set')
    .map((entry) => {
      const draft = drafts.get(entry.id);
      return {
        id: entry.id,
        title: entry.title,
        status: statusOf(entry),
        scenarioIds: draft?.scenarioIds ?? [],
        practice: draft?.practice ?? true,
        latestNumber: entry.latestNumber,
        updatedAt: entry.updatedAt,
        updatedByName: entry.updatedByName,
      };
    });
  return { ok: true, rows };
}

/** What the set editor opens: the latest revision's fields and where the set stands. */
export type StudioSet = { revisionId: string; number: number; publishedNumber: number | null; draft: SetDraft; readIssues: ContentIssue[] };

/** The latest revision of a set for an admin's editor; undefined when there is none (or it is a scenario). */
export async function loadSetForStudio(admin: StaffViewer, id: string): Promise<StudioSet | undefined> {
  const entry = await getContentEntry(admin, 'set', id);
  if (!entry.ok) return undefined;
  const { latest, published } = entry.value;
  const { draft, issues } = readSetDraft(id, latest.files.find((file) => file.path === setFilePath(id))?.text ?? '');
  return { revisionId: latest.id, number: latest.number, publishedNumber: published?.number ?? null, draft, readIssues: issues };
}

/** Every scenario an admin can put in a set, with its title, channel and verdict (from the published text) and status. */
export async function loadScenarioChoices(admin: StaffViewer): Promise<SetScenarioChoice[] | undefined> {
  const library = await loadStudioLibrary(admin);
  if (!library.ok) return undefined;
  return library.rows.map((row) => ({ id: row.id, title: row.title, status: row.status, channel: row.facts?.channel, verdict: row.facts?.verdict }));
}
