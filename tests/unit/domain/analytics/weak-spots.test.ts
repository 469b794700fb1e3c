import { describe, expect, it } from 'vitest';
import { scenarioTags, weakSpots, type ScenarioFacts, type TagCounts } from '@/domain/analytics/weak-spots';

const SCENARIOS: ScenarioFacts[] = [
  { id: 'relink', verdict: 'scam', channel: 'im-chat', redFlags: ['look-alike-link', 'urgency'], scripts: ['relink-price-error'], moneyAtRisk: 159 },
  { id: 'refund', verdict: 'scam', channel: 'phone-call', redFlags: ['credential-request', 'urgency'], scripts: ['fake-service-refund'], moneyAtRisk: 5000 },
  { id: 'notice', verdict: 'legitimate', channel: 'im-chat', redFlags: [], scripts: [] },
];

const counts = (dimension: TagCounts['dimension'], tag: string, metScam: number, fellForIt: number, metGenuine = 0, falseAlarms = 0): TagCounts => ({ dimension, tag, metScam, fellForIt, metGenuine, falseAlarms });

describe('scenarioTags', () => {
  it('lists each scenario under its id, channel, scripts and red flags, with its verdict', () => {
    expect(scenarioTags(SCENARIOS.slice(0, 1))).toEqual([
      { scenarioId: 'relink', dimension: 'scenario', tag: 'relink', verdict: 'scam' },
      { scenarioId: 'relink', dimension: 'channel', tag: 'im-chat', verdict: 'scam' },
      { scenarioId: 'relink', dimension: 'script', tag: 'relink-price-error', verdict: 'scam' },
      { scenarioId: 'relink', dimension: 'redFlag', tag: 'look-alike-link', verdict: 'scam' },
      { scenarioId: 'relink', dimension: 'redFlag', tag: 'urgency', verdict: 'scam' },
    ]);
  });
});

describe('weakSpots', () => {
  const spots = weakSpots(
    [
      counts('scenario', 'relink', 10, 4),
      counts('scenario', 'refund', 10, 1),
      counts('scenario', 'notice', 0, 0, 10, 6),
      counts('script', 'relink-price-error', 10, 4),
      counts('script', 'fake-service-refund', 10, 1),
      counts('redFlag', 'urgency', 10, 5),
      counts('channel', 'im-chat', 10, 4, 10, 6),
      counts('channel', 'phone-call', 10, 1),
    ],
    SCENARIOS,
  );

  it('gives shares of students who fell for a scam and who distrusted a genuine message', () => {
    expect(spots.find((spot) => spot.tag === 'im-chat')).toMatchObject({ fellShare: 0.4, falseAlarmShare: 0.6, scenarioIds: ['relink', 'notice'] });
    expect(spots.find((spot) => spot.tag === 'phone-call')).toMatchObject({ fellShare: 0.1, falseAlarmShare: null });
  });

  it('adds up the money at risk of each fall for the scams with the tag', () => {
    expect(spots.find((spot) => spot.tag === 'relink-price-error')?.moneyLost).toBe(4 * 159);
    expect(spots.find((spot) => spot.tag === 'urgency')?.moneyLost).toBe(4 * 159 + 1 * 5000);
    expect(spots.find((spot) => spot.tag === 'im-chat')?.moneyLost).toBe(4 * 159);
  });

  it('puts the weakest first and leaves the per-scenario rows out', () => {
    expect(spots.map((spot) => spot.tag)).toEqual(['im-chat', 'urgency', 'relink-price-error', 'fake-service-refund', 'phone-call']);
  });
});
