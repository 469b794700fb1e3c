import type { GiftImportReport } from '@/domain/studio/gift-import-outcome';
import { formatMessage } from '@/i18n/translate';

export type GiftImportReportText = {
  heading: string;
  file: string;
  problems: string;
  noProblems: string;
  refused: string;
  changed: string;
  position: string;
  drafts: string;
  fromLine: string;
  sets: string;
  setCount: string;
  draftIssues: string;
  next: string;
};

type GiftImportReportProps = { locale: string; message: string; report: GiftImportReport; text: GiftImportReportText };

/**
 * What a GIFT import did: every question not imported and everything changed on the way, at its
 * line and column in the file; the checker's problems in the drafts; and a link to each draft.
 */
export function GiftImportReportPanel({ locale, message, report, text }: GiftImportReportProps) {
  const editorHref = (id: string) => `/${locale}/admin/content/${id}`;
  return (
    <section className="panel studio-gift-report" aria-labelledby="gift-report-heading">
      <h2 id="gift-report-heading">{text.heading}</h2>
      <p>{formatMessage(text.file, { name: report.sourceName })}</p>
      <p className={`notice ${report.summary.refused > 0 ? 'warning' : 'success'}`}>{message}</p>

      <h3>{formatMessage(text.problems, { count: report.problems.length })}</h3>
      {report.problems.length === 0 ? (
        <p className="hint">{text.noProblems}</p>
      ) : (
        <ul className="studio-gift-problems">
          {report.problems.map((problem, index) => (
            <li key={index} className={`studio-issue-static ${problem.severity}`}>
              <span className="studio-issue-kind">{problem.severity === 'error' ? text.refused : text.changed}</span>
              <span className="studio-issue-position">{formatMessage(text.position, { line: problem.line, column: problem.column })}</span>
              <span className="studio-issue-message">{problem.message}</span>
            </li>
          ))}
        </ul>
      )}

      {report.scenarios.length > 0 && (
        <>
          <h3>{formatMessage(text.drafts, { count: report.scenarios.length })}</h3>
          <p className="hint">{text.next}</p>
          <ul className="studio-gift-drafts">
            {report.scenarios.map((scenario) => (
              <li key={scenario.id}>
                <a href={editorHref(scenario.id)}>
                  <code>{scenario.id}</code>
                </a>{' '}
                <span className="hint">{formatMessage(text.fromLine, { line: scenario.line })}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {report.sets.length > 0 && (
        <>
          <h3>{formatMessage(text.sets, { count: report.sets.length })}</h3>
          <ul className="studio-gift-drafts">
            {report.sets.map((set) => (
              <li key={set.id}>
                <a href={`/${locale}/admin/content/sets/${set.id}`}>{set.title}</a> <code>{set.id}</code>{' '}
                <span className="hint">{formatMessage(text.setCount, { count: set.scenarioIds.length })}</span>
              </li>
            ))}
          </ul>
        </>
      )}

      {report.draftIssues.length > 0 && (
        <>
          <h3>{formatMessage(text.draftIssues, { count: report.draftIssues.length })}</h3>
          <ul className="studio-gift-problems">
            {report.draftIssues.map((issue, index) => (
              <li key={index} className="studio-issue-static error">
                <code className="studio-issue-position">{`${issue.path}:${issue.line}:${issue.column}`}</code>
                <span className="studio-issue-message">{issue.message}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
