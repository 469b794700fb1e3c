'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ContentFile } from '@/domain/content/library';
import { diffText, revisionIdSchema } from '@/domain/content/revisions';
import { contentIdSchema, isReservedContentId, libraryIdSchema } from '@/domain/content/schemas';
import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import { scenarioPath, type DraftFiles } from '@/domain/studio/draft-check';
import { checkDraftForEditor } from '@/domain/studio/preview';
import type { PublishOutcome, SaveOutcome } from '@/domain/studio/save-outcome';
import { draftCheckInputSchema, draftFilesSchema } from '@/domain/studio/schemas';
import { duplicateScenarioFiles } from '@/domain/studio/duplicate';
import { scenarioTemplate, TEMPLATE_CHANNELS } from '@/domain/studio/templates';
import type { FormState } from '@/domain/shared/form-state';
import { isLocale, LOCALES, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import type { Translate } from '@/i18n/translate';
import { requireStaff } from '@/server/auth/staff';
import { refreshPublishedLibrary } from '@/server/content/library';
import { getMediaExists } from '@/server/content/media';
import { getContentEntry, publishRevision, restoreRevision, saveRevision } from '@/server/db/content-revisions';

/*
 * The content studio's actions. Each re-checks that the caller is an admin, and the data layer
 * checks again: the pages hide the studio from everyone else, but an action is a public endpoint.
 */

function translatorFor(locale: unknown): Translate {
  return getTranslator(isLocale(locale) ? locale : 'zh-CN');
}

function toContentFiles(id: string, files: DraftFiles): ContentFile[] {
  return LOCALES.map((locale) => ({ path: scenarioPath(id, locale), text: files[locale] }));
}

function toDraftFiles(id: string, files: ContentFile[]): DraftFiles {
  return Object.fromEntries(LOCALES.map((locale) => [locale, files.find((file) => file.path === scenarioPath(id, locale))?.text ?? ''])) as DraftFiles;
}

/**
 * Checks a draft as the admin types: the checker runs here because it needs node:crypto, the
 * markdown sanitiser and the public suffix list, which stay on the server. Markdown is rendered
 * and sanitised exactly as for files, so the preview shows what students would see.
 */
export async function checkDraftAction(locale: string, input: unknown): Promise<DraftCheckOutcome> {
  const t = translatorFor(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { ok: false, message: t(caller.message) };
  const parsed = draftCheckInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t('studio.errors.invalidDraft') };
  return { ok: true, ...checkDraftForEditor(parsed.data.id, parsed.data.files, await getMediaExists(), new Date()) };
}

const saveInputSchema = z.object({ id: contentIdSchema, files: draftFilesSchema, baseRevisionId: revisionIdSchema.nullable() });

/**
 * Saves both language files as a draft revision on top of the revision the editor started from.
 * When another admin saved meanwhile nothing is written: their text comes back to show beside ours.
 */
export async function saveScenarioAction(locale: string, input: unknown): Promise<SaveOutcome> {
  const t = translatorFor(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const parsed = saveInputSchema.safeParse(input);
  if (!parsed.success) return { status: 'error', message: t('studio.errors.invalidDraft') };
  const { id, files, baseRevisionId } = parsed.data;
  const saved = await saveRevision(caller.value, { kind: 'scenario', id, files: toContentFiles(id, files), baseRevisionId });
  if (saved.ok) return { status: 'saved', revisionId: saved.value.revisionId, number: saved.value.number, message: t('studio.save.saved', { number: saved.value.number }) };
  if (saved.code === 'stale_base' && 'latest' in saved) {
    const latest = saved.latest;
    const theirs = toDraftFiles(id, latest.files);
    const diffs = Object.fromEntries(
      LOCALES.map((at) => {
        const diff = diffText(theirs[at], files[at]);
        return [at, { lines: diff.lines, changed: diff.added + diff.removed }];
      }),
    ) as Record<Locale, { lines: ReturnType<typeof diffText>['lines']; changed: number }>;
    const name = latest.authorName ?? t('studio.save.theFiles');
    return { status: 'stale', message: t('studio.save.stale', { number: latest.number, name }), latest: { revisionId: latest.id, number: latest.number, authorName: latest.authorName, files: theirs, diffs } };
  }
  return { status: 'error', message: t(saved.message, saved.params) };
}

/** Publishes the latest saved revision of a scenario or set; the checker's refusal comes back with each problem's place. */
export async function publishScenarioAction(locale: string, revisionId: unknown): Promise<PublishOutcome> {
  const t = translatorFor(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const published = await publishRevision(caller.value, typeof revisionId === 'string' ? revisionId : '', new Date(), await getMediaExists());
  if (published.ok) {
    // This instance serves the new revision at once; the others notice the stamp within a second.
    await refreshPublishedLibrary();
    return { status: 'published', number: published.value.number, message: t('studio.publish.done', { number: published.value.number }) };
  }
  if (published.code === 'has_errors' && 'issues' in published) return { status: 'has_errors', issues: published.issues, message: t(published.message, published.params) };
  return { status: 'error', message: t(published.message, published.params) };
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

/** Restores an older revision's texts (a scenario's, or a set's with kind "set") as a new revision on top of the latest, then opens its editor. */
export async function restoreRevisionAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale: Locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'zh-CN';
  const t = getTranslator(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const id = field(form, 'id');
  const restored = await restoreRevision(caller.value, field(form, 'revisionId'), field(form, 'baseRevisionId'));
  if (!restored.ok) return { status: 'error', message: t(restored.message, restored.params) };
  const editor = field(form, 'kind') === 'set' ? `sets/${id}` : id;
  redirect(`/${locale}/admin/content/${editor}?restored=${restored.value.number}`);
}

/**
 * Creates a scenario from a channel's template, or as a copy of another scenario, as its first
 * (unpublished) revision, then opens the editor. An id in use is refused with what to do.
 */
export async function createScenarioAction(_previous: FormState, form: FormData): Promise<FormState> {
  const locale: Locale = isLocale(form.get('locale')) ? (form.get('locale') as Locale) : 'zh-CN';
  const t = getTranslator(locale);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };
  const values = { id: field(form, 'id'), channel: field(form, 'channel'), from: field(form, 'from') };
  const id = libraryIdSchema.safeParse(values.id);
  if (!id.success) {
    const message = t(isReservedContentId(values.id) ? 'studio.new.reservedId' : 'studio.new.badId', { id: values.id });
    return { status: 'error', message, fieldErrors: { id: message }, values };
  }
  let files: DraftFiles;
  if (values.from) {
    const source = await getContentEntry(caller.value, 'scenario', values.from);
    if (!source.ok) return { status: 'error', message: t(source.message), values };
    files = duplicateScenarioFiles(toDraftFiles(values.from, source.value.latest.files), values.from, id.data);
  } else {
    const channel = TEMPLATE_CHANNELS.find((candidate) => candidate === values.channel);
    if (!channel) return { status: 'error', message: t('studio.new.badChannel'), fieldErrors: { channel: t('studio.new.badChannel') }, values };
    files = scenarioTemplate(channel, id.data);
  }
  const saved = await saveRevision(caller.value, { kind: 'scenario', id: id.data, files: toContentFiles(id.data, files), baseRevisionId: null });
  if (!saved.ok) {
    if (saved.code === 'stale_base') return { status: 'error', message: t('studio.new.taken', { id: id.data }), fieldErrors: { id: t('studio.new.taken', { id: id.data }) }, values };
    return { status: 'error', message: t(saved.message, saved.params), values };
  }
  redirect(`/${locale}/admin/content/${id.data}`);
}

