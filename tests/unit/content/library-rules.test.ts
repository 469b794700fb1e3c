import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogue } from '@/domain/content/catalogue';
import { exhibitLines } from '@/domain/content/exhibits';
import type { ContentLibrary } from '@/domain/content/library';
import type { LocalizedScenario } from '@/domain/content/scenario';
import { groupBaseline, majorityVerdict, MAX_NO_READING_ADVANTAGE } from '@/domain/content/baseline';
import { isError } from '@/domain/content/issues';
import { areNearDuplicates, channelBalance, isBalanced, longestCorrectShare, MAX_LONGEST_CORRECT_SHARE } from '@/domain/content/library-rules';
import { optionLengthRatio, MAX_CORRECT_OPTION_LENGTH_RATIO } from '@/domain/content/option-length';
import { AUDIENCES, CHANNELS, SCRIPTS } from '@/domain/content/taxonomy';
import { LOCALES } from '@/domain/shared/locales';
import { readContentLibrary } from '@/server/content/read-files';

// These rules are the promise made to trainers in content/CATALOGUE.md; they keep the bundled
// library from shrinking silently.
let library: ContentLibrary;
let scenarios: LocalizedScenario[];

beforeAll(() => {
  library = readContentLibrary('.');
  scenarios = [...library.scenarios.values()].map((scenario) => scenario.byLocale['zh-CN']);
});

