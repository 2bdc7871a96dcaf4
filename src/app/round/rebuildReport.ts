import { prepareReportDocument } from '../../core/document/buildReportDocument';
import type { DocumentSpec } from '../../core/document/DocumentSpec';
import type { ExcerptPlan } from '../../core/document/planExcerpts';
import type { ReportContent } from '../../core/document/ReportContent';
import { readSummaryReport } from '../../core/workbook/read/readSummaryReport';
import type { Issue } from '../../core/issues/Issue';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import type { OfficialDocument } from '../../core/workbook/OfficialDocument';

export type RebuiltReport = { spec: DocumentSpec; plan: ExcerptPlan; issues: Issue[]; content: ReportContent; document: OfficialDocument } | { failure: Issue[] };

/**
 * The Word report again from a summary workbook the officer has edited: the header, texts and
 * figures as they now stand. A workbook that is not such a summary is refused with the reasons.
 */
export function rebuildReport(grid: WorkbookGrid, templates: readonly ReportTemplate[], fileName: string, options: { maxExcerptChars?: number } = {}): RebuiltReport {
  const result = readSummaryReport(grid, templates, fileName);
  if ('failure' in result) return { failure: result.failure };
  const { spec, plan } = prepareReportDocument(result.content, { document: result.document, maxExcerptChars: options.maxExcerptChars });
  return { spec, plan, issues: result.issues, content: result.content, document: result.document };
}
