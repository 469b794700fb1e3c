import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { requestOrigin } from '@/domain/classes/join-links';
import { RESULT_CARD_SIZE } from '@/domain/quiz/result-card';
import { getTranslator } from '@/i18n/get-messages';
import { isHttpsRequest } from '@/server/http/https';
import { findResultCard, resultCardPaths } from '@/server/quiz/result-card';
import '@/ui/styles/progress.css';

type CardParams = { params: Promise<{ locale: string; setId: string; percent: string }> };

export async function generateMetadata({ params }: CardParams): Promise<Metadata> {
  const card = findResultCard(await params);
  if (!card) return {};
  const t = getTranslator(card.locale);
  const requestHeaders = await headers();
  const origin = requestOrigin(requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host'), isHttpsRequest(requestHeaders));
  const title = t('card.pageHeading', { set: card.setTitle, percent: card.percent });
  const image = `${origin}${resultCardPaths(card.locale, card.setId, card.percent).image}`;
  return { title, description: t('card.invitation'), openGraph: { title, description: t('card.invitation'), images: [{ url: image, ...RESULT_CARD_SIZE }] } };
}

/** The page a shared result card leads to: the card, and the set to try. It shows nobody's name or answers. */
export default async function ResultCardPage({ params }: CardParams) {
  const card = findResultCard(await params);
  if (!card) notFound();
  const t = getTranslator(card.locale);
  return (
    <div className="result-card-page">
      <h1>{t('card.pageHeading', { set: card.setTitle, percent: card.percent })}</h1>
      {/* eslint-disable-next-line @next/next/no-img-element -- an SVG drawn by our own route; next/image adds nothing here */}
      <img className="result-card-image" src={resultCardPaths(card.locale, card.setId, card.percent).image} alt={t('card.imageAlt', { set: card.setTitle, percent: card.percent })} {...RESULT_CARD_SIZE} />
      <p>{t('card.invitation')}</p>
      <a className="button primary" href={`/${card.locale}#set-${card.setId}`}>
        {t('card.try')}
      </a>
    </div>
  );
}