describe('the bundled scenario library', () => {
  it('has no content errors, so every file is playable', () => {
    expect(library.issues.filter(isError)).toEqual([]);
  });

  it('keeps every library rule: no warning from content:check', () => {
    expect(library.issues.filter((issue) => !isError(issue))).toEqual([]);
  });

  it('holds at least 120 scenarios, each in both languages', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(120);
    for (const scenario of library.scenarios.values()) expect(Object.keys(scenario.byLocale).sort()).toEqual([...LOCALES].sort());
  });

  it('is at least one third legitimate look-alikes', () => {
    const legitimate = scenarios.filter((scenario) => scenario.verdict === 'legitimate').length;
    expect(legitimate * 3).toBeGreaterThanOrEqual(scenarios.length);
  });

  it('keeps every channel with five or more scenarios 25-60% legitimate', () => {
    const unbalanced = channelBalance(scenarios).filter((entry) => !isBalanced(entry));
    expect(unbalanced).toEqual([]);
  });

  it('gives sellers and customer-service staff calls, QR codes and forged payment proof too', () => {
    const staff = scenarios.filter((scenario) => scenario.audience !== 'buyer');
    for (const channel of ['phone-call', 'qr-code', 'payment-screenshot'] as const) {
      expect(staff.filter((scenario) => scenario.channel === channel).length, channel).toBeGreaterThanOrEqual(2);
    }
    expect(staff.filter((scenario) => scenario.redFlags.includes('fake-payment-proof')).length).toBeGreaterThanOrEqual(4);
  });

  it('spreads over every channel and all three audiences', () => {
    expect(new Set(scenarios.map((scenario) => scenario.channel))).toEqual(new Set(CHANNELS));
    expect(new Set(scenarios.map((scenario) => scenario.audience))).toEqual(new Set(AUDIENCES));
  });

  it.each(SCRIPTS)('covers the script %s with two or more scams at different difficulty levels', (script) => {
    const scams = scenarios.filter((scenario) => scenario.verdict === 'scam' && scenario.scripts.includes(script));
    expect(scams.length).toBeGreaterThanOrEqual(2);
    expect(new Set(scams.map((scenario) => scenario.difficulty)).size).toBeGreaterThanOrEqual(2);
  });

  it('ships the three scenarios of the product brief', () => {
    expect(library.scenarios.get('relink-price-error-im')?.byLocale['zh-CN']).toMatchObject({ channel: 'im-chat', verdict: 'scam' });
    expect(library.scenarios.get('fake-service-refund-call')?.byLocale['zh-CN']).toMatchObject({ channel: 'phone-call', verdict: 'scam' });
    expect(library.scenarios.get('forged-payment-screenshot-im')?.byLocale['zh-CN']).toMatchObject({ audience: 'seller', verdict: 'scam' });
  });

  it('uses only reserved example domains in exhibit links and addresses', () => {
    const foreign: string[] = [];
    for (const scenario of library.scenarios.values()) {
      for (const localized of Object.values(scenario.byLocale)) {
        for (const line of localized.exhibits.flatMap(exhibitLines)) {
          const text = line.segments.map((segment) => (segment.kind === 'link' ? `${segment.text} ${segment.href}` : segment.text)).join(' ');
          for (const match of text.matchAll(/\b((?:[a-z0-9-]+\.)+(?:com|net|org|cn|io|top|xyz|cc))\b/gi)) {
            if (!/(^|\.)example\.(com|net|org)$/i.test(match[1])) foreign.push(`${localized.path}: ${match[1]}`);
          }
        }
      }
    }
    expect(foreign).toEqual([]);
  });

  it('explains each scenario in two to four sentences in both languages', () => {
    const countSentences = (text: string, locale: string) =>
      locale === 'en' ? (text.match(/[.!?](?=\s|$)/g) ?? []).length : (text.replace(/「[^」]*」|“[^”]*”/g, '').match(/[。！？]/g) ?? []).length;
    const outside = [...library.scenarios.values()].flatMap((scenario) =>
      Object.values(scenario.byLocale)
        .filter((localized) => {
          const count = countSentences(localized.explanation, localized.locale);
          return count < 2 || count > 4;
        })
        .map((localized) => localized.path),
    );
    expect(outside).toEqual([]);
  });

  it.each(LOCALES)('(%s) makes the correct option the longest in at most 35%% of single-choice questions, and never more than 1.3x the wrong ones', (locale) => {
    const localized = [...library.scenarios.values()].map((scenario) => scenario.byLocale[locale]);
    const { longest, total } = longestCorrectShare(localized);
    expect(longest / total).toBeLessThanOrEqual(MAX_LONGEST_CORRECT_SHARE);
    const tooLong = localized.flatMap((scenario) =>
      scenario.questions.filter((question) => (question.type === 'single' || question.type === 'multiple') && optionLengthRatio(question)! > MAX_CORRECT_OPTION_LENGTH_RATIO).map((question) => `${scenario.path} ${question.id}`),
    );
    expect(tooLong).toEqual([]);
  });

  it('asks every decision first, as a verdict or single choice, with no verdict question after it', () => {
    for (const scenario of scenarios) {
      expect(['single', 'verdict'], scenario.path).toContain(scenario.questions[0].type);
      expect(scenario.questions.slice(1).some((question) => question.type === 'verdict'), scenario.path).toBe(false);
    }
  });

  it('lets "mark the lines that decided it" work for both verdicts', () => {
    const spotByVerdict = (verdict: string) => scenarios.filter((scenario) => scenario.verdict === verdict && scenario.questions.some((question) => question.type === 'spot')).length;
    expect(spotByVerdict('legitimate')).toBeGreaterThan(0);
    // The follow-up kind must not tell the verdict either: the share of scenarios with a spot question is alike for both.
    const share = (verdict: string) => spotByVerdict(verdict) / scenarios.filter((scenario) => scenario.verdict === verdict).length;
    expect(Math.abs(share('scam') - share('legitimate'))).toBeLessThan(0.2);
  });

  it('gives every wrong option an explanation of its own', () => {
    for (const scenario of scenarios) {
      for (const question of scenario.questions) {
        if (question.type !== 'single' && question.type !== 'multiple') continue;
        const texts = question.options.map((option) => option.explanation);
        expect(new Set(texts).size, `${scenario.path} ${question.id}`).toBe(texts.length);
      }
    }
  });
});

