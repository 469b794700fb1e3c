import { scaleLinear } from 'd3-scale';

const width = scaleLinear().domain([0, 1]).range([0, 100]).clamp(true);

/** A share as a bar with its figures written beside it, so the bar is never the only way to read it. */
export function ShareBar({ share, kind, caption }: { share: number; kind: 'fell' | 'alarm'; caption: string }) {
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
