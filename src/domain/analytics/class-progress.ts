/** The tags the class-over-time table has rows for: scam scripts, or red flags. */
export const CLASS_PROGRESS_DIMENSIONS = ['script', 'redFlag'] as const;
export type ClassProgressDimension = (typeof CLASS_PROGRESS_DIMENSIONS)[number];

/**
 * Counted by the database for one assignment and one tag, over each student's first submitted
 * attempt: distinct students who met a scam with the tag, and those of them who fell for one.
 */
export type AssignmentTagCounts = { assignmentId: string; dimension: ClassProgressDimension; tag: string; metScam: number; fellForIt: number };

/** One cell: the share of students who fell for the tag in that assignment; null when none met it there. */
export type ProgressCell = { assignmentId: string; metScam: number; fellForIt: number; share: number | null };

export type ProgressRow = {
  tag: string;
  /** One per assignment, in the columns' order. */
  cells: ProgressCell[];
  /** The last measured share minus the first, when the tag was measured in two assignments or more. */
  change: number | null;
};

/**
 * The table of one dimension: a row per tag any assignment measured, a cell per assignment (in
 * the order given, oldest first). Rows whose latest measured share is highest come first: what
 * the class still falls for; ties by tag.
 */
export function classProgressRows(assignmentIds: readonly string[], counts: readonly AssignmentTagCounts[], dimension: ClassProgressDimension): ProgressRow[] {
  const byTag = new Map<string, Map<string, AssignmentTagCounts>>();
  for (const row of counts) {
    if (row.dimension !== dimension || row.metScam === 0) continue;
    const perAssignment = byTag.get(row.tag) ?? new Map<string, AssignmentTagCounts>();
    perAssignment.set(row.assignmentId, row);
    byTag.set(row.tag, perAssignment);
  }
  const rows = [...byTag].map(([tag, perAssignment]): ProgressRow => {
    const cells = assignmentIds.map((assignmentId): ProgressCell => {
      const found = perAssignment.get(assignmentId);
      return found ? { assignmentId, metScam: found.metScam, fellForIt: found.fellForIt, share: found.fellForIt / found.metScam } : { assignmentId, metScam: 0, fellForIt: 0, share: null };
    });
    const measured = cells.flatMap((cell) => (cell.share === null ? [] : [cell.share]));
    return { tag, cells, change: measured.length >= 2 ? measured[measured.length - 1] - measured[0] : null };
  });
  return rows.sort((a, b) => latestShare(b) - latestShare(a) || a.tag.localeCompare(b.tag));
}

/** The share of the last assignment that measured the row. */
export function latestShare(row: ProgressRow): number {
  return row.cells.findLast((cell) => cell.share !== null)?.share ?? 0;
}