describe('the bundled quiz sets', () => {
  it.each([
    ['buyer-basics', 'Online shopping: buyer basics'],
    ['new-shop-owner', 'New shop owner'],
    ['customer-service-onboarding', 'Customer-service staff onboarding'],
    ['refunds-payments-calls', 'Refunds, payments and phone calls'],
  ])('%s holds 8 to 15 scenarios', (id, title) => {
    const set = library.sets.get(id)!;
    expect(set.title.en).toBe(title);
    expect(set.scenarioIds.length).toBeGreaterThanOrEqual(8);
    expect(set.scenarioIds.length).toBeLessThanOrEqual(15);
  });

  it('has a 5-minute check of 5 mixed scenarios', () => {
    const set = library.sets.get('five-minute-check')!;
    const picked = set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale.en);
    expect(set.draw ?? picked.length).toBe(5);
    expect(new Set(picked.map((scenario) => scenario.verdict)).size).toBe(2);
    expect(new Set(picked.map((scenario) => scenario.audience)).size).toBeGreaterThan(1);
  });

  it('puts every recast classic quiz question into a set, and only recasts into the classic set', () => {
    const recasts = scenarios.filter((scenario) => scenario.id.startsWith('quiz-')).map((scenario) => scenario.id);
    expect(recasts.length).toBeGreaterThanOrEqual(9);
    const inSets = new Set([...library.sets.values()].flatMap((set) => set.scenarioIds));
    expect(recasts.filter((id) => !inSets.has(id))).toEqual([]);
    expect(library.sets.get('classic-quiz-questions')!.scenarioIds.every((id) => id.startsWith('quiz-'))).toBe(true);
    expect(library.sets.get('classic-quiz-questions')!.scenarioIds).toContain('quiz-relink-price-error-small-appliance');
  });

  it('puts every scenario in at least one set, and no near-duplicates in the same set', () => {
    const inSets = new Set([...library.sets.values()].flatMap((set) => set.scenarioIds));
    expect([...library.scenarios.keys()].filter((id) => !inSets.has(id))).toEqual([]);
    for (const set of library.sets.values()) {
      const members = set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale['zh-CN']);
      const pairs = members.flatMap((a, i) => members.slice(i + 1).filter((b) => areNearDuplicates(a, b)).map((b) => `${a.id} + ${b.id}`));
      expect(pairs, set.id).toEqual([]);
    }
  });

  it('offers assignment-only sets whose scenarios no practice set reveals', () => {
    const assignmentOnly = [...library.sets.values()].filter((set) => !set.isPractice);
    expect(assignmentOnly.length).toBeGreaterThanOrEqual(3);
    const practised = new Set([...library.sets.values()].filter((set) => set.isPractice).flatMap((set) => set.scenarioIds));
    for (const set of assignmentOnly) {
      expect(set.scenarioIds.filter((id) => practised.has(id)), set.id).toEqual([]);
      const verdicts = new Set(set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale['zh-CN'].verdict));
      expect(verdicts.size, set.id).toBe(2);
    }
  });

  it.each(LOCALES)('(%s) lets no student pass a set without reading: the no-reading strategy stays within 10 points of guessing', (locale) => {
    const all = [...library.scenarios.values()].map((scenario) => scenario.byLocale[locale]);
    const majority = majorityVerdict(all);
    const groups: [string, typeof all][] = [['whole library', all], ...[...library.sets.values()].map((set): [string, typeof all] => [set.id, set.scenarioIds.map((id) => library.scenarios.get(id)!.byLocale[locale])])];
    const beaten = groups
      .map(([name, members]) => ({ name, ...groupBaseline(members, majority) }))
      .filter((entry) => entry.noReading - entry.random > MAX_NO_READING_ADVANTAGE);
    expect(beaten).toEqual([]);
  });
});

describe('content/CATALOGUE.md', () => {
  it('is up to date: run `npm run content:catalogue` after changing content', () => {
    expect(readFileSync('content/CATALOGUE.md', 'utf8')).toBe(renderCatalogue(library));
  });

  it('lists every scenario and a coverage row for every script', () => {
    const catalogue = renderCatalogue(library);
    for (const id of library.scenarios.keys()) expect(catalogue).toContain(`| \`${id}\` |`);
    for (const script of SCRIPTS) expect(catalogue).toContain(`**${script}**`);
    expect(catalogue).not.toContain('**none**');
  });
});
