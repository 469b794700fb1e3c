import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderCatalogue } from '@/domain/content/catalogue';
import { exhibitLines } from '@/domain/content/exhibits';
import type { ContentLibrary } from '@/domain/content/library';
import type { LocalizedScenario } from '@/domain/content/scenario';
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
    expect(library.issues).toEqual([]);
  });

  it('holds at least 45 scenarios, each in both languages', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(45);
    for (const scenario of library.scenarios.values()) expect(Object.keys(scenario.byLocale).sort()).toEqual([...LOCALES].sort());
  });

  it('is at least one third legitimate look-alikes', () => {
    const legitimate = scenarios.filter((scenario) => scenario.verdict === 'legitimate').length;
    expect(legitimate * 3).toBeGreaterThanOrEqual(scenarios.length);
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

  it('puts every recast classic quiz question into the classic set', () => {
    const recasts = scenarios.filter((scenario) => scenario.id.startsWith('quiz-')).map((scenario) => scenario.id);
    expect(recasts.length).toBeGreaterThanOrEqual(8);
    expect(library.sets.get('classic-quiz-questions')!.scenarioIds.sort()).toEqual(recasts.sort());
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
