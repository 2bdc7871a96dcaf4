import type { Issue } from '../issues/Issue';
import type { ReportTemplate } from '../template/ReportTemplate';
import { extractSubmission } from '../workbook/extractSubmission';
import type { WorkbookGrid } from '../workbook/WorkbookGrid';
import type { CheckedReport } from './CheckedReport';
import { validateSubmission, type ValidationContext } from './validateSubmission';

export type GridCheckResult = { report: CheckedReport } | { failure: Issue[] };

/** Grid → the right template → extracted values → checked report, or why it could not be read. */
export function checkSubmissionGrid(grid: WorkbookGrid, templates: readonly ReportTemplate[], context: ValidationContext): GridCheckResult {
  const extracted = extractSubmission(grid, templates);
  if (!extracted.ok) return { failure: extracted.issues };
  const report = validateSubmission(extracted.submission, context);
  report.issues.unshift(...extracted.issues);
  if (grid.savedAt) report.savedAt = grid.savedAt;
  return { report };
}
