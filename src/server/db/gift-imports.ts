import 'server-only';
import { z } from 'zod';
import { findEarlierImports } from '@/domain/content/gift/gift-import-run';
import { importGift, type GiftImport } from '@/domain/content/gift/gift-to-scenario';
import { groupContentFiles } from '@/domain/content/revisions';
import { LOCALES } from '@/domain/shared/locales';
import { fail, ok, type Failure, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { db } from './client';
import { refuseUnlessAdmin, writeNewDrafts } from './content-revisions';

/*
 * Importing a Moodle GIFT file from the studio: the same importGift as `npm run content:import-gift`,
 * with the drafts saved as unpublished revisions of source "import" instead of files.
 */

/** A GIFT file as the studio sends it, already decoded (the byte limit is checked on the raw upload). */
export const giftImportInputSchema = z.object({
  text: z.string().min(1),
  locale: z.enum(LOCALES),
  sourceName: z.string().trim().min(1).max(200),
});

/** Refused because questions of this file were imported before: which draft each would repeat. */
export type AlreadyImportedFailure = Failure<'already_imported'> & { earlier: { line: number; earlierId: string }[] };

export type GiftImportView = { result: GiftImport; created: { kind: 'scenario' | 'set'; id: string; number: number }[] };

/**
 * An admin imports a GIFT file: each supported question becomes a draft scenario and each category
 * a draft set, all saved in one transaction and none published. Ids already in the library get a
 * suffix. A file whose questions were imported before is refused whole, naming the earlier drafts,
 * so a second click never makes silent copies.
 */
export async function importGiftDrafts(
  viewer: StaffViewer | undefined,
  input: unknown,
  now: Date = new Date(),
): Promise<Result<GiftImportView, 'forbidden' | 'invalid_input' | 'stale_base'> | AlreadyImportedFailure> {
  const refusal = refuseUnlessAdmin(viewer);
  if (refusal) return refusal;
  const parsed = giftImportInputSchema.safeParse(input);
  if (!parsed.success) return fail('invalid_input', 'errors.content.invalidInput', { details: parsed.error.issues.map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`).join('; ') });
  const { text, locale, sourceName } = parsed.data;

  const [items, imported] = await Promise.all([
    db.contentItem.findMany({ select: { kind: true, contentId: true } }),
    db.contentRevision.findMany({ where: { kind: 'scenario', source: 'import' }, select: { contentId: true, filesJson: true } }),
  ]);
  const result = importGift(text, {
    sourceName,
    locale,
    takenScenarioIds: items.filter((item) => item.kind === 'scenario').map((item) => item.contentId),
    takenSetIds: items.filter((item) => item.kind === 'set').map((item) => item.contentId),
  });
  const earlier = findEarlierImports(
    result,
    imported.map((row) => ({ id: row.contentId, files: JSON.parse(row.filesJson) as { path: string; text: string }[] })),
  );
  if (earlier.length > 0) {
    const lineOf = new Map(result.scenarios.map((scenario) => [scenario.id, scenario.line]));
    return {
      ...fail('already_imported', 'studio.gift.errors.alreadyImported', { count: earlier.length, total: result.scenarios.length }),
      earlier: earlier.map(({ draftId, earlierId }) => ({ line: lineOf.get(draftId) ?? 1, earlierId })),
    };
  }
  if (result.files.length === 0) return ok({ result, created: [] });

  const { bundles } = groupContentFiles(result.files);
  const saved = await writeNewDrafts(bundles, 'import', viewer!.userId, now);
  if (saved === 'stale_base') return fail('stale_base', 'studio.gift.errors.raced');
  return ok({ result, created: bundles.map((bundle, index) => ({ kind: bundle.kind, id: bundle.id, number: saved[index].number })) });
}
