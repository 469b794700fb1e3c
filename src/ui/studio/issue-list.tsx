'use client';

import type { DraftIssue } from '@/domain/studio/draft-check';
import { formatMessage } from '@/i18n/translate';

export type IssueListText = {
  heading: string;
  none: string;
  /** "Line {line}, column {column}" */
  position: string;
  error: string;
  warning: string;
  /** "{errors} errors, {warnings} warnings" */
  count: string;
};

type IssueListProps = { issues: readonly DraftIssue[]; isChecked: boolean; text: IssueListText; onPick: (issue: DraftIssue) => void };

/** One language's problems in file order; each jumps to its place in the editor. */
export function IssueList({ issues, isChecked, text, onPick }: IssueListProps) {
  const errors = issues.filter((issue) => issue.severity === 'error').length;
  return (
    <div className="studio-issues">
      <h3>
        {text.heading}{' '}
        <span className="studio-issue-count">
          {issues.length === 0 ? (isChecked ? text.none : '') : formatMessage(text.count, { errors, warnings: issues.length - errors })}
        </span>
      </h3>
      {issues.length > 0 && (
        <ul>
          {issues.map((issue, index) => (
            <li key={index} className={`studio-issue ${issue.severity}`}>
              <button type="button" onClick={() => onPick(issue)}>
                <span className="studio-issue-kind">{issue.severity === 'error' ? text.error : text.warning}</span>
                <span className="studio-issue-position">{formatMessage(text.position, { line: issue.line, column: issue.column })}</span>
                <span className="studio-issue-message">{issue.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
