import { buildCompilationDocument } from '../../core/document/buildCompilationDocument';
import { prepareReportDocument } from '../../core/document/buildReportDocument';
import type { DocumentSpec } from '../../core/document/DocumentSpec';
import type { ReportContent } from '../../core/document/ReportContent';
import { readSummaryReport } from '../../core/workbook/read/readSummaryReport';
import type { Issue } from '../../core/issues/Issue';
import type { ReportTemplate } from '../../core/template/ReportTemplate';
import type { WorkbookGrid } from '../../core/workbook/WorkbookGrid';
import type { OfficialDocument } from '../../core/workbook/OfficialDocument';

export type RebuiltReport = { spec: DocumentSpec; compilation: { spec: DocumentSpec }; issues: Issue[]; content: ReportContent; document: OfficialDocument } | { failure: Issue[] };

/**
 * The Word report again from a summary workbook the officer has edited: the header, texts and
 * figures as they now stand; and its compilation, every unit's whole text from "Nội dung". A
 * workbook that is not such a summary is refused with the reasons.
 */
export function rebuildReport(grid: WorkbookGrid, templates: readonly ReportTemplate[], fileName: string): RebuiltReport {
  const result = readSummaryReport(grid, templates, fileName);
  if ('failure' in result) return { failure: result.failure };
  const { content, document } = result;
  // The body is the synthesis as the officer left it on "Báo cáo tổng hợp"; the compilation what units sent ("Nội dung").
  const { spec } = prepareReportDocument(content, { document });
  const compilation = { spec: buildCompilationDocument(content, { document }) };
  return { spec, compilation, issues: result.issues, content, document };
}
