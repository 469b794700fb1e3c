import 'server-only';
import type { Locale } from '@/domain/shared/locales';
import { fail, ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { libraryOf, loadPublishedBundles, refuseUnlessAdmin } from '@/server/db/content-revisions';
import { giftOfSet } from './set-gift';

/** An admin downloads a set's published revision, with its scenarios' published texts, as a GIFT file. */
export async function exportPublishedSetGift(viewer: StaffViewer | undefined, setId: string, locale: Locale): Promise<Result<{ fileName: string; text: string }, 'forbidden' | 'not_found'>> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const { bundles } = await loadPublishedBundles();
  const text = giftOfSet(libraryOf(bundles), setId, locale);
  if (text === undefined) return fail('not_found', 'studio.sets.gift.notFound', { id: setId });
  return ok({ fileName: `${setId}.${locale}.gift`, text });
}
