import { readMediaFile } from '@/server/content/media';

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const { path } = await params;
  const file = await readMediaFile(path);
  if (!file) return new Response('Not found', { status: 404 });
  // SVG may carry script; the CSP keeps a directly opened file inert.
  return new Response(new Uint8Array(file.body), {
    headers: { 'content-type': file.type, 'cache-control': 'public, max-age=300', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", 'x-content-type-options': 'nosniff' },
  });
}
