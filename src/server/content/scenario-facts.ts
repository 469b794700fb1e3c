import 'server-only';
import type { ScenarioFacts } from '@/domain/analytics/weak-spots';
import { DEFAULT_LOCALE } from '@/domain/shared/locales';
import { getContentLibrary } from './library';

/** The verdict, tags and money at risk of the scenarios with these ids that the library still has. */
export function scenarioFacts(ids: readonly string[]): ScenarioFacts[] {
  const library = getContentLibrary();
  return ids.flatMap((id) => {
    const scenario = library.scenarios.get(id)?.byLocale[DEFAULT_LOCALE];
    if (!scenario) return [];
    return [{ id, verdict: scenario.verdict, channel: scenario.channel, redFlags: scenario.redFlags, scripts: scenario.scripts, moneyAtRisk: scenario.moneyAtRisk }];
  });
}
