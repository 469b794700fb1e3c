import { scaleLinear } from 'd3-scale';
import type { StudentWeakSpot } from '@/domain/analytics/student-progress';
import '@/ui/styles/trainer-progress.css';

export type StudentWeakSpotText = {
  label: (spot: StudentWeakSpot) => string;
  fell: (count: number, total: number) => string;
  falseAlarm: (count: number, total: number) => string;
};

const width = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/** A share as a bar with its figures written beside it, so the bar is never the only way to read it. */
function ShareBar({ share, kind, caption }: { share: number; kind: 'fell' | 'alarm'; caption: string }) {
  return (
    <div className="share">
      <svg className="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
        <rect className="share-track" x={0} y={0} width={100} height={6} />
        <rect className={`share-fill share-${kind}`} x={0} y={0} width={width(share)} height={6} />
      </svg>
      <span>{caption}</span>
    </div>
  );
}

/** The scripts or red flags one student missed across assignments, most misses first. */
export function StudentWeakSpots({ spots, text }: { spots: readonly StudentWeakSpot[]; text: StudentWeakSpotText }) {
  return (
    <ol className="weak-spots">
      {spots.map((spot) => (
        <li key={`${spot.dimension}:${spot.tag}`} className="weak-spot">
          <strong className="weak-spot-name">{text.label(spot)}</strong>
          {spot.fellShare !== null && spot.fellForIt > 0 && <ShareBar share={spot.fellShare} kind="fell" caption={text.fell(spot.fellForIt, spot.metScam)} />}
          {spot.falseAlarmShare !== null && spot.falseAlarms > 0 && <ShareBar share={spot.falseAlarmShare} kind="alarm" caption={text.falseAlarm(spot.falseAlarms, spot.metGenuine)} />}
        </li>
      ))}
    </ol>
  );
}
