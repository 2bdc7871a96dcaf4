import type { PeriodComparison } from '../../consolidation/compareWithPrevious';
import type { Consolidation } from '../../consolidation/Consolidation';
import { labelPeriod } from '../../period/ReportingPeriod';
import { present } from '../../present';
import { describeFiguresStatus } from '../../round/statusLabels';
import { HEADER_FILL, STYLE, withStyle } from '../styles';
import { SheetWriter, createSheet, type CellStyle, type SheetSpec } from '../WorkbookSpec';
import { describeSource } from './describeSource';
import { STATUS_FILL } from './buildStatusSheet';
import { COMPARISON_LABELS, FIGURES_COLUMNS, SUMMARY_SHEETS } from './summarySheets';

export interface FiguresSheet {
  sheet: SheetSpec;
  totalRow: number;
  firstUnitRow: number;
  /** Each indicator's column, by code. */
  columnOf: Map<string, number>;
}

/** Số liệu: units × indicators, TỔNG CỘNG as formulas, ratios recomputed; the previous period when given. */
export function buildFiguresSheet(c: Consolidation, comparison: PeriodComparison | null = null): FiguresSheet {
  const { col } = FIGURES_COLUMNS;
  const indicators = c.round.template.indicators;
  const first = FIGURES_COLUMNS.last + 1;
  const columnOf = new Map(indicators.map((ind, i) => [ind.code, first + i]));
  const columnOfCode = (code: string) => present(columnOf.get(code), `column of ${code}`);
  const sheet = createSheet(SUMMARY_SHEETS.figures, [...FIGURES_COLUMNS.widths, ...indicators.map(() => 14)], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  const lastCol = first + indicators.length - 1;
  w.title(`SỐ LIỆU TỔNG HỢP ${labelPeriod(c.round.period).toUpperCase()}`, Math.min(lastCol, 12), STYLE.title, 24);
  w.title('Dòng TỔNG CỘNG là công thức cộng các đơn vị; tỷ lệ được tính lại từ tổng tử số và tổng mẫu số, không lấy trung bình.', Math.min(lastCol, 12), STYLE.note);
  w.row++;
  const headerRow = w.row++;
  const codeRow = w.row++;
  FIGURES_COLUMNS.headers.forEach((h, i) => {
    w.set(headerRow, i, h, STYLE.header);
    w.set(codeRow, i, '', withStyle(STYLE.code, { fill: HEADER_FILL }));
  });
  for (const ind of indicators) {
    w.set(headerRow, columnOfCode(ind.code), `${ind.label} (${ind.unit})`, STYLE.header);
    w.set(codeRow, columnOfCode(ind.code), ind.code, withStyle(STYLE.code, { fill: HEADER_FILL }));
  }
  w.height(headerRow, 96);
  const firstUnitRow = w.row;
  c.units.forEach((row, i) => {
    const r = w.row++;
    w.set(r, col.index, i + 1, withStyle(STYLE.label, { hAlign: 'center' }));
    w.set(r, col.code, row.unit.code, STYLE.label);
    w.set(r, col.name, row.unit.name, STYLE.label);
    const statusText = describeFiguresStatus(row);
    w.set(r, col.status, statusText, withStyle(STYLE.label, { fill: STATUS_FILL[row.status] }));
    const file = row.counted ? row.file : undefined;
    const report = file?.report;
    // Provenance: the file and the cells each figure was read from, in one cell per unit.
    const cells = report ? indicators.flatMap((ind) => (ind.aggregation === 'sum' && report.cells[ind.code] ? [report.cells[ind.code]] : [])) : [];
    w.set(r, col.source, file && report ? describeSource(file.fileName, cells) : '', withStyle(STYLE.label, { size: 10 }));
    for (const ind of indicators) {
      if (ind.aggregation === 'sum') w.set(r, columnOfCode(ind.code), report?.values[ind.code] ?? null, STYLE.number);
      else {
        const refs = [{ row: r, col: columnOfCode(ind.numerator) }, { row: r, col: columnOfCode(ind.denominator) }];
        w.formula(r, columnOfCode(ind.code), { text: 'IF(AND(ISNUMBER({1}),{1}>0,ISNUMBER({0})),ROUND({0}/{1}*100,2),"")', refs, result: report?.ratios[ind.code] ?? '' }, STYLE.percent);
      }
    }
  });
  const lastUnitRow = w.row - 1;
  const totalRow = w.row++;
  const totalStyle: CellStyle = { bold: true, fill: HEADER_FILL };
  const totalLabels: Record<keyof typeof col, string> = { index: '', code: '', name: 'TỔNG CỘNG', status: `${c.units.filter((u) => u.counted).length} đơn vị`, source: '' };
  for (const [key, text] of Object.entries(totalLabels) as [keyof typeof col, string][]) w.set(totalRow, col[key], text, withStyle(STYLE.label, totalStyle));
  for (const ind of indicators) {
    const at = columnOfCode(ind.code);
    if (ind.aggregation === 'sum') {
      const range = { row: firstUnitRow, col: at, rowEnd: Math.max(firstUnitRow, lastUnitRow), colEnd: at };
      w.formula(totalRow, at, { text: 'SUM({0})', refs: [range], result: c.totals[ind.code] ?? 0 }, withStyle(STYLE.number, totalStyle));
    } else {
      const refs = [{ row: totalRow, col: columnOfCode(ind.numerator) }, { row: totalRow, col: columnOfCode(ind.denominator) }];
      w.formula(totalRow, at, { text: 'IF({1}>0,ROUND({0}/{1}*100,2),"")', refs, result: c.ratios[ind.code] ?? '' }, withStyle(STYLE.percent, totalStyle));
    }
  }
  if (comparison) {
    const label = withStyle(STYLE.label, { italic: true, wrap: true });
    const n = comparison.unitCodes.length;
    if (n === 0) {
      w.set(w.row++, col.name, COMPARISON_LABELS.none(comparison.previousLabel), label);
    } else {
      // Both sides over the same units: a comparison of different sets of units is never printed.
      const prevRow = w.row++;
      const nowRow = w.row++;
      const changeRow = w.row++;
      w.set(prevRow, col.name, COMPARISON_LABELS.before(comparison.previousLabel, n), label);
      w.set(nowRow, col.name, COMPARISON_LABELS.now(n), label);
      w.set(changeRow, col.name, COMPARISON_LABELS.change(n), label);
      for (const r of [prevRow, nowRow, changeRow]) w.height(r, 32);
      for (const ind of indicators) {
        const at = columnOfCode(ind.code);
        const style = ind.aggregation === 'sum' ? STYLE.number : STYLE.percent;
        w.set(prevRow, at, comparison.before[ind.code], style);
        w.set(nowRow, at, comparison.now[ind.code], style);
        const change = comparison.change[ind.code] ?? '';
        w.formula(changeRow, at, { text: 'IF(AND(ISNUMBER({0}),ISNUMBER({1})),{0}-{1},"")', refs: [{ row: nowRow, col: at }, { row: prevRow, col: at }], result: change }, withStyle(style, { numFmt: ind.aggregation === 'sum' ? '+#,##0;-#,##0;0' : '+0.00;-0.00;0' }));
      }
    }
  }
  sheet.freeze = { rows: codeRow + 1, cols: col.name + 1 };
  sheet.print.titleRows = { from: headerRow, to: codeRow };
  return { sheet, totalRow, firstUnitRow, columnOf };
}
