import type { ReportTemplate } from '../template/ReportTemplate';
import { checkSubmissionGrid } from '../validation/checkSubmissionGrid';
import type { WorkbookGrid } from '../workbook/WorkbookGrid';
import { labelReportPeriod, readSummaryFigures, readSummaryStatus } from '../workbook/summary/readSummaryWorkbook';

/** What the summary of the previous period says: its totals, who reported then, and each unit's figures. */
export interface PreviousPeriod {
  label: string;
  totals: Record<string, number | null>;
  reportedUnitCodes: string[];
  /** The counts each unit that reported gave (sheet "Số liệu"), by unit code: what a like-for-like comparison needs. */
  byUnit: Record<string, Record<string, number | null>>;
}

/**
 * Reads a previous summary workbook (made by this tool): its roll-up report gives the totals,
 * its "Tình hình nộp" the units that reported. Null when the file is not such a summary.
 */
export function readPreviousSummary(grid: WorkbookGrid, templates: readonly ReportTemplate[]): PreviousPeriod | null {
  const checked = checkSubmissionGrid(grid, templates, { today: '9999-12-31' });
  if (!('report' in checked)) return null;
  const report = checked.report;
  const status = readSummaryStatus(grid);
  if (!status) return null;
  const reportedUnitCodes = status.filter((r) => r.status === 'on_time' || r.status === 'late').map((r) => r.code);
  const totals: Record<string, number | null> = { ...report.values, ...report.ratios };
  const indicatorCodes = new Set(report.template.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  const byUnit = Object.fromEntries((readSummaryFigures(grid, indicatorCodes)?.rows ?? []).filter((r) => r.reported).map((r) => [r.code, r.values]));
  return { label: labelReportPeriod(report), totals, reportedUnitCodes, byUnit };
}
