import { describe, expect, it } from 'vitest';
import { missedScripts, recognisedIn, suggestNextSet, type PlayedScenario } from '@/domain/quiz/end-screen';
import { RED_FLAGS, SCRIPTS, type ScriptId } from '@/domain/content/taxonomy';
import en from '@/i18n/messages/en.json';
import zh from '@/i18n/messages/zh-CN.json';

const scam = (scripts: ScriptId[], redFlags: PlayedScenario['redFlags'], score: number | null): PlayedScenario => ({ verdict: 'scam', scripts, redFlags, score });
const genuine = (scripts: ScriptId[], score: number | null): PlayedScenario => ({ verdict: 'legitimate', scripts, redFlags: [], score });

describe('what a student now recognises', () => {
  it('takes the scripts and red flags of the scams decided right, once each, in the order met', () => {
    const played = [
      scam(['relink-price-error'], ['look-alike-link', 'urgency'], 0.5),
      scam(['fake-service-refund'], ['credential-request'], 0),
      scam(['relink-price-error', 'phishing-basics'], ['urgency', 'unsolicited-link'], 1),
      genuine(['off-platform-payment'], 1),
      scam(['fake-police'], ['impersonation'], null),
    ];
    expect(recognisedIn(played)).toEqual({ scripts: ['relink-price-error', 'phishing-basics'], redFlags: ['look-alike-link', 'urgency', 'unsolicited-link'] });
  });

  it('misses the scripts of scenarios decided wrong or left unanswered, genuine look-alikes included', () => {
    const played = [scam(['relink-price-error'], [], 0.75), scam(['fake-service-refund'], [], 0), genuine(['off-platform-payment'], 0), scam(['fake-police'], [], null)];
    expect(missedScripts(played)).toEqual(['fake-service-refund', 'off-platform-payment', 'fake-police']);
  });

  it('has a name for every script and red flag in both languages', () => {
    for (const key of [...SCRIPTS.map((script) => `script.${script}`), ...RED_FLAGS.map((flag) => `redFlag.${flag}`)]) {
      expect(en, key).toHaveProperty([key]);
      expect(zh, key).toHaveProperty([key]);
    }
  });
});

describe('the set to practise next', () => {
  const scripts: Record<string, ScriptId[]> = {
    a1: ['relink-price-error'],
    b1: ['fake-service-refund'],
    b2: ['fake-service-refund'],
    c1: ['fake-service-refund'],
    c2: ['fake-police'],
    c3: ['fake-police'],
    d1: ['unknown-file'],
  };
  const sets = [
    { id: 'current', scenarioIds: ['a1', 'b1'], isPractice: true },
    { id: 'refunds', scenarioIds: ['b1', 'b2', 'd1'], isPractice: true },
    { id: 'police', scenarioIds: ['c1', 'c2', 'c3'], isPractice: true },
    { id: 'exam', scenarioIds: ['c1', 'c2', 'c3', 'b1', 'b2'], isPractice: false },
    { id: 'files', scenarioIds: ['d1'], isPractice: true },
  ];
  const scriptsOf = (id: string) => scripts[id] ?? [];

  it('is the practice set with most scenarios of what was missed, never the one just played nor an assignment-only one', () => {
    expect(suggestNextSet(sets, 'current', ['fake-police', 'fake-service-refund'], scriptsOf, new Set())).toEqual({ setId: 'police', reason: 'trains-missed', scripts: ['fake-police', 'fake-service-refund'] });
    expect(suggestNextSet(sets, 'current', ['fake-service-refund'], scriptsOf, new Set())).toEqual({ setId: 'refunds', reason: 'trains-missed', scripts: ['fake-service-refund'] });
  });

  it('is the first set not yet played when nothing was missed, or nothing when every set was played', () => {
    expect(suggestNextSet(sets, 'current', [], scriptsOf, new Set(['current', 'refunds']))).toEqual({ setId: 'police', reason: 'not-played' });
    expect(suggestNextSet(sets, 'current', ['relink-price-error'], scriptsOf, new Set(['current']))).toEqual({ setId: 'refunds', reason: 'not-played' });
    expect(suggestNextSet(sets, 'current', [], scriptsOf, new Set(['current', 'refunds', 'police', 'files']))).toBeUndefined();
  });
});
