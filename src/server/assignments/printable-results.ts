import 'server-only';
import { ok, type Result } from '@/domain/shared/result';
import type { StaffViewer } from '@/server/auth/staff';
import { scenarioFacts } from '@/server/content/scenario-facts';
import { getAssignmentReport, type AssignmentRefusal, type AssignmentReportView } from '@/server/db/assignments';
import { getAssignmentResults, type AssignmentResultsView } from '@/server/db/results';

export type PrintableResults = { results: AssignmentResultsView; report: AssignmentReportView };

/**
 * What the printable report shows of one assignment: the results page's figures and every
 * student's grade and status. For the class's trainer and admins, as both sources check.
 */
export async function getPrintableResults(staff: StaffViewer, assignmentId: string, now: Date = new Date()): Promise<Result<PrintableResults, AssignmentRefusal>> {
  const results = await getAssignmentResults(staff, assignmentId, scenarioFacts, now);
  if (!results.ok) return results;
  const report = await getAssignmentReport(staff, assignmentId, now);
  if (!report.ok) return report;
  return ok({ results: results.value, report: report.value });
}
