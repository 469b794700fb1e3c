import 'server-only';
import type { ContentKind } from '@/domain/content/revisions';
import type { StaffViewer } from '@/server/auth/staff';
import { getRevisionDiff, listRevisions, type RevisionDiffView, type RevisionSummaryView } from '@/server/db/content-revisions';

/** A scenario's or set's history page: every revision, the one chosen, and its diff from the one before. */
export type RevisionHistory = { list: RevisionSummaryView[]; latest: RevisionSummaryView; chosen: RevisionSummaryView; before?: RevisionSummaryView; diff?: RevisionDiffView };

/** The history of a scenario or set for an admin; undefined when it does not exist. */
export async function loadRevisionHistory(admin: StaffViewer, kind: ContentKind, id: string, chosenId: string | undefined): Promise<RevisionHistory | undefined> {
  const revisions = await listRevisions(admin, kind, id);
  if (!revisions.ok || revisions.value.length === 0) return undefined;
  const list = revisions.value;
  const latest = list.find((revision) => revision.isLatest) ?? list[0];
  const chosen = list.find((revision) => revision.id === chosenId) ?? latest;
  const before = list.find((revision) => revision.number === chosen.number - 1);
  const diff = before ? await getRevisionDiff(admin, before.id, chosen.id) : undefined;
  return { list, latest, chosen, before, diff: diff?.ok ? diff.value : undefined };
}
