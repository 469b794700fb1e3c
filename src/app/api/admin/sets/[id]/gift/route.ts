import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffViewer } from '@/server/auth/staff';
import { exportPublishedSetGift } from '@/server/content/published-set-gift';

const TEXT = { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff', 'cache-control': 'no-store' };

/**
 * An admin downloads a quiz set's published revision as a Moodle GIFT file in the language of
 * `?locale=`; refusals are plain text in the language of `?ui=` (else the file's, else zh-CN).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const locale = query.get('locale');
  const ui = query.get('ui');
  const t = getTranslator(isLocale(ui) ? ui : isLocale(locale) ? locale : 'zh-CN');
  const refuse = (status: number, message: string) => new Response(`${message}\n`, { status, headers: TEXT });
  if (!isLocale(locale)) return refuse(400, t('studio.sets.gift.badLocale'));
  const exported = await exportPublishedSetGift(await getStaffViewer(), id, locale);
  if (!exported.ok) return refuse(exported.code === 'forbidden' ? 403 : 404, t(exported.message, exported.params));
  return new Response(exported.value.text, { headers: { ...TEXT, 'content-disposition': `attachment; filename="${exported.value.fileName}"` } });
}
