import { ShareBar } from './share-bar';
import type { WeakSpot } from '@/domain/analytics/weak-spots';
import '@/ui/styles/focus.css';

export type WeakSpotText = {
  label: (spot: WeakSpot) => string;
  fell: (count: number, total: number, percent: number) => string;
  falseAlarm: (count: number, total: number, percent: number) => string;
  moneyLost: (amount: string) => string;
  trainedBy: (count: number) => string;
  formatMoney: (amount: number) => string;
  /** The follow-up link's text, and its accessible name naming the weak spot. */
  followUp: string;
  followUpFor: (label: string) => string;
};

/**
 * Weak spots of one dimension, weakest first. `followUpHref` gives the page that assigns the
 * scenarios training a spot as a follow-up; a spot without one (no practice set can be made for
 * it) gets no link.
 */
export function WeakSpotList({ spots, text, followUpHref }: { spots: readonly WeakSpot[]; text: WeakSpotText; followUpHref?: (spot: WeakSpot) => string | undefined }) {
  const percent = (share: number) => Math.round(share * 100);
  return (
    <ol className="weak-spots">
      {spots.map((spot) => (
        <li key={`${spot.dimension}:${spot.tag}`} className="weak-spot">
          <strong className="weak-spot-name">{text.label(spot)}</strong>
          {spot.fellShare !== null && <ShareBar share={spot.fellShare} kind="fell" caption={text.fell(spot.fellForIt, spot.metScam, percent(spot.fellShare))} />}
          {spot.falseAlarmShare !== null && <ShareBar share={spot.falseAlarmShare} kind="alarm" caption={text.falseAlarm(spot.falseAlarms, spot.metGenuine, percent(spot.falseAlarmShare))} />}
          <p className="weak-spot-meta">
            {spot.moneyLost > 0 && <span className="weak-spot-money">{text.moneyLost(text.formatMoney(spot.moneyLost))}</span>}
            <span>{text.trainedBy(spot.scenarioIds.length)}</span>
          </p>
          {followUpHref?.(spot) && (
            <p className="weak-spot-actions">
              <a className="button secondary small" href={followUpHref(spot)} aria-label={text.followUpFor(text.label(spot))}>
                {text.followUp}
              </a>
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
