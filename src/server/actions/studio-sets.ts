'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { diffText, revisionIdSchema } from '@/domain/content/revisions';
import { isReservedContentId, libraryIdSchema } from '@/domain/content/schemas';
import { checkSetDraft, emptySetDraft, readSetDraft, setCheckLibrary, setDraftSchema, setFilePath, writeSetFile } from '@/domain/studio/set-draft';
import type { SetCheckOutcome, SetSaveOutcome } from '@/domain/studio/set-outcome';
import type { FormState } from '@/domain/shared/form-state';
import { isLocale, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { requireStaff } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { listContentEntries, loadPublishedBundles, saveRevision } from '@/server/db/content-revisions';

/*
 * The set editor's actions (publishing and restoring are the scenario's: they work on any
 * revision). Each re-checks that the caller is an admin, and the data layer checks again.
 */

const translatorFor = (locale: unknown) => getTranslator(isLocale(locale) ? locale : 'zh-CN');

/**
 * Checks a set draft as the admin edits it, against the published library, exactly as
 * `npm run content:check` and Publish do; scenarios saved but never published are named as such.
 */
export async function checkSetAction(locale: string, input: unknown): Promise<SetCheckOutcome> {
  const t = translatorFor(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { ok: false, message: t(caller.message) };
  const parsed = setDraftSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t('studio.sets.errors.invalidDraft') };
  const entries = await listContentEntries(caller.value);
  if (!entries.ok) return { ok: false, message: t(entries.message) };
  const unpublished = new Set(entries.value.filter((entry) => entry.kind === 'scenario' && entry.publishedRevisionId === null).map((entry) => entry.id));
  // The served library holds the published scenarios parsed once; only the set files are read here.
  const { bundles } = await loadPublishedBundles();
  return { ok: true, ...checkSetDraft(parsed.data, setCheckLibrary(bundles, getContentLibrary().scenarios), unpublished) };
}

const saveSetInputSchema = z.object({ draft: setDraftSchema, baseRevisionId: revisionIdSchema.nullable() });

/**
 * Saves the set's file as a draft revision on top of the revision the editor started from. When
 * another admin saved meanwhile nothing is written: their set and the diff come back to show.
 */
export async function saveSetAction(locale: string, input: unknown): Promise<SetSaveOutcome> {
  const t = translatorFor(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const parsed = saveSetInputSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: t('studio.sets.errors.invalidDraft') };
  const { draft, baseRevisionId } = parsed.data;
  const text = writeSetFile(draft);
  const saved = await saveRevision(caller.value, { kind: 'set', id: draft.id, files: [{ path: setFilePath(draft.id), text }], baseRevisionId });
  if (saved.ok) return { status: 'saved', revisionId: saved.value.revisionId, number: saved.value.number, message: t('studio.save.saved', { number: saved.value.number }) };
  if (saved.code === 'stale_base' && 'latest' in saved) {
    const latest = saved.latest;
    const theirs = latest.files.find((file) => file.path === setFilePath(draft.id))?.text ?? '';
    const diff = diffText(theirs, text);
    const name = latest.authorName ?? t('studio.save.theFiles');
    return {
      status: 'stale',
      message: t('studio.sets.staleSaved', { number: latest.number, name }),
      latest: { revisionId: latest.id, number: latest.number, authorName: latest.authorName, draft: readSetDraft(draft.id, theirs).draft, diff: diff.lines, changed: diff.added + diff.removed },
    };
  }
  return { status: 'error', message: t(saved.message, saved.params) };
}

/** Creates an empty set (to fill in and check in the editor) as its first, unpublished revision, then opens the editor. */
export async function createSetAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale: Locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'zh-CN';
  const t = getTranslator(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const value = form.get('id');
  const values = { id: typeof value === 'string' ? value.trim() : '' };
  const id = libraryIdSchema.safeParse(values.id);
  if (!id.success) {
    const message = t(isReservedContentId(values.id) ? 'studio.new.reservedId' : 'studio.new.badId', { id: values.id });
    return { status: 'error', message, fieldErrors: { id: message }, values };
  }
  const saved = await saveRevision(caller.value, { kind: 'set', id: id.data, files: [{ path: setFilePath(id.data), text: writeSetFile(emptySetDraft(id.data)) }], baseRevisionId: null });
  if (!saved.ok) {
    if (saved.code === 'stale_base') return { status: 'error', message: t('studio.sets.new.taken', { id: id.data }), fieldErrors: { id: t('studio.sets.new.taken', { id: id.data }) }, values };
    return { status: 'error', message: t(saved.message, saved.params), values };
  }
  redirect(`/${locale}/admin/content/sets/${id.data}`);
}
