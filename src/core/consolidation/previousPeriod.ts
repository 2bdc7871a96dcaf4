import { labelPeriod, makePeriod } from '../period/ReportingPeriod';
import type { ReportTemplate } from '../template/ReportTemplate';
import { normalizeText } from '../text/normalizeText';
import { checkSubmissionGrid } from '../validation/checkSubmissionGrid';
import type { WorkbookGrid } from '../workbook/WorkbookGrid';
import { FIGURES_COLUMNS } from '../workbook/summary/buildFiguresSheet';
import { SUMMARY_SHEETS } from '../workbook/summary/summarySheets';

/** What the summary of the previous period says: its totals, who reported then, and each unit's figures. */
export interface PreviousPeriod {
  label: string;
  totals: Record<string, number | null>;
  reportedUnitCodes: string[];
  /** The counts each unit that reported gave (sheet "Số liệu"), by unit code: what a like-for-like comparison needs. */
  byUnit: Record<string, Record<string, number | null>>;
}

const REPORTED = /^(Đúng hạn|Nộp muộn)/;

/**
 * Reads a previous summary workbook (made by this tool): its roll-up report gives the totals,
 * its "Tình hình nộp" the units that reported. Null when the file is not such a summary.
 */
export function readPreviousSummary(grid: WorkbookGrid, templates: readonly ReportTemplate[]): PreviousPeriod | null {
  const checked = checkSubmissionGrid(grid, templates, { today: '9999-12-31' });
  if (!('report' in checked)) return null;
  const report = checked.report;
  const status = grid.sheets.find((s) => s.name === SUMMARY_SHEETS.status);
  if (!status) return null;
  const reportedUnitCodes = status.rows.filter((r) => typeof r?.[1] === 'string' && typeof r?.[4] === 'string' && REPORTED.test(normalizeText(r[4] as string))).map((r) => normalizeText(r[1] as string));
  const totals: Record<string, number | null> = { ...report.values, ...report.ratios };
  const label = report.periodKind && report.year ? labelPeriod(report.periodKind === 'custom' ? { kind: 'custom', year: report.year, from: report.from ?? '', to: report.to ?? '' } : makePeriod(report.periodKind, report.year)) : 'Kỳ trước';
  const indicatorCodes = new Set(checked.report.template.indicators.filter((i) => i.aggregation === 'sum').map((i) => i.code));
  return { label, totals, reportedUnitCodes, byUnit: readUnitFigures(grid, indicatorCodes) };
}

/**
 * Each reporting unit's counts from the summary's "Số liệu" sheet: the header row names the unit
 * code column, the row under it the indicator codes; rows whose status is on time or late count.
 */
function readUnitFigures(grid: WorkbookGrid, indicatorCodes: ReadonlySet<string>): Record<string, Record<string, number | null>> {
  const sheet = grid.sheets.find((s) => s.name === SUMMARY_SHEETS.figures);
  const byUnit: Record<string, Record<string, number | null>> = {};
  if (!sheet) return byUnit;
  const { headers, col } = FIGURES_COLUMNS;
  const headerRow = sheet.rows.findIndex((r) => r?.[col.code] === headers[col.code] && r?.[col.status] === headers[col.status]);
  if (headerRow < 0) return byUnit;
  const codeRow = sheet.rows[headerRow + 1] ?? [];
  const columns = codeRow.flatMap((v, c) => (typeof v === 'string' && indicatorCodes.has(v) ? [[v, c] as const] : []));
  for (const row of sheet.rows.slice(headerRow + 2)) {
    const code = row?.[col.code];
    const status = row?.[col.status];
    if (typeof code !== 'string' || typeof status !== 'string' || !REPORTED.test(normalizeText(status))) continue;
    byUnit[normalizeText(code)] = Object.fromEntries(columns.map(([indicator, c]) => [indicator, typeof row[c] === 'number' ? (row[c] as number) : null]));
  }
  return byUnit;
}
