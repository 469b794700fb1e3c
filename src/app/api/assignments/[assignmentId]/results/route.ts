import { DEFAULT_LOCALE, isLocale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { exportAssignmentResults } from '@/server/assignments/export-results';
import { getStaffViewer } from '@/server/auth/staff';

function asciiFileName(name: string): string {
  return name.replace(/[^\x20-\x7e]+/g, '_').replace(/"/g, '') || 'results.csv';
}

/**
 * The results of one assignment as a CSV download, for the trainer who manages the class: access
 * is checked before the first byte, then the file streams page by page (see exportAssignmentResults).
 */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const { assignmentId } = await params;
  const requested = new URL(request.url).searchParams.get('locale');
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = getTranslator(locale);
  const staff = await getStaffViewer();
  if (!staff) return new Response(t('errors.auth.signInRequired'), { status: 401, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  const exported = await exportAssignmentResults(staff, assignmentId, locale);
  if (!exported.ok) return new Response(t(exported.message), { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(exported.value.stream, {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      // Headers carry only Latin-1: a plain fallback name, and the real (often Chinese) one encoded.
      'content-disposition': `attachment; filename="${asciiFileName(exported.value.fileName)}"; filename*=UTF-8''${encodeURIComponent(exported.value.fileName)}`,
      'cache-control': 'private, no-store',
    },
  });
}
