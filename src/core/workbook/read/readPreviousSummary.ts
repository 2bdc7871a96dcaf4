import type { PreviousPeriod } from '../../consolidation/Consolidation';
import type { ReportTemplate } from '../../template/ReportTemplate';
import { checkSubmissionGrid } from '../../validation/checkSubmissionGrid';
import type { WorkbookGrid } from '../WorkbookGrid';
import { labelReportPeriod, readSummaryFigures, readSummaryStatus } from './readSummaryWorkbook';
import { readSummaryTexts } from './readSummaryTexts';

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
  const texts = readSummaryTexts(grid, report.template);
  const textsByUnit = Object.fromEntries(status.flatMap((r) => (texts.has(r.name) ? [[r.code, texts.get(r.name) ?? {}]] : [])));
  return { label: labelReportPeriod(report), totals, reportedUnitCodes, byUnit, textsByUnit };
}
