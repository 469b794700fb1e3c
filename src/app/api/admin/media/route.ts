import { MAX_UPLOAD_BYTES } from '@/domain/media/limits';
import { isLocale } from '@/i18n/config';
import { getTranslator } from '@/i18n/get-messages';
import { getStaffViewer } from '@/server/auth/staff';
import { withBodyLimit } from '@/server/http/body-limit';
import { isSameOriginRequest } from '@/server/http/same-origin';
import { uploadImage } from '@/server/media/upload-image';

const NO_STORE = { 'cache-control': 'no-store' };

const STATUS: Record<string, number> = { forbidden: 403, too_large: 413, wrong_type: 415, empty: 422, too_many_pixels: 422, unreadable: 422 };

function fileNameOf(request: Request): string {
  try {
    return decodeURIComponent(request.headers.get('x-file-name') ?? '');
  } catch {
    return '';
  }
}

/**
 * An admin uploads one image: the file's bytes are the body (not a form), its name in X-File-Name.
 * A route rather than a server action: an image may be 5 MB, five times what actions accept.
 * Answers the stored image as JSON, or a refusal in the language of `?locale=`.
 */
export async function POST(request: Request): Promise<Response> {
  const asked = new URL(request.url).searchParams.get('locale');
  const t = getTranslator(isLocale(asked) ? asked : 'zh-CN');
  const refuse = (status: number, message: string) => Response.json({ ok: false, message }, { status, headers: NO_STORE });
  if (!isSameOriginRequest(request.headers)) return refuse(403, t('errors.request.crossOrigin'));
  const limited = await withBodyLimit(async (limited) => {
    const viewer = await getStaffViewer();
    const bytes = new Uint8Array(await limited.arrayBuffer());
    const uploaded = await uploadImage(viewer, { bytes, fileName: fileNameOf(limited) });
    if (!uploaded.ok) {
      const params = uploaded.code === 'wrong_type' ? { kind: t(`media.kind.${uploaded.params?.kind}`) } : uploaded.params;
      return refuse(STATUS[uploaded.code] ?? 400, t(uploaded.message, params));
    }
    const { createdAt, ...asset } = uploaded.value;
    return Response.json({ ok: true, asset: { ...asset, createdAt: createdAt.toISOString() } }, { status: asset.isNew ? 201 : 200, headers: NO_STORE });
  }, MAX_UPLOAD_BYTES)(request);
  // Only the body limit answers 413: the upload itself never sees a larger file.
  return limited.status === 413 ? refuse(413, t('errors.media.overLimit', { max: MAX_UPLOAD_BYTES / 1024 / 1024 })) : limited;
}
