'use server';

import { decodeGiftBytes, MAX_GIFT_BYTES, summarizeGiftImport } from '@/domain/content/gift/gift-import-run';
import type { GiftImportState } from '@/domain/studio/gift-import-outcome';
import { isLocale } from '@/domain/shared/locales';
import { requireStaff } from '@/server/auth/staff';
import { importGiftDrafts } from '@/server/db/gift-imports';
import { formContext } from './form-locale';

/** The name drafts quote for pasted text, which has no file name. */
const PASTED_NAME = 'pasted.gift';

const kilobytes = (bytes: number) => Math.ceil(bytes / 1024);

/**
 * Imports an uploaded or pasted GIFT file as draft scenarios and sets. The caller must be an admin
 * (checked here and again in the data layer); the file is limited in size and must be UTF-8.
 */
export async function importGiftAction(_previous: GiftImportState, form: FormData): Promise<GiftImportState> {
  const { t } = formContext(form);
  const caller = await requireStaff('admin');
  if (!caller.ok) return { status: 'error', message: t(caller.message) };

  const upload = form.get('file');
  const file = upload instanceof File && upload.size > 0 ? upload : undefined;
  const pasted = typeof form.get('text') === 'string' ? (form.get('text') as string) : '';
  if (file && pasted.trim()) return { status: 'error', message: t('studio.gift.errors.both') };
  if (!file && !pasted.trim()) return { status: 'error', message: t('studio.gift.errors.empty') };
  const size = file ? file.size : new TextEncoder().encode(pasted).length;
  if (size > MAX_GIFT_BYTES) return { status: 'error', message: t('studio.gift.errors.tooLarge', { size: kilobytes(size), max: kilobytes(MAX_GIFT_BYTES) }) };
  const language = form.get('language');
  if (!isLocale(language)) return { status: 'error', message: t('studio.gift.errors.language') };

  let text = pasted;
  if (file) {
    const decoded = decodeGiftBytes(new Uint8Array(await file.arrayBuffer()));
    if (!decoded.ok) return { status: 'error', message: t('studio.gift.errors.notUtf8') };
    text = decoded.text;
  }
  const sourceName = file?.name.replace(/^.*[\\/]/, '').slice(0, 200) || PASTED_NAME;
  const imported = await importGiftDrafts(caller.value, { text, locale: language, sourceName });
  if (!imported.ok) return { status: 'error', message: t(imported.message, imported.params), earlier: 'earlier' in imported ? imported.earlier : undefined };

  const { result } = imported.value;
  const summary = summarizeGiftImport(result);
  return {
    status: 'imported',
    message: t('studio.gift.report.summary', { imported: summary.imported, questions: summary.questions, sets: summary.sets }),
    report: {
      sourceName,
      locale: language,
      summary,
      problems: result.problems,
      draftIssues: result.draftIssues.map(({ path, line, column, message }) => ({ path, line, column, message })),
      scenarios: result.scenarios.map(({ id, line, setId }) => ({ id, line, setId })),
      sets: result.sets.map(({ id, title, scenarioIds }) => ({ id, title, scenarioIds })),
    },
  };
}
