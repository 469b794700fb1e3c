import { scaleLinear, scalePoint } from 'd3-scale';
import type { ScoreKind } from '@/domain/analytics/my-progress';

export type ScoreChartPoint = {
  id: string;
  kind: ScoreKind;
  /** Whole percentage; null while the trainer's feedback rule withholds it. */
  percent: number | null;
  /** The date as the axis and the table show it. */
  date: string;
  setTitle: string;
};

export type ScoreChartText = {
  title: string;
  asTable: string;
  date: string;
  set: string;
  kind: string;
  score: string;
  kindLabel: (kind: ScoreKind) => string;
  percent: (percent: number) => string;
  /** What the table says for a withheld score of this attempt. */
  pending: (id: string) => string;
};

const WIDTH = 320;
const HEIGHT = 180;
const MARGIN = { top: 14, right: 12, bottom: 28, left: 40 };

/** Assignments are squares, practice runs circles: the shape tells them apart, not the colour. */
function Marker({ kind, x, y }: { kind: ScoreKind; x: number; y: number }) {
  if (kind === 'assignment') return <rect className="score-marker assignment" x={x - 4.5} y={y - 4.5} width={9} height={9} />;
  return <circle className="score-marker practice" cx={x} cy={y} r={4.5} />;
}

/**
 * Scores over time as an SVG drawn on the server: one mark per submitted attempt, oldest on the
 * left, percentages on the vertical axis, with the same figures as a table. Withheld scores have no
 * mark; the table says when they are shown.
 */
export function ScoreChart({ points, text }: { points: readonly ScoreChartPoint[]; text: ScoreChartText }) {
  const x = scalePoint<string>()
    .domain(points.map((point) => point.id))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const y = scaleLinear().domain([0, 100]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const shown = points.filter((point): point is ScoreChartPoint & { percent: number } => point.percent !== null);
  const path = shown.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.id)},${y(point.percent)}`).join(' ');
  const kinds = [...new Set(points.map((point) => (point.kind === 'assignment' ? 'assignment' : 'practice') as ScoreKind))];
  const first = points[0];
  const last = points.at(-1);
  const latestShown = shown.at(-1);
  return (
    <figure className="chart score-chart">
      <figcaption>{text.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text.title} className="chart-svg">
        {[0, 50, 100].map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-tick" x={MARGIN.left - 4} y={y(tick) + 4} textAnchor="end">
              {text.percent(tick)}
            </text>
          </g>
        ))}
        {shown.length > 1 && <path className="score-line" d={path} />}
        {shown.map((point) => (
          <Marker key={point.id} kind={point.kind} x={x(point.id) ?? 0} y={y(point.percent)} />
        ))}
        {latestShown && (
          <text className="chart-value" x={(x(latestShown.id) ?? 0) - 7} y={y(latestShown.percent) - 7} textAnchor="end">
            {text.percent(latestShown.percent)}
          </text>
        )}
        {first && (
          <text className="chart-tick" x={MARGIN.left} y={HEIGHT - 6} textAnchor="start">
            {first.date}
          </text>
        )}
        {last && last !== first && (
          <text className="chart-tick" x={WIDTH - MARGIN.right} y={HEIGHT - 6} textAnchor="end">
            {last.date}
          </text>
        )}
      </svg>
      <ul className="score-legend">
        {kinds.map((kind) => (
          <li key={kind}>
            <svg viewBox="0 0 12 12" width={12} height={12} aria-hidden="true">
              <Marker kind={kind} x={6} y={6} />
            </svg>
            {text.kindLabel(kind)}
          </li>
        ))}
      </ul>
      <details className="chart-table">
        <summary>{text.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.date}</th>
              <th scope="col">{text.set}</th>
              <th scope="col">{text.kind}</th>
              <th scope="col">{text.score}</th>
            </tr>
          </thead>
          <tbody>
            {[...points].reverse().map((point) => (
              <tr key={point.id}>
                <td>{point.date}</td>
                <td>{point.setTitle}</td>
                <td>{text.kindLabel(point.kind)}</td>
                <td>{point.percent === null ? text.pending(point.id) : text.percent(point.percent)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
