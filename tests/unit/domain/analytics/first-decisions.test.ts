import { describe, expect, it } from 'vitest';
import { studentMisses, tagCounts, type FirstDecision } from '@/domain/analytics/first-decisions';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';

const SCENARIOS: ScenarioFacts[] = [
  { id: 'relink', verdict: 'scam', channel: 'im-chat', redFlags: ['urgency'], scripts: ['relink-price-error'] },
  { id: 'relink-2', verdict: 'scam', channel: 'sms', redFlags: ['urgency'], scripts: ['relink-price-error'] },
  { id: 'notice', verdict: 'legitimate', channel: 'im-chat', redFlags: [], scripts: [] },
];
const decision = (studentId: string, scenarioId: string, outcome: FirstDecision['outcome']): FirstDecision => ({ studentId, scenarioId, outcome });
const DECISIONS = [
  decision('ann', 'relink', 'fell_for_it'),
  decision('ann', 'relink-2', 'fell_for_it'),
  decision('ann', 'notice', 'safe'),
  decision('bo', 'relink', 'safe'),
  decision('bo', 'relink-2', 'safe'),
  decision('bo', 'notice', 'false_alarm'),
];

describe('tagCounts', () => {
  it('counts each student once per tag, however many of its scenarios they missed', () => {
    const byKey = new Map(tagCounts(DECISIONS, SCENARIOS).map((row) => [`${row.dimension}:${row.tag}`, row]));
    expect(byKey.get('script:relink-price-error')).toEqual({ dimension: 'script', tag: 'relink-price-error', metScam: 2, fellForIt: 1, metGenuine: 0, falseAlarms: 0 });
    expect(byKey.get('channel:im-chat')).toEqual({ dimension: 'channel', tag: 'im-chat', metScam: 2, fellForIt: 1, metGenuine: 2, falseAlarms: 1 });
    expect(byKey.get('scenario:notice')).toEqual({ dimension: 'scenario', tag: 'notice', metScam: 0, fellForIt: 0, metGenuine: 2, falseAlarms: 1 });
  });
});

describe('studentMisses', () => {
  it('lists each missed scenario and, per script, how many of its scams the student fell for', () => {
    expect(studentMisses(DECISIONS, SCENARIOS)).toEqual([
      { studentId: 'ann', dimension: 'scenario', tag: 'relink', fellForIt: 1, falseAlarms: 0 },
      { studentId: 'ann', dimension: 'script', tag: 'relink-price-error', fellForIt: 2, falseAlarms: 0 },
      { studentId: 'ann', dimension: 'scenario', tag: 'relink-2', fellForIt: 1, falseAlarms: 0 },
      { studentId: 'bo', dimension: 'scenario', tag: 'notice', fellForIt: 0, falseAlarms: 1 },
    ]);
  });
});
