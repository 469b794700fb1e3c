import { scaleBand, scaleLinear } from 'd3-scale';
import type { HistogramBin } from '@/domain/analytics/overview';
import type { Translate } from '@/i18n/translate';

export type GradeHistogramText = { title: string; range: (from: number, to: number) => string; students: string; grade: string; asTable: string };

/** The histogram's words from the catalogue, for `submitted` students. */
export function gradeHistogramText(t: Translate, submitted: number): GradeHistogramText {
  return {
    title: t('results.histogram.title', { count: submitted }),
    range: (from, to) => t('results.histogram.range', { from, to }),
    students: t('results.histogram.students'),
    grade: t('results.histogram.grade'),
    asTable: t('results.asTable'),
  };
}

const WIDTH = 320;
const HEIGHT = 150;
const MARGIN = { top: 16, right: 4, bottom: 22, left: 4 };

/** The grade distribution as an SVG bar chart drawn on the server, with the same figures as a table. */
export function GradeHistogram({ bins, text }: { bins: readonly HistogramBin[]; text: GradeHistogramText }) {
  const x = scaleBand<number>()
    .domain(bins.map((_, index) => index))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.15);
  const y = scaleLinear()
    .domain([0, Math.max(1, ...bins.map((bin) => bin.count))])
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const percent = (value: number) => Math.round(value * 100);
  return (
    <figure className="chart">
      <figcaption>{text.title}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={text.title} className="chart-svg">
        {bins.map((bin, index) => {
          const left = x(index) ?? 0;
          const top = y(bin.count);
          return (
            <g key={bin.from}>
              <rect className="chart-bar" x={left} y={top} width={x.bandwidth()} height={y(0) - top} />
              {bin.count > 0 && (
                <text className="chart-value" x={left + x.bandwidth() / 2} y={top - 3} textAnchor="middle">
                  {bin.count}
                </text>
              )}
            </g>
          );
        })}
        <line className="chart-axis" x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
        {[0, 2, 4, 6, 8, 10].map((tick) => (
          <text key={tick} className="chart-tick" x={tick === 10 ? WIDTH - MARGIN.right : tick === 0 ? MARGIN.left : (x(tick) ?? 0) - (x.step() * x.paddingInner()) / 2} y={HEIGHT - 6} textAnchor={tick === 0 ? 'start' : tick === 10 ? 'end' : 'middle'}>
            {tick * 10}%
          </text>
        ))}
      </svg>
      <details className="chart-table">
        <summary>{text.asTable}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{text.grade}</th>
              <th scope="col">{text.students}</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((bin) => (
              <tr key={bin.from}>
                <td>{text.range(percent(bin.from), percent(bin.to))}</td>
                <td>{bin.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
