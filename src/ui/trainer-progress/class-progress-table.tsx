import type { ProgressRow } from '@/domain/analytics/class-progress';
import { ShareTrend } from './share-trend';
import '@/ui/styles/trainer-progress.css';

export type ProgressColumn = { id: string; label: string; title: string; opens: string };

export type ClassProgressText = {
  caption: string;
  tagHeading: string;
  trendHeading: string;
  changeHeading: string;
  label: (tag: string) => string;
  cell: (fell: number, total: number, percent: number) => string;
  notTrained: string;
  notTrainedLabel: string;
  trend: (tag: string, from: number, to: number) => string;
  trendOne: (tag: string, percent: number) => string;
  change: (points: number) => string;
};

const percent = (share: number) => Math.round(share * 100);

/**
 * Tags as rows, assignments (oldest first) as columns; each cell the students who fell for the
 * tag in their first attempt out of those who met it, with the share. A small trend line per row
 * and the change in percentage points say where it went; the cells are the table alternative.
 */
export function ClassProgressTable({ columns, rows, text }: { columns: readonly ProgressColumn[]; rows: readonly ProgressRow[]; text: ClassProgressText }) {
  return (
    <div className="table-scroll">
      <table className="data-table class-progress-table">
        <caption className="visually-hidden">{text.caption}</caption>
        <thead>
          <tr>
            <th scope="col" className="sticky-col">
              {text.tagHeading}
            </th>
            <th scope="col">{text.trendHeading}</th>
            {columns.map((column) => (
              <th scope="col" key={column.id} className="progress-column">
                <span className="progress-column-title">
                  {column.label}. {column.title}
                </span>
                <span className="progress-column-date">{column.opens}</span>
              </th>
            ))}
            <th scope="col">{text.changeHeading}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const measured = row.cells.flatMap((cell) => (cell.share === null ? [] : [cell.share]));
            const name = text.label(row.tag);
            const trendLabel = measured.length >= 2 ? text.trend(name, percent(measured[0]), percent(measured[measured.length - 1])) : text.trendOne(name, percent(measured[0] ?? 0));
            return (
              <tr key={row.tag}>
                <th scope="row" className="sticky-col">
                  {name}
                </th>
                <td>
                  <ShareTrend shares={row.cells.map((cell) => cell.share)} label={trendLabel} />
                </td>
                {row.cells.map((cell) => (
                  <td key={cell.assignmentId} className="numeric progress-cell">
                    {cell.share === null ? (
                      <span title={text.notTrainedLabel}>
                        {text.notTrained}
                        <span className="visually-hidden"> {text.notTrainedLabel}</span>
                      </span>
                    ) : (
                      text.cell(cell.fellForIt, cell.metScam, percent(cell.share))
                    )}
                  </td>
                ))}
                <td className="numeric progress-change">{row.change === null ? text.notTrained : text.change(Math.round(row.change * 100))}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
