import type { Consolidation } from '../../consolidation/Consolidation';
import { labelPeriod } from '../../period/ReportingPeriod';
import { present } from '../../present';
import { formatDate, isoDateToSerial } from '../../text/calendarDate';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { SheetWriter, createSheet, type ChartSpec, type SheetSpec } from '../WorkbookSpec';
import type { FiguresSheet } from './buildFiguresSheet';
import { describeDifferences } from './describeDifferences';
import { SUMMARY_SHEETS } from './summarySheets';

/** The figures charted per unit in Excel: the denominator and the main count of section II.1. */
export const CHARTED_INDICATORS = ['tong_dang_vien', 'dv_hoc_tap'] as const;

export interface OverviewOptions {
  generatedOn: string;
}

/** The round's facts, one a row: who consolidates, the period, the deadline, the template. */
function writeRoundInfo(w: SheetWriter, c: Consolidation, options: OverviewOptions): void {
  const { round } = c;
  // Dates as real dates shown dd/mm/yyyy, so Excel sorts, filters and computes with them.
  const date = (iso: string) => ({ date: isoDateToSerial(iso) });
  const info: [string, string | { date: number }][] = [
    ['Cơ quan tổng hợp', round.body],
    ['Từ ngày (số liệu)', date(round.period.from)],
    ['Đến ngày (số liệu)', date(round.period.to)],
    ['Hạn nộp', date(round.deadline)],
    ['Ngày lập bảng tổng hợp', date(options.generatedOn)],
    ['Mẫu báo cáo', `${round.template.id}, phiên bản ${round.template.version}`],
    ...(c.versions.length > 1 ? [['Các phiên bản được nhận', c.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')] as [string, string]] : []),
    ['Căn cứ tính nộp muộn', round.dateBasis === 'received' ? 'Ngày nhận tệp' : 'Ngày báo cáo ghi trong tệp'],
  ];
  for (const [k, v] of info) {
    w.set(w.row, 0, k, STYLE.label);
    if (typeof v === 'string') w.set(w.row, 1, v, STYLE.label);
    else w.set(w.row, 1, v.date, withStyle(STYLE.label, { numFmt: 'dd/mm/yyyy', hAlign: 'left' }));
    w.merge(w.row, 1, w.row, 2);
    w.row++;
  }
}

/** The counts of units by status and of files; returns the rows of the four statuses, for the pie chart. */
function writeCounts(w: SheetWriter, c: Consolidation): { from: number; to: number } {
  w.set(w.row, 0, 'Tình hình nộp báo cáo', STYLE.header);
  w.set(w.row, 1, 'Số lượng', STYLE.header);
  w.row++;
  const invalidLabel = c.round.includeInvalid ? 'Không hợp lệ (có lỗi, vẫn cộng vào tổng)' : 'Không hợp lệ (có lỗi, chưa cộng vào tổng)';
  // The four statuses come first after the total: the pie chart reads exactly those rows.
  const byStatus: [string, number][] = [
    ['Đúng hạn', c.counts.on_time],
    ['Nộp muộn', c.counts.late],
    ['Chưa nộp', c.counts.missing],
    [invalidLabel, c.counts.invalid],
  ];
  const counts: [string, number][] = [
    ['Đơn vị trong danh sách', c.units.length],
    ...byStatus,
    ['Tệp nhận được', c.counts.files],
    ['Tệp của đơn vị ngoài danh sách', c.counts.unknownUnit],
    ['Tệp không đọc được', c.counts.unreadable],
    ['Tệp trùng của một đơn vị (không dùng)', c.counts.superseded],
    ['Mục trong thư mục bỏ qua (không phải báo cáo)', c.counts.skipped],
  ];
  const statusRows = { from: w.row + 1, to: w.row + byStatus.length };
  for (const [k, v] of counts) {
    w.set(w.row, 0, k, STYLE.label);
    w.set(w.row, 1, v, STYLE.number);
    w.row++;
  }
  return statusRows;
}

/** Each indicator's total, as a formula over the total row of Số liệu so a correction there shows here. */
function writeTotals(w: SheetWriter, c: Consolidation, figures: FiguresSheet): void {
  const { totalRow, columnOf } = figures;
  w.set(w.row, 0, 'Số liệu chính (tổng các đơn vị được tổng hợp)', STYLE.header);
  w.set(w.row, 1, 'Tổng', STYLE.header);
  w.set(w.row, 2, 'Đơn vị tính', STYLE.header);
  w.row++;
  for (const indicator of c.round.template.indicators) {
    const col = present(columnOf.get(indicator.code), `column of ${indicator.code}`);
    const value = indicator.aggregation === 'sum' ? c.totals[indicator.code] : c.ratios[indicator.code];
    w.set(w.row, 0, indicator.label, STYLE.label);
    w.formula(w.row, 1, { text: '{0}', refs: [{ sheet: SUMMARY_SHEETS.figures, row: totalRow, col }], result: value ?? '' }, indicator.aggregation === 'sum' ? STYLE.number : STYLE.percent);
    w.set(w.row, 2, indicator.unit, withStyle(STYLE.label, { hAlign: 'center' }));
    w.height(w.row, indicator.label.length > 52 ? 32 : 18);
    w.row++;
  }
}

/** How the template versions received differ, when more than one was used. */
function writeDifferences(w: SheetWriter, c: Consolidation): void {
  if (c.differences.length === 0) return;
  w.row++;
  w.set(w.row, 0, 'Khác nhau giữa các phiên bản mẫu', STYLE.header);
  w.merge(w.row, 0, w.row, 2);
  w.row++;
  for (const line of describeDifferences(c)) {
    w.set(w.row, 0, line, withStyle(STYLE.label, { wrap: true }));
    w.merge(w.row, 0, w.row, 2);
    w.height(w.row, rowHeightFor(line, 80));
    w.row++;
  }
}

/**
 * The data for the per-unit chart beside the tables, linked to Số liệu so a corrected figure
 * shows in the chart too, and the two charts: statuses (pie) and main figures by unit (bar).
 */
function writeCharts(w: SheetWriter, sheet: SheetSpec, c: Consolidation, figures: FiguresSheet, statusRows: { from: number; to: number }): ChartSpec[] {
  const { columnOf } = figures;
  const charted = CHARTED_INDICATORS.filter((code) => columnOf.has(code));
  const blockTop = 4;
  w.set(blockTop, 4, 'Đơn vị (biểu đồ)', STYLE.header);
  charted.forEach((code, i) => {
    const ind = present(c.round.template.indicators.find((x) => x.code === code), `indicator ${code}`);
    w.set(blockTop, 5 + i, `${ind.label} (${ind.unit})`, STYLE.header);
  });
  w.height(blockTop, 48);
  const countedRows = c.units.map((u, i) => ({ u, row: figures.firstUnitRow + i })).filter(({ u }) => u.counted);
  countedRows.forEach(({ u, row }, i) => {
    w.set(blockTop + 1 + i, 4, u.unit.name, STYLE.label);
    charted.forEach((code, j) => {
      const value = u.file?.report?.values[code] ?? '';
      const col = present(columnOf.get(code), `column of ${code}`);
      w.formula(blockTop + 1 + i, 5 + j, { text: '{0}', refs: [{ sheet: SUMMARY_SHEETS.figures, row, col }], result: value }, STYLE.number);
    });
  });
  const charts: ChartSpec[] = [
    { sheet: sheet.name, type: 'pie', title: 'Tình hình nộp báo cáo', source: { row: statusRows.from, col: 0, rowEnd: statusRows.to, colEnd: 1 }, anchor: { row: 2, col: 8 }, size: { rows: 16, cols: 6 } },
  ];
  if (countedRows.length > 0 && charted.length > 0) {
    charts.push({
      sheet: sheet.name,
      type: 'bar',
      title: 'Số liệu chính theo đơn vị',
      source: { row: blockTop, col: 4, rowEnd: blockTop + countedRows.length, colEnd: 4 + charted.length },
      anchor: { row: 19, col: 8 },
      size: { rows: Math.min(60, 8 + countedRows.length), cols: 8 },
    });
  }
  return charts;
}

/** Tổng quan: the round, counts by status, key totals (formulas over Số liệu), and the data behind two charts. */
export function buildOverviewSheet(c: Consolidation, options: OverviewOptions, figures: FiguresSheet): { sheet: SheetSpec; charts: ChartSpec[] } {
  const sheet = createSheet(SUMMARY_SHEETS.overview, [52, 18, 14, 3, 34, 16, 16], { tabColor: 'FF1F4E79' });
  const w = new SheetWriter(sheet);
  const { round } = c;
  w.title('BẢNG TỔNG HỢP BÁO CÁO', 2, STYLE.title, 24);
  w.title(round.template.title, 2, withStyle(STYLE.subtitle, { size: 12 }), 48);
  w.title(`${labelPeriod(round.period)} (số liệu từ ${formatDate(round.period.from)} đến ${formatDate(round.period.to)})`, 2, { hAlign: 'center', italic: true });
  w.row++;
  writeRoundInfo(w, c, options);
  if (round.registry.sample) {
    w.title('Lưu ý: danh sách đơn vị là DỮ LIỆU MẪU để chạy thử, không phải danh sách thật.', 2, { bold: true, color: 'FFC00000', wrap: true }, 20);
  }
  w.row++;
  const statusRows = writeCounts(w, c);
  w.row++;
  writeTotals(w, c, figures);
  writeDifferences(w, c);
  const charts = writeCharts(w, sheet, c, figures, statusRows);
  return { sheet, charts };
}
