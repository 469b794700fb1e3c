/** A problem found in a content file, located for the author's editor. Lines and columns are 1-based. */
export type ContentIssue = {
  path: string;
  line: number;
  column: number;
  message: string;
  /** A warning breaks a library rule (balance, baselines) but leaves every file playable. */
  severity?: 'error' | 'warning';
};

/** Formats an issue the way compilers do, so editors and terminals can jump to it. */
export function formatContentIssue(issue: ContentIssue): string {
  return `${issue.path}:${issue.line}:${issue.column} ${issue.severity === 'warning' ? 'warning: ' : ''}${issue.message}`;
}

export function sortContentIssues(issues: ContentIssue[]): ContentIssue[] {
  return [...issues].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line || a.column - b.column);
}

export function isError(issue: ContentIssue): boolean {
  return issue.severity !== 'warning';
}
