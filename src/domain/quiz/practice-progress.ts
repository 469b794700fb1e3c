import { attemptPercent } from '../scoring/score-display';

/*
 * What the home page remembers of one device's practice: its unfinished runs, to continue, and
 * the best result per set, to beat. Assignment attempts are not practice and never count here.
 */

/** One practice attempt of the device as the progress needs it. */
export type PracticeAttemptRecord = {
  id: string;
  setId: string;
  status: 'in_progress' | 'submitted';
  /** Sum of scenario scores once submitted; null while in progress. */
  score: number | null;
  itemCount: number;
  /** Scenarios answered completely so far. */
  answered: number;
  /** A "retry the ones I missed" run: only part of the set, so it does not count as a result of the set. */
  isRetry: boolean;
};

/** One practice set as the home page offers it, with this device's progress on it. */
export type SetCardView = {
  id: string;
  title: string;
  description: string;
  length: number;
  openAttempt?: { id: string; answered: number; total: number };
  /** This device's best whole percentage on a full run of the set; undefined before the first. */
  bestPercent?: number;
};

export type OpenPracticeAttempt = { id: string; setId: string; answered: number; total: number };

export type PracticeProgress = {
  /** Unfinished runs, in the order given (newest first). */
  open: OpenPracticeAttempt[];
  /** Best whole percentage of a full, submitted run, by set id; a set never finished has none. */
  bestPercent: Record<string, number>;
};

/** Folds a device's practice attempts (newest first) into its open runs and best result per set. */
export function summarizePracticeProgress(records: readonly PracticeAttemptRecord[]): PracticeProgress {
  const open: OpenPracticeAttempt[] = [];
  const bestPercent: Record<string, number> = {};
  for (const record of records) {
    if (record.status === 'in_progress') {
      open.push({ id: record.id, setId: record.setId, answered: record.answered, total: record.itemCount });
    } else if (!record.isRetry) {
      const percent = attemptPercent(record.score ?? 0, record.itemCount);
      bestPercent[record.setId] = Math.max(bestPercent[record.setId] ?? 0, percent);
    }
  }
  return { open, bestPercent };
}
