import type { UnitStatus } from '../../consolidation/Consolidation';
import { labelPeriod, makePeriod, type ReportingPeriod } from '../../period/ReportingPeriod';
import { formatDate, parseDateLike, type IsoDate } from '../../text/calendarDate';
import type { CheckedReport } from '../../validation/CheckedReport';
import { cellText, type CellValue, type GridSheet, type WorkbookGrid } from '../WorkbookGrid';
import { labelSaysCounted, labelSaysReported, statusOfLabel } from '../../round/statusLabels';
import { COMPARISON_LABELS, FIGURES_COLUMNS, NOMINATION_COLUMNS, SEND_UP_MARK, STATUS_COLUMNS, SUMMARY_SHEETS } from '../summary/summarySheets';

/*
 * Reading back the summary workbook this tool wrote: the previous period's figures for a
 * comparison, and everything the Word report needs when the officer rebuilds it from an edited
 * summary. Each sheet is found by its header row, not by fixed rows, so rows the officer
 * inserts or deletes do not shift what is read.
 */

export const findSheet = (grid: WorkbookGrid, name: string): GridSheet | undefined => grid.sheets.find((s) => s.name === name);

const textOf = cellText;

/** The row of a table's header: the cells under the given columns read as their headers. */
function findHeaderRow(sheet: GridSheet, columns: { headers: string[] }, keys: number[]): number {
  return sheet.rows.findIndex((r) => keys.every((k) => textOf(r?.[k]) === columns.headers[k]));
}

/** The period a summary is for, from its roll-up's general information. */
export function periodOfReport(report: CheckedReport): ReportingPeriod | null {
  if (!report.periodKind || !report.year) return null;
  if (report.periodKind !== 'custom') return makePeriod(report.periodKind, report.year, report.from && report.to ? { from: report.from, to: report.to } : undefined);
  return report.from && report.to ? makePeriod('custom', report.year, { from: report.from, to: report.to }) : null;
}

export function labelReportPeriod(report: CheckedReport): string {
  const period = periodOfReport(report);
  return period ? labelPeriod(period) : 'Kỳ trước';
}

/** A unit's row of "Số liệu": its figures by indicator code, and whether they are in the totals. */
export interface SummaryFiguresRow {
  code: string;
  name: string;
  /** On time or late: what a comparison with the next period counts. */
  reported: boolean;
  /** In the totals (also an invalid report when the round counted those). */
  counted: boolean;
  values: Record<string, number | null>;
}

export interface SummaryFigures {
  rows: SummaryFiguresRow[];
  /** The like-for-like comparison rows, when the summary has them. */
  comparison: { previousLabel: string; unitCount: number; before: Record<string, number | null>; now: Record<string, number | null> } | null;
}

/**
 * "Số liệu": the header row names the unit code and status columns, the row under it the
 * indicator codes; unit rows run to TỔNG CỘNG, the comparison rows follow it.
 */
export function readSummaryFigures(grid: WorkbookGrid, indicatorCodes: ReadonlySet<string>): SummaryFigures | null {
  const sheet = findSheet(grid, SUMMARY_SHEETS.figures);
  if (!sheet) return null;
  const { col } = FIGURES_COLUMNS;
  const headerRow = findHeaderRow(sheet, FIGURES_COLUMNS, [col.code, col.status]);
  if (headerRow < 0) return null;
  const codeRow = sheet.rows[headerRow + 1] ?? [];
  const columns = codeRow.flatMap((v, c) => (typeof v === 'string' && indicatorCodes.has(v) ? [[v, c] as const] : []));
  const valuesOf = (row: CellValue[] | undefined) => Object.fromEntries(columns.map(([indicator, c]) => [indicator, typeof row?.[c] === 'number' ? (row[c] as number) : null]));
  const rows: SummaryFiguresRow[] = [];
  let comparison: SummaryFigures['comparison'] = null;
  for (let r = headerRow + 2; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const code = textOf(row?.[col.code]);
    const status = textOf(row?.[col.status]);
    const label = textOf(row?.[col.name]);
    if (code && status) {
      rows.push({ code, name: label, reported: labelSaysReported(status), counted: labelSaysCounted(status), values: valuesOf(row) });
      continue;
    }
    const before = COMPARISON_LABELS.parseBefore(label);
    if (before) comparison = { ...before, before: valuesOf(row), now: valuesOf(sheet.rows[r + 1]) };
    const none = COMPARISON_LABELS.parseNone(label);
    if (none) comparison = { previousLabel: none, unitCount: 0, before: {}, now: {} };
  }
  return { rows, comparison };
}

export interface SummaryStatusRow {
  code: string;
  name: string;
  status: UnitStatus;
  statusText: string;
  reportDate: IsoDate | null;
  fileName: string;
}

/** "Tình hình nộp": every registered unit, down to the first row without a unit code. */
export function readSummaryStatus(grid: WorkbookGrid): SummaryStatusRow[] | null {
  const sheet = findSheet(grid, SUMMARY_SHEETS.status);
  if (!sheet) return null;
  const { col } = STATUS_COLUMNS;
  const headerRow = findHeaderRow(sheet, STATUS_COLUMNS, [col.code, col.status]);
  if (headerRow < 0) return null;
  const rows: SummaryStatusRow[] = [];
  for (const row of sheet.rows.slice(headerRow + 1)) {
    const code = textOf(row?.[col.code]);
    const statusText = textOf(row?.[col.status]);
    const status = statusOfLabel(statusText);
    if (!code || !status) break;
    rows.push({ code, name: textOf(row?.[col.name]), status, statusText, reportDate: parseDateLike(row?.[col.reportDate] ?? null, grid.date1904), fileName: textOf(row?.[col.file]) });
  }
  return rows;
}

/** The deadline, from "Tổng quan" (a date, or dd/mm/yyyy as text). */
export function readSummaryDeadline(grid: WorkbookGrid): IsoDate | null {
  const sheet = findSheet(grid, SUMMARY_SHEETS.overview);
  const row = sheet?.rows.find((r) => textOf(r?.[0]) === 'Hạn nộp');
  return row ? parseDateLike(row[1] ?? null, grid.date1904) : null;
}

export const formatReportDate = (date: IsoDate | null): string => (date ? formatDate(date) : '');

/**
 * The proposals marked "Gửi cấp trên" on "Điển hình", by kind, as the office left them: what
 * `tonghop bao-cao` checks against the guidance before the summary goes up.
 */
export function readSendUpMarks(grid: WorkbookGrid, kindLabel: string): { kind: string }[] | null {
  const sheet = findSheet(grid, SUMMARY_SHEETS.nominations);
  if (!sheet) return null;
  const { col } = NOMINATION_COLUMNS;
  const headerRow = findHeaderRow(sheet, NOMINATION_COLUMNS, [col.sendUp, col.unit]);
  if (headerRow < 0) return null;
  const kindCol = (sheet.rows[headerRow] ?? []).findIndex((v) => textOf(v) === kindLabel);
  return sheet.rows.slice(headerRow + 1).flatMap((r) => (textOf(r?.[col.sendUp]).toLowerCase() === SEND_UP_MARK ? [{ kind: textOf(r?.[kindCol]) }] : []));
}
