import 'server-only';
import { exportSetAsGift } from '@/domain/content/gift/scenario-to-gift';
import type { ContentLibrary } from '@/domain/content/library';
import type { Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';

/**
 * A playable set of `library` as a Moodle GIFT file in one language, or undefined when the library
 * has no such set. Shared by `npm run content:export-gift` (the content files) and the studio's
 * download (the published revisions), so both write the same file for the same content.
 */
export function giftOfSet(library: ContentLibrary, setId: string, locale: Locale): string | undefined {
  const set = library.sets.get(setId);
  if (!set) return undefined;
  const t = getTranslator(locale);
  return exportSetAsGift({
    set,
    scenarios: set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale[locale]),
    locale,
    labels: { redFlag: (tag) => t(`redFlag.${tag}`), trustSignal: (tag) => t(`trustSignal.${tag}`) },
  });
}
