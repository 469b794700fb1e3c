import { scaleLinear } from 'd3-scale';
import type { MyMiss } from '@/domain/analytics/my-progress';

export type MissListText = {
  name: (miss: MyMiss) => string;
  /** "You trusted 3 of 5 …": scams with this tag trusted. */
  fell: (miss: MyMiss) => string;
  /** "You distrusted 1 of 4 …": genuine messages with this tag distrusted. */
  falseAlarm: (miss: MyMiss) => string;
};

const width = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/** A share as a bar, its sentence beside it: the bar is never the only way to read the figure. */
function MissBar({ part, whole, kind, caption }: { part: number; whole: number; kind: 'fell' | 'alarm'; caption: string }) {
  return (
    <div className="miss-share">
      <span>{caption}</span>
      <svg className="share-bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
        <rect className="share-track" x={0} y={0} width={100} height={6} />
        <rect className={`share-fill share-${kind}`} x={0} y={0} width={width(part / whole)} height={6} />
      </svg>
    </div>
  );
}

/** The scripts or red flags a learner missed, weakest first, each in the learner's words. */
export function MissList({ misses, text }: { misses: readonly MyMiss[]; text: MissListText }) {
  return (
    <ol className="miss-list">
      {misses.map((miss) => (
        <li key={`${miss.dimension}:${miss.tag}`}>
          <strong className="miss-name">{text.name(miss)}</strong>
          {miss.fellForIt > 0 && <MissBar part={miss.fellForIt} whole={miss.metScam} kind="fell" caption={text.fell(miss)} />}
          {miss.falseAlarms > 0 && <MissBar part={miss.falseAlarms} whole={miss.metGenuine} kind="alarm" caption={text.falseAlarm(miss)} />}
        </li>
      ))}
    </ol>
  );
}
