'use server';

import type { DraftCheckOutcome } from '@/domain/studio/check-outcome';
import { checkDraftForEditor } from '@/domain/studio/preview';
import { draftCheckInputSchema } from '@/domain/studio/schemas';
import { isLocale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { requireStaff } from '@/server/auth/staff';

/*
 * The content studio's actions. Each re-checks that the caller is an admin: the pages hide the
 * studio from everyone else, but an action is a public endpoint.
 */

/**
 * Checks a draft as the admin types: the same checker as `npm run content:check`, run here because
 * it needs the markdown sanitiser and the public suffix list, which stay on the server. Markdown
 * is rendered and sanitised exactly as for files, so the preview shows what students would see.
 */
export async function checkDraftAction(locale: string, input: unknown): Promise<DraftCheckOutcome> {
  const t = getTranslator(isLocale(locale) ? locale : 'zh-CN');
  const caller = await requireStaff('admin');
  if (!caller.ok) return { ok: false, message: t(caller.message) };
  const parsed = draftCheckInputSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: t('studio.errors.invalidDraft') };
  return { ok: true, ...checkDraftForEditor(parsed.data.id, parsed.data.files) };
}
