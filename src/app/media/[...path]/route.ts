import { readMedia } from '@/server/content/media';
import { mediaHeaders } from '@/server/http/media-headers';

/** Serves an image of content/media/ or an uploaded one (see src/domain/media/references.ts). */
export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const image = await readMedia(path);
  if (!image) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } });
  return new Response(new Uint8Array(image.body), { headers: mediaHeaders(path.at(-1) ?? '', image.type, image.isUpload) });
}
