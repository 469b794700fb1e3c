import type { WeakSpot } from '@/domain/analytics/weak-spots';
import { toPercent } from '@/domain/scoring/score-display';
import type { Locale } from '@/domain/shared/locales';
import { formatDateTime } from '@/domain/shared/time-zones';
import type { Translate } from '@/i18n/translate';
import type { PrintableResults } from '@/server/assignments/printable-results';
import { PrintButton } from '@/ui/classes/print-button';
import { GradeHistogram, gradeHistogramText } from './grade-histogram';
import '@/ui/styles/results-print.css';

type Props = PrintableResults & { locale: Locale; setTitle: string; resultsHref: string; printedAt: Date; t: Translate };

/**
 * One class's results on one assignment as a report for paper (A4) or PDF: heading, overview,
 * grade chart, money at risk, weak spots per scam script, who needs help and every student's grade.
 * Figures are written out in tables, so nothing depends on colour.
 */
export function PrintableReport({ results, report, locale, setTitle, resultsHref, printedAt, t }: Props) {
  const { overview, weakSpots, moneyLost, needingHelp } = results;
  const when = (instant: Date) => formatDateTime(instant, locale, report.timeZone);
  const yuan = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const percentOrDash = (grade: number | null) => (grade === null ? '–' : t('summary.percent', { percent: toPercent(grade) }));
  const share = (count: number, total: number, part: number | null) => (part === null ? '–' : t('print.share', { count, total, percent: Math.round(part * 100) }));
  const scripts = weakSpots.filter((spot): spot is WeakSpot & { dimension: 'script' } => spot.dimension === 'script');
  const hasSubmissions = overview.counts.submitted > 0;
  const figures: [string, string | number][] = [
    [t('results.count.submitted'), overview.counts.submitted],
    [t('results.count.inProgress'), overview.counts.inProgress],
    [t('results.count.notStarted'), overview.counts.notStarted],
    [t('results.count.overdue'), overview.counts.overdue],
    [t('results.mean'), percentOrDash(overview.meanGrade)],
    [t('results.median'), percentOrDash(overview.medianGrade)],
    [t('results.medianTime'), overview.medianDurationMs === null ? '–' : t('results.minutes', { minutes: Math.max(1, Math.round(overview.medianDurationMs / 60_000)) })],
    [t('results.attemptsUsed'), overview.attemptsUsed],
  ];

  return (
    <article className="print-report">
      <div className="print-actions no-print">
        <a href={resultsHref}>{t('print.back')}</a>
        <PrintButton label={t('print.print')} />
        <p className="hint">{t('print.hint')}</p>
      </div>
      <header className="print-head">
        <h1>{t('print.title')}</h1>
        <dl className="print-meta">
          <div>
            <dt>{t('print.class')}</dt>
            <dd>{report.classroomName}</dd>
          </div>
          <div>
            <dt>{t('print.set')}</dt>
            <dd>{setTitle}</dd>
          </div>
          <div>
            <dt>{t('report.window')}</dt>
            <dd>{t('report.windowValue', { opens: when(report.rules.opensAt), closes: when(report.rules.closesAt) })}</dd>
          </div>
          <div>
            <dt>{t('print.printedAt')}</dt>
            <dd>{when(printedAt)}</dd>
          </div>
        </dl>
      </header>

      {hasSubmissions ? <p className="print-money">{moneyLost > 0 ? t('results.moneyHeadline', { amount: yuan.format(moneyLost) }) : t('results.moneyNone')}</p> : <p className="notice">{t('results.noSubmissions')}</p>}

      <section className="print-section">
        <h2>{t('results.overview')}</h2>
        <dl className="print-figures">
          {figures.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {hasSubmissions && (
          <GradeHistogram
            bins={overview.histogram}
            text={gradeHistogramText(t, overview.counts.submitted)}
          />
        )}
      </section>

      {scripts.length > 0 && (
        <section className="print-section">
          <h2>{t('print.weakScripts')}</h2>
          <p className="hint">{t('results.basis')}</p>
          <div className="print-table-wrap">
            <table className="print-table wide">
              <thead>
                <tr>
                  <th scope="col">{t('print.col.script')}</th>
                  <th scope="col">{t('print.col.fell')}</th>
                  <th scope="col">{t('print.col.falseAlarm')}</th>
                  <th scope="col">{t('print.col.moneyLost')}</th>
                  <th scope="col">{t('print.col.scenarios')}</th>
                </tr>
              </thead>
              <tbody>
                {scripts.map((spot) => (
                  <tr key={spot.tag}>
                    <th scope="row">{t(`script.${spot.tag}`)}</th>
                    <td className="num">{share(spot.fellForIt, spot.metScam, spot.fellShare)}</td>
                    <td className="num">{share(spot.falseAlarms, spot.metGenuine, spot.falseAlarmShare)}</td>
                    <td className="num">{spot.moneyLost > 0 ? `¥${yuan.format(spot.moneyLost)}` : '–'}</td>
                    <td className="num">{spot.scenarioIds.length}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      {hasSubmissions && (
        <section className="print-section">
          <h2>{t('results.needingHelp')}</h2>
          {needingHelp.length === 0 ? (
            <p>{t('results.nobodyNeedsHelp')}</p>
          ) : (
            <>
              <p className="hint">{t('results.needingHelpIntro')}</p>
              <div className="print-table-wrap">
                <table className="print-table wide">
                  <thead>
                    <tr>
                      <th scope="col">{t('print.col.name')}</th>
                      <th scope="col">{t('print.col.number')}</th>
                      <th scope="col">{t('print.col.grade')}</th>
                      <th scope="col">{t('print.col.fellCount')}</th>
                      <th scope="col">{t('print.col.alarmCount')}</th>
                      <th scope="col">{t('print.col.scripts')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {needingHelp.map((student) => (
                      <tr key={student.studentId}>
                        <th scope="row" className="nowrap">{student.displayName}</th>
                        <td className="nowrap">{student.studentNumber ?? ''}</td>
                        <td className="num">{percentOrDash(student.grade)}</td>
                        <td className="num">{student.fellForIt}</td>
                        <td className="num">{student.falseAlarms}</td>
                        <td>{student.scripts.map((id) => t(`script.${id}`)).join(t('my.listSeparator'))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </>
          )}
        </section>
      )}

      <section className="print-section">
        <h2>{t('print.students', { count: report.students.length })}</h2>
        {report.students.length === 0 ? (
          <p>{t('report.noStudents')}</p>
        ) : (
          <div className="print-table-wrap">
            <table className="print-table">
              <thead>
                <tr>
                  <th scope="col">{t('print.col.name')}</th>
                  <th scope="col">{t('print.col.number')}</th>
                  <th scope="col">{t('print.col.grade')}</th>
                  <th scope="col">{t('print.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {report.students.map((student) => (
                  <tr key={student.studentId}>
                    <th scope="row" className="nowrap">{student.displayName}</th>
                    <td className="nowrap">{student.studentNumber ?? ''}</td>
                    <td className="num">{percentOrDash(student.grade)}</td>
                    <td>{student.isRemoved ? t('print.statusRemoved', { status: t(`assignment.status.${student.status}`) }) : t(`assignment.status.${student.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </article>
  );
}
