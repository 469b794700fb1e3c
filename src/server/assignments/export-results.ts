import 'server-only';
import { resultsToCsv } from '@/domain/assignments/results-csv';
import type { Locale } from '@/domain/shared/locales';
import { ok, type Result } from '@/domain/shared/result';
import { getTranslator } from '@/i18n/get-messages';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { getAssignmentReport, type AssignmentRefusal } from '@/server/db/assignments';
import { formatDateTime } from '@/domain/shared/time-zones';

/** The CSV file of an assignment's results and a file name that says which class and set it is. */
export async function exportAssignmentResults(staff: StaffViewer, assignmentId: string, locale: Locale): Promise<Result<{ csv: string; fileName: string }, AssignmentRefusal>> {
  const report = await getAssignmentReport(staff, assignmentId);
  if (!report.ok) return report;
  const t = getTranslator(locale);
  const { timeZone, students, classroomName, setId } = report.value;
  const csv = resultsToCsv(
    students.map((student) => ({
      displayName: student.displayName,
      studentNumber: student.studentNumber,
      status: t(`assignment.status.${student.status}`),
      attemptsUsed: student.attemptsUsed,
      grade: student.grade,
      lastSubmitted: student.lastSubmittedAt ? formatDateTime(student.lastSubmittedAt, locale, timeZone) : '',
      isRemoved: student.isRemoved,
    })),
    {
      name: t('export.name'),
      number: t('export.number'),
      status: t('export.status'),
      attempts: t('export.attempts'),
      grade: t('export.grade'),
      lastSubmitted: t('export.lastSubmitted'),
      removed: t('export.removed'),
      yes: t('export.yes'),
    },
  );
  const setTitle = getContentLibrary().sets.get(setId)?.title[locale] ?? setId;
  // Characters Windows refuses in file names become dashes.
  const fileName = `${classroomName} - ${setTitle}.csv`.replace(/[\\/:*?"<>|\r\n]+/g, '-');
  return ok({ csv, fileName });
}
