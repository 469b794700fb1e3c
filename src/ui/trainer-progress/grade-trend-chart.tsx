import { scaleLinear, scalePoint } from 'd3-scale';
import '@/ui/styles/trainer-progress.css';

/** One assignment in time order: its number on the chart, its title and opening date, and the student's grade (0..1) if any. */
export type GradePoint = { key: string; label: string; title: string; opens: string; grade: number | null; attempts: number };

export type GradeTrendText = { title: string; asTable: string; assignment: string; opens: string; attempts: string; grade: string; noGrade: string; percent: (value: number) => string };

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 18, right: 16, bottom: 22, left: 30 };

/**
 * The student's grade per assignment, oldest first, as an SVG line chart drawn on the server: each
 * grade is a dot with its percentage written above it, assignments without one are left out of the
 * line; the same figures follow as a table.
 */
export function GradeTrendChart({ points, text }: { points: readonly GradePoint[]; text: GradeTrendText }) {
  const x = scalePoint<string>()
    .domain(points.map((point) => point.key))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.5);
  const y = scaleLinear().domain([0, 1]).range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const graded = points.filter((point): point is GradePoint & { grade: number } => point.grade !== null);
  const path = graded.map((point, index) => `${index === 0 ? 'M' : 'L'}${x(point.key)},${y(point.grade)}`).join('');
  const percent = (value: number) => Math.round(value * 100);
  return (
    <figure className="chart progress-chart">
      <figcaption>{text.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text.title} className="chart-svg">
        {[0, 0.5, 1].map((tick) => (
          <g key={tick}>
            <line className="chart-grid" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
            <text className="chart-tick" x={MARGIN.left - 4} y={y(tick) + 3} textAnchor="end">
              {percent(tick)}%
            </text>
          </g>
        ))}
        {path && <path className="progress-line" d={path} />}
        {graded.map((point) => (
          <g key={point.key}>
            <circle className="progress-dot" cx={x(point.key)} cy={y(point.grade)} r={3.5} />
            <text className="chart-value" x={x(point.key)} y={y(point.grade) - 7} textAnchor="middle">
              {percent(point.grade)}%
            </text>
          </g>
        ))}
        {points.map((point) => (
          <text key={point.key} className="chart-tick" x={x(point.key)} y={HEIGHT - 6} textAnchor="middle">
            {point.grade === null ? `${point.label} –` : point.label}
          </text>
        ))}
      </svg>
      <details className="chart-table">
        <summary>{text.asTable}</summary>
        <GradeTable points={points} text={text} />
      </details>
    </figure>
  );
}

function GradeTable({ points, text }: { points: readonly GradePoint[]; text: GradeTrendText }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{text.assignment}</th>
          <th scope="col">{text.opens}</th>
          <th scope="col">{text.attempts}</th>
          <th scope="col">{text.grade}</th>
        </tr>
      </thead>
      <tbody>
        {points.map((point) => (
          <tr key={point.key}>
            <th scope="row">
              {point.label}. {point.title}
            </th>
            <td>{point.opens}</td>
            <td>{point.attempts}</td>
            <td>{point.grade === null ? text.noGrade : text.percent(Math.round(point.grade * 100))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
