import type { SetIssue } from '@/domain/studio/set-draft';

/** The checker's problems about one field of a set, shown where that field is edited. */
export function FieldIssues({ issues, text }: { issues: readonly SetIssue[]; text: { error: string; warning: string } }) {
  if (issues.length === 0) return null;
  return (
    <ul className="studio-field-issues">
      {issues.map((issue, index) => (
        <li key={index} className={`studio-field-issue ${issue.severity}`}>
          <strong>{issue.severity === 'error' ? text.error : text.warning}</strong> {issue.message}
        </li>
      ))}
    </ul>
  );
}
