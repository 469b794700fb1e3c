import 'server-only';
import { buildFocusSet, parseFocusSetId, type DrawStratum, type FocusRef } from '@/domain/content/focus-sets';
import type { ContentLibrary } from '@/domain/content/library';
import type { QuizSet } from '@/domain/content/scenario';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '@/domain/shared/locales';
import { getTranslator } from '@/i18n/get-messages';
import { getContentLibrary } from './library';

/**
 * A set students can play: a file set of content/sets, or a focus set made from the library for one
 * tag (src/domain/content/focus-sets.ts). Focus sets carry their tag and the strata a run draws from.
 */
export type PlayableSet = QuizSet & {
  focus?: FocusRef;
  strata?: readonly DrawStratum[];
  /** The title in the locale asked for (the default locale when none was). */
  localTitle: string;
};

// Focus sets are rebuilt only when the library object changes (an edited file).
const focusCache = new WeakMap<ContentLibrary, Map<string, PlayableSet | null>>();

/** The translated name of a focus set's tag, as the results page names it. */
export function focusTopic(ref: FocusRef, locale: Locale): string {
  return getTranslator(locale)(`${ref.dimension}.${ref.tag}`);
}

function focusSet(library: ContentLibrary, id: string): Omit<PlayableSet, 'localTitle'> | undefined {
  let sets = focusCache.get(library);
  if (!sets) focusCache.set(library, (sets = new Map()));
  if (!sets.has(id)) {
    const ref = parseFocusSetId(id);
    const plan = ref && buildFocusSet(library, ref);
    const text = (pick: (locale: Locale) => string) => Object.fromEntries(LOCALES.map((locale) => [locale, pick(locale)])) as Record<Locale, string>;
    sets.set(
      id,
      plan
        ? {
            id: plan.id,
            path: '',
            title: text((locale) => getTranslator(locale)('focus.title', { topic: focusTopic(plan.focus, locale) })),
            description: text((locale) => getTranslator(locale)('focus.description', { count: plan.draw, scams: plan.scamCount, genuine: plan.genuineCount, topic: focusTopic(plan.focus, locale) })),
            scenarioIds: plan.scenarioIds,
            draw: plan.draw,
            isPractice: true,
            focus: plan.focus,
            strata: plan.strata,
            localTitle: '',
          }
        : null,
    );
  }
  return sets.get(id) ?? undefined;
}

/**
 * The set with this id, file set or focus set, or undefined when there is none (an unknown id, a
 * forged focus id, a tag the library cannot balance). Every page and action that needs a set's
 * title, items or practice flag asks here, so a focus set works wherever a file set does.
 */
export function findQuizSet(setId: string, locale?: Locale, library: ContentLibrary = getContentLibrary()): PlayableSet | undefined {
  const set = library.sets.get(setId) ?? focusSet(library, setId);
  return set && { ...set, localTitle: set.title[locale ?? DEFAULT_LOCALE] };
}

/** A set's title for a page or a CSV, or its id when the set is gone. */
export function quizSetTitle(setId: string, locale: Locale): string {
  return findQuizSet(setId, locale)?.localTitle ?? setId;
}
