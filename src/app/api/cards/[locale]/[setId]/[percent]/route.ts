import { resultCardSvg } from '@/domain/quiz/result-card';
import { findResultCard } from '@/server/quiz/result-card';

/** A shareable result card as an SVG image: a set's name and a percentage, nothing personal. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; setId: string; percent: string }> }) {
  const card = findResultCard(await params);
  if (!card) return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(resultCardSvg(card.text), {
    headers: {
      'content-type': 'image/svg+xml; charset=utf-8',
      'cache-control': 'public, max-age=3600',
      // The image carries only text; opened on its own it may run nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'x-content-type-options': 'nosniff',
    },
  });
}
