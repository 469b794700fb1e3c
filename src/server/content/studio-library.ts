import 'server-only';
import { buildLibraryRows, type LibraryRow } from '@/domain/studio/library-filter';
import type { Failure } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { listContentEntries } from '@/server/db/content-revisions';

/** The studio library's scenarios (newest revision pointers, published facts) and the set ids, for an admin. */
export async function loadStudioLibrary(viewer: StaffViewer): Promise<{ ok: true; rows: LibraryRow[]; setIds: string[] } | Failure> {
  const entries = await listContentEntries(viewer);
  if (!entries.ok) return entries;
  const library = getContentLibrary();
  const scenarios = entries.value.filter((entry) => entry.kind === 'scenario');
  return { ok: true, rows: buildLibraryRows(scenarios, library.scenarios, library.sets), setIds: entries.value.filter((entry) => entry.kind === 'set').map((entry) => entry.id) };
}
