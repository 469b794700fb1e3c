import 'server-only';
import { resultCardParamsSchema, type ResultCardText } from '@/domain/quiz/result-card';
import { isLocale, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { getContentLibrary } from '@/server/content/library';

export type ResultCard = { locale: Locale; setId: string; setTitle: string; percent: number; text: ResultCardText };

/**
 * The card for a practice set and a percentage taken from an address, or undefined when the
 * address names no practice set or no whole percentage. Assignment-only sets get no card: their
 * page could not offer the set to try.
 */
export function findResultCard(params: { locale: string; setId: string; percent: string }): ResultCard | undefined {
  if (!isLocale(params.locale)) return undefined;
  const parsed = resultCardParamsSchema.safeParse(params);
  if (!parsed.success) return undefined;
  const set = getContentLibrary().sets.get(parsed.data.setId);
  if (!set?.isPractice) return undefined;
  const locale = params.locale;
  const t = getTranslator(locale);
  const setTitle = set.title[locale];
  const { percent } = parsed.data;
  return {
    locale,
    setId: set.id,
    setTitle,
    percent,
    text: { locale, appName: t('app.name'), headline: t('card.headline'), setTitle, percentText: t('summary.percent', { percent }), invitation: t('card.invitation') },
  };
}

/** Where a card's image and page live; the page is what students share. */
export function resultCardPaths(locale: Locale, setId: string, percent: number): { page: string; image: string } {
  return { page: `/${locale}/card/${setId}/${percent}`, image: `/api/cards/${locale}/${setId}/${percent}` };
}
