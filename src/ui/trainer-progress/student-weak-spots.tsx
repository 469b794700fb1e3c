import { ShareBar } from '@/ui/results/share-bar';
import type { StudentWeakSpot } from '@/domain/analytics/student-progress';
import '@/ui/styles/trainer-progress.css';

export type StudentWeakSpotText = {
  label: (spot: StudentWeakSpot) => string;
  fell: (count: number, total: number) => string;
  falseAlarm: (count: number, total: number) => string;
};

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
