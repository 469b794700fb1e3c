import 'server-only';
import { resultsCsvHeader, resultsCsvRows, type ResultHeaders, type ResultRow } from '@/domain/assignments/results-csv';
import type { Locale } from '@/domain/shared/locales';
import { ok, type Result } from '@/domain/shared/result';
import { formatDateTime } from '@/domain/shared/time-zones';
import { getTranslator } from '@/i18n/get-messages';
import type { StaffViewer } from '@/server/auth/staff';
import { getContentLibrary } from '@/server/content/library';
import { findQuizSet } from '@/server/content/quiz-sets';
import type { AssignmentRefusal } from '@/server/db/assignments';
import { openResultsExport, type ExportStudentRow } from '@/server/db/results-export';

export type ResultsDownload = { stream: ReadableStream<Uint8Array>; fileName: string };

/**
 * An assignment's results as a CSV file, streamed: the header first, then the students a page at
 * a time, each page read only when the reader has taken the previous one. Access is checked before
 * the stream exists. A failure part-way errors the stream, so the HTTP response is cut off instead
 * of ending cleanly and the browser reports a failed download rather than saving a short file.
 */
export async function exportAssignmentResults(
  staff: StaffViewer,
  assignmentId: string,
  locale: Locale,
  options: { pageSize?: number; now?: Date } = {},
): Promise<Result<ResultsDownload, AssignmentRefusal>> {
  const opened = await openResultsExport(staff, assignmentId, options.now);
  if (!opened.ok) return opened;
  const { classroomName, setId, timeZone, attemptScenarioIds, pages } = opened.value;
  const t = getTranslator(locale);
  const library = getContentLibrary();
  const set = findQuizSet(setId, locale, library);
  // The set's scenarios in its order, then any scenario an attempt was given that the set no longer
  // lists. A focus set's pool is larger than what the assignment fixed: only the scenarios its
  // attempts were given count there.
  const scenarioIds = [...new Set([...(set && !set.focus ? set.scenarioIds : []), ...attemptScenarioIds])];
  const headers: ResultHeaders = {
    name: t('export.name'),
    number: t('export.number'),
    status: t('export.status'),
    attempts: t('export.attempts'),
    grade: t('export.grade'),
    lastSubmitted: t('export.lastSubmitted'),
    removed: t('export.removed'),
    scenarios: scenarioIds.map((id, index) => t('export.scenario', { position: index + 1, title: library.scenarios.get(id)?.byLocale[locale].title ?? id })),
    fellForIt: t('export.fellForIt'),
    falseAlarms: t('export.falseAlarms'),
    yes: t('export.yes'),
  };
  const toRow = (student: ExportStudentRow): ResultRow => ({
    displayName: student.displayName,
    studentNumber: student.studentNumber,
    status: t(`assignment.status.${student.status}`),
    attemptsUsed: student.attemptsUsed,
    grade: student.grade,
    lastSubmitted: student.lastSubmittedAt ? formatDateTime(student.lastSubmittedAt, locale, timeZone) : '',
    isRemoved: student.isRemoved,
    scenarioScores: scenarioIds.map((id) => student.scenarioScores.get(id) ?? null),
    fellForIt: student.fellForIt,
    falseAlarms: student.falseAlarms,
  });

  const encoder = new TextEncoder();
  const reader = pages(options.pageSize);
  let written = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(resultsCsvHeader(headers)));
      },
      async pull(controller) {
        try {
          const page = await reader.next();
          if (page.done) return controller.close();
          controller.enqueue(encoder.encode(resultsCsvRows(page.value.map(toRow), headers)));
          written += page.value.length;
        } catch (error) {
          console.error(`[export] the results of assignment ${assignmentId} failed after ${written} students; the download is cut off`, error);
          controller.error(error);
        }
      },
      async cancel() {
        await reader.return();
      },
    },
    // Nothing is read ahead: the next page is read when the reader (the response) asks for it.
    { highWaterMark: 0 },
  );

  const setTitle = set?.localTitle ?? setId;
  // Characters Windows refuses in file names become dashes.
  const fileName = `${classroomName} - ${setTitle}.csv`.replace(/[\\/:*?"<>|\r\n]+/g, '-');
  return ok({ stream, fileName });
}
