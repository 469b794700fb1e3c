import type { StudentAssignmentStatus } from '@/domain/assignments/rules';

/** A student's status on one assignment as a coloured label; the text carries the meaning, colour only helps. */
export function StatusBadge({ status, label }: { status: StudentAssignmentStatus; label: string }) {
  return <span className={`status-badge status-${status}`}>{label}</span>;
}
