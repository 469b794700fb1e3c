import { beforeAll, describe, expect, it } from 'vitest';
import { groupBaseline, MAX_NO_READING_ADVANTAGE } from '@/domain/content/baseline';
import { allFocusRefs, buildFocusSet, FOCUS_DRAW, focusSetId, parseFocusSetId, type FocusRef } from '@/domain/content/focus-sets';
import type { ContentLibrary } from '@/domain/content/library';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { contentIdSchema } from '@/domain/content/schemas';
import { CHANNELS, RED_FLAGS, SCRIPTS, VERDICTS } from '@/domain/content/taxonomy';
import { planAttemptItems, seededRandom } from '@/domain/quiz/plan-attempt';
import { LOCALES } from '@/domain/shared/locales';
import { readContentLibrary } from '@/server/content/read-files';

let library: ContentLibrary;
beforeAll(() => {
  library = readContentLibrary('.');
});

const zh = (id: string): LocalizedScenario => library.scenarios.get(id)!.byLocale['zh-CN'];
const carries = (scenario: LocalizedScenario, ref: FocusRef) =>
  ref.dimension === 'channel' ? scenario.channel === ref.tag : ref.dimension === 'script' ? (scenario.scripts as string[]).includes(ref.tag) : (scenario.redFlags as string[]).includes(ref.tag);

describe('focus set ids', () => {
  it('round-trips every tag of the taxonomy', () => {
    const refs = allFocusRefs();
    expect(refs).toHaveLength(SCRIPTS.length + RED_FLAGS.length + CHANNELS.length);
    for (const ref of refs) expect(parseFocusSetId(focusSetId(ref))).toEqual(ref);
    expect(focusSetId({ dimension: 'redFlag', tag: 'urgency' })).toBe('focus:redFlag:urgency');
  });

  it.each(['', 'buyer-basics', 'focus', 'focus:script', 'focus:script:', 'focus:script:no-such-script', 'focus:colour:red', 'focus:channel:urgency', 'focus:script:fake-police:extra', 'FOCUS:script:fake-police', 'x:script:fake-police', 'focus:redflag:urgency'])(
    'refuses %j',
    (id) => {
      expect(parseFocusSetId(id)).toBeUndefined();
    },
  );

  it('cannot collide with a set file: set ids may not contain a colon', () => {
    expect(contentIdSchema.safeParse(focusSetId({ dimension: 'script', tag: 'fake-police' })).success).toBe(false);
  });
});

describe('the focus sets of the bundled library', () => {
  const practiceIds = () => {
    const sets = [...library.sets.values()];
    const held = new Set(sets.filter((set) => !set.isPractice).flatMap((set) => set.scenarioIds));
    return new Set(sets.filter((set) => set.isPractice).flatMap((set) => set.scenarioIds).filter((id) => !held.has(id)));
  };

  it('exists for every tag that has a practice scam', () => {
    const practice = practiceIds();
    const missing = allFocusRefs().filter((ref) => [...practice].some((id) => zh(id).verdict === 'scam' && carries(zh(id), ref)) && !buildFocusSet(library, ref));
    expect(missing).toEqual([]);
    expect(allFocusRefs().filter((ref) => buildFocusSet(library, ref)).length).toBeGreaterThan(50);
  });

  it.each(allFocusRefs().map((ref) => [focusSetId(ref), ref] as const))('%s: balanced, practice-only, at most 10 a run, and no draw lets a non-reader pass', (_id, ref) => {
    const set = buildFocusSet(library, ref);
    if (!set) return;
    const practice = practiceIds();
    expect(set.draw).toBeLessThanOrEqual(FOCUS_DRAW);
    expect(set.scamCount).toBe(set.genuineCount);
    expect(set.scenarioIds.every((id) => practice.has(id))).toBe(true);
    const [scams, ...genuine] = set.strata;
    expect(scams.scenarioIds.every((id) => zh(id).verdict === 'scam' && carries(zh(id), ref))).toBe(true);
    expect(genuine.flatMap((stratum) => stratum.scenarioIds).every((id) => zh(id).verdict === 'legitimate')).toBe(true);

    // Many random runs, each judged by the library's own baseline as a set of its own would be.
    const random = seededRandom(ref.tag.length * 97 + ref.dimension.length);
    for (let run = 0; run < 60; run += 1) {
      const items = planAttemptItems(set, random);
      expect(items).toHaveLength(set.draw);
      expect(new Set(items).size).toBe(items.length);
      expect(items.filter((id) => zh(id).verdict === 'scam')).toHaveLength(set.scamCount);
      for (const locale of LOCALES) {
        for (const constant of VERDICTS) {
          const baseline = groupBaseline(items.map((id) => library.scenarios.get(id)!.byLocale[locale]), constant);
          expect(baseline.noReading - baseline.random, `${locale}, always "${constant}": ${items.join(', ')}`).toBeLessThanOrEqual(MAX_NO_READING_ADVANTAGE + 1e-9);
        }
      }
    }
  });

  it('is the same for the same library', () => {
    const ref: FocusRef = { dimension: 'redFlag', tag: 'urgency' };
    expect(buildFocusSet(library, ref)).toEqual(buildFocusSet(library, ref));
  });

  it('is refused when no genuine message could balance the scams', () => {
    const scamsOnly = [...library.scenarios.values()].filter((scenario) => scenario.byLocale['zh-CN'].verdict === 'scam').map((scenario) => scenario.id);
    const onlyScams = { scenarios: library.scenarios, sets: new Map([['scams', { id: 'scams', path: 'x', title: { 'zh-CN': 'x', en: 'x' }, description: { 'zh-CN': 'x', en: 'x' }, scenarioIds: scamsOnly, isPractice: true }]]) };
    expect(buildFocusSet(onlyScams, { dimension: 'redFlag', tag: 'urgency' })).toBeUndefined();
  });

  it('never takes a scenario of an assignment-only set', () => {
    const held = [...library.sets.values()].filter((set) => !set.isPractice).flatMap((set) => set.scenarioIds);
    expect(held.length).toBeGreaterThan(0);
    for (const ref of allFocusRefs()) {
      const set = buildFocusSet(library, ref);
      expect(set?.scenarioIds.filter((id) => held.includes(id)) ?? []).toEqual([]);
    }
  });
});

describe('planAttemptItems with strata', () => {
  it('draws each stratum its count and mixes them', () => {
    const set = { scenarioIds: ['a', 'b', 'c', 'x', 'y'], draw: 3, strata: [{ scenarioIds: ['a', 'b', 'c'], count: 2 }, { scenarioIds: ['x', 'y'], count: 1 }] };
    const seen = new Set<string>();
    const random = seededRandom(7);
    for (let run = 0; run < 50; run += 1) {
      const items = planAttemptItems(set, random);
      expect(items.filter((id) => 'abc'.includes(id))).toHaveLength(2);
      expect(items.filter((id) => 'xy'.includes(id))).toHaveLength(1);
      items.forEach((id) => seen.add(id));
    }
    expect(seen.size).toBe(5);
  });
});
