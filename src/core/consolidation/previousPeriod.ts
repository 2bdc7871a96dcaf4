import { labelPeriod, makePeriod } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { normalizeText } from '../text/normalizeText';
import { checkSubmissionGrid } from '../validation/checkSubmissionGrid';
import type { WorkbookGrid } from '../workbook/WorkbookGrid';

/** What the summary of the previous period says: its totals, and who reported then. */
export interface PreviousPeriod {
  label: string;
  totals: Record<string, number | null>;
  reportedUnitCodes: string[];
}

const STATUS_SHEET = 'Tình hình nộp';
const REPORTED = /^(Đúng hạn|Nộp muộn)/;

/**
 * Reads a previous summary workbook (made by this tool): its roll-up report gives the totals,
 * its "Tình hình nộp" the units that reported. Null when the file is not such a summary.
 */
export function readPreviousSummary(grid: WorkbookGrid, templates: readonly ReportTemplate[]): PreviousPeriod | null {
  const checked = checkSubmissionGrid(grid, templates, { today: '9999-12-31' });
  if (!('report' in checked)) return null;
  const report = checked.report;
  const status = grid.sheets.find((s) => s.name === STATUS_SHEET);
  if (!status) return null;
  const reportedUnitCodes = status.rows.filter((r) => typeof r?.[1] === 'string' && typeof r?.[4] === 'string' && REPORTED.test(normalizeText(r[4] as string))).map((r) => normalizeText(r[1] as string));
  const totals: Record<string, number | null> = { ...report.values, ...report.ratios };
  const label = report.periodKind && report.year ? labelPeriod(report.periodKind === 'custom' ? { kind: 'custom', year: report.year, from: report.from ?? '', to: report.to ?? '' } : makePeriod(report.periodKind, report.year)) : 'Kỳ trước';
  return { label, totals, reportedUnitCodes };
}
