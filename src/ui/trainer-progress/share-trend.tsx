import { scaleLinear, scalePoint } from 'd3-scale';

const WIDTH = 104;
const HEIGHT = 40;
const PAD = 5;

/**
 * A small line of one tag's share across the assignments (0 % at the bottom, 100 % at the top),
 * drawn on the server; a stretch over an assignment that did not train the tag is dashed. The
 * row's cells carry the same figures as text, and the label says where it went.
 */
export function ShareTrend({ shares, label }: { shares: readonly (number | null)[]; label: string }) {
  const x = scalePoint<number>()
    .domain(shares.map((_, index) => index))
    .range([PAD, WIDTH - PAD])
    .padding(shares.length === 1 ? 0.5 : 0);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - PAD, PAD]);
  const measured = shares.flatMap((share, index) => (share === null ? [] : [{ index, share }]));
  const segments = measured.slice(1).map((point, order) => ({ from: measured[order], to: point, gap: point.index - measured[order].index > 1 }));
  return (
    <svg className="share-trend" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} role="img" aria-label={label}>
      <line className="share-trend-base" x1={PAD} x2={WIDTH - PAD} y1={y(0)} y2={y(0)} />
      {segments.map(({ from, to, gap }) => (
        <line key={to.index} className={`share-trend-line${gap ? ' gap' : ''}`} x1={x(from.index)} y1={y(from.share)} x2={x(to.index)} y2={y(to.share)} />
      ))}
      {measured.map((point) => (
        <circle key={point.index} className="share-trend-dot" cx={x(point.index)} cy={y(point.share)} r={2.5} />
      ))}
    </svg>
  );
}
