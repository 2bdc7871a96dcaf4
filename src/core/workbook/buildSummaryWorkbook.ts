import type { Consolidation, ReceivedFile, UnitStatusRow } from '../consolidation/consolidateReports';
import { EXCEL_LIMITS } from '../round/roundDefaults';
import { describeFileRole, describeStatus } from '../round/statusLabels';
import { SEVERITY_LABELS, columnLetters, formatCellForDisplay, formatIssue } from '../issues/issueMessages';
import type { CellAddress } from '../issues/Issue';
import { labelPeriod } from '../period/ReportingPeriod';
import { formatDate, type IsoDate } from '../text/calendarDate';
import { GROUP_FILL, HEADER_FILL, STYLE, rowHeightFor, withStyle } from './styles';
import { buildRollUpSheets } from './buildRollUpReport';
import { defaultDocument, type OfficialDocument } from './OfficialDocument';
import { DEFAULT_FONT, SheetWriter, createSheet, type CellStyle, type ChartSpec, type SheetSpec, type WorkbookSpec } from './WorkbookSpec';

export const SUMMARY_SHEETS = {
  overview: 'Tổng quan',
  status: 'Tình hình nộp',
  figures: 'Số liệu',
  texts: 'Nội dung',
  nominations: 'Điển hình',
  issues: 'Kiểm tra',
} as const;

const TRUNCATION_NOTE = '… [đã cắt bớt vì vượt giới hạn 32.767 ký tự của một ô Excel; xem tệp gốc của đơn vị]';

export interface SummaryOptions {
  generatedOn: IsoDate;
  /** Header and signature of the roll-up report; defaults name the consolidating body and leave the rest to fill in. */
  document?: OfficialDocument;
}

const STATUS_FILL: Record<UnitStatusRow['status'], string> = {
  on_time: 'FFE2EFDA',
  late: 'FFFFF2CC',
  missing: 'FFF2F2F2',
  invalid: 'FFF8CBAD',
};

/** Cuts text to what one Excel cell holds, saying so in the cell. */
export function fitCellText(text: string): string {
  return text.length <= EXCEL_LIMITS.cellCharacters ? text : text.slice(0, EXCEL_LIMITS.cellCharacters - TRUNCATION_NOTE.length) + TRUNCATION_NOTE;
}


/** "Báo cáo X.xlsx: Số liệu!D6:D11, D13:D30" — the cells a unit's figures came from, runs joined. */
export function describeSource(fileName: string, cells: readonly CellAddress[]): string {
  const bySheetCol = new Map<string, number[]>();
  for (const cell of cells) {
    const key = `${cell.sheet}\u0000${cell.col}`;
    bySheetCol.set(key, [...(bySheetCol.get(key) ?? []), cell.row]);
  }
  const parts: string[] = [];
  for (const [key, rows] of bySheetCol) {
    const [sheet, col] = [key.split('\u0000')[0], Number(key.split('\u0000')[1])];
    rows.sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const r of rows) {
      const last = runs[runs.length - 1];
      if (last && r === last[1] + 1) last[1] = r;
      else runs.push([r, r]);
    }
    const letter = columnLetters(col);
    parts.push(`${sheet}!${runs.map(([a, b]) => (a === b ? `${letter}${a + 1}` : `${letter}${a + 1}:${letter}${b + 1}`)).join(', ')}`);
  }
  return `${fileName}: ${parts.join('; ')}`;
}

/** The summary workbook for the consolidating office. */
export function buildSummaryWorkbook(c: Consolidation, options: SummaryOptions): WorkbookSpec {
  const figures = buildFiguresSheet(c);
  const overview = buildOverviewSheet(c, options, figures);
  const document = options.document ?? defaultDocument(c.round.body, options.generatedOn);
  const rollUp = buildRollUpSheets(c, document, { sheet: figures.sheet.name, totalRow: figures.totalRow, columnOf: figures.columnOf }, c.round.previous?.totals);
  const [form, ...rollUpInputs] = rollUp.sheets;
  return {
    sheets: [overview.sheet, form, buildStatusSheet(c), figures.sheet, buildTextsSheet(c), buildNominationsSheet(c), buildIssuesSheet(c), ...rollUpInputs],
    names: rollUp.names,
    charts: overview.charts,
    properties: { title: `Tổng hợp báo cáo ${labelPeriod(c.round.period)}`, subject: c.round.template.title, creator: 'Tổng hợp báo cáo', created: options.generatedOn },
    font: DEFAULT_FONT,
  };
}

/** The figures charted per unit in Excel: the denominator and the main count of section II.1. */
export const CHARTED_INDICATORS = ['tong_dang_vien', 'dv_hoc_tap'] as const;

/** One sentence per indicator or section the accepted versions do not share. */
export function describeDifferences(c: Consolidation): string[] {
  const versionList = (vs: number[]) => vs.map((v) => `phiên bản ${v}`).join(', ');
  return c.differences.map((d) => {
    const what = d.kind === 'indicator' ? `Chỉ tiêu "${d.label}" (${d.code})` : `Mục ${d.code} "${d.label}"`;
    if (!d.inSummary) return `${what}: chỉ có ở ${versionList(d.inVersions)}; không có trong bảng tổng hợp vì mẫu của đợt là phiên bản ${c.round.template.version}.`;
    const units = c.versions.filter((v) => d.inVersions.includes(v.template.version)).reduce((n, v) => n + v.units, 0);
    return d.kind === 'indicator'
      ? `${what}: chỉ có ở ${versionList(d.inVersions)}; tổng chỉ tính trên ${units} đơn vị dùng phiên bản này, đơn vị dùng ${versionList(d.notInVersions)} không có số liệu.`
      : `${what}: chỉ có ở ${versionList(d.inVersions)}; đơn vị dùng ${versionList(d.notInVersions)} không viết mục này.`;
  });
}

function buildOverviewSheet(c: Consolidation, options: SummaryOptions, figures: FiguresSheet): { sheet: SheetSpec; charts: ChartSpec[] } {
  const { totalRow, columnOf } = figures;
  const sheet = createSheet(SUMMARY_SHEETS.overview, [52, 18, 14, 3, 34, 16, 16], { tabColor: 'FF1F4E79' });
  const w = new SheetWriter(sheet);
  const { round } = c;
  w.title('BẢNG TỔNG HỢP BÁO CÁO', 2, STYLE.title, 24);
  w.title(round.template.title, 2, withStyle(STYLE.subtitle, { size: 12 }), 48);
  w.title(`${labelPeriod(round.period)} (số liệu từ ${formatDate(round.period.from)} đến ${formatDate(round.period.to)})`, 2, { hAlign: 'center', italic: true });
  w.row++;
  const info: [string, string][] = [
    ['Cơ quan tổng hợp', round.body],
    ['Hạn nộp', formatDate(round.deadline)],
    ['Ngày lập bảng tổng hợp', formatDate(options.generatedOn)],
    ['Mẫu báo cáo', `${round.template.id}, phiên bản ${round.template.version}`],
    ...(c.versions.length > 1 ? [['Các phiên bản được nhận', c.versions.map((v) => `phiên bản ${v.template.version}: ${v.units} đơn vị`).join('; ')] as [string, string]] : []),
    ['Căn cứ tính nộp muộn', round.dateBasis === 'received' ? 'Ngày nhận tệp' : 'Ngày báo cáo ghi trong tệp'],
  ];
  for (const [k, v] of info) {
    w.set(w.row, 0, k, STYLE.label);
    w.set(w.row, 1, v, STYLE.label);
    w.merge(w.row, 1, w.row, 2);
    w.row++;
  }
  if (round.registry.sample) {
    w.title('Lưu ý: danh sách đơn vị là DỮ LIỆU MẪU để chạy thử, không phải danh sách thật.', 2, { bold: true, color: 'FFC00000', wrap: true }, 20);
  }
  w.row++;
  w.set(w.row, 0, 'Tình hình nộp báo cáo', STYLE.header);
  w.set(w.row, 1, 'Số lượng', STYLE.header);
  w.row++;
  const counts: [string, number][] = [
    ['Đơn vị trong danh sách', c.units.length],
    ['Đúng hạn', c.counts.on_time],
    ['Nộp muộn', c.counts.late],
    ['Chưa nộp', c.counts.missing],
    ['Không hợp lệ (có lỗi, chưa cộng vào tổng)', c.counts.invalid],
    ['Tệp nhận được', c.counts.files],
    ['Tệp của đơn vị ngoài danh sách', c.counts.unknownUnit],
    ['Tệp không đọc được', c.counts.unreadable],
    ['Tệp trùng của một đơn vị (không dùng)', c.counts.superseded],
  ];
  if (round.includeInvalid) counts[4][0] = 'Không hợp lệ (có lỗi, vẫn cộng vào tổng)';
  const statusRows = { from: w.row + 1, to: w.row + 4 };
  for (const [k, v] of counts) {
    w.set(w.row, 0, k, STYLE.label);
    w.set(w.row, 1, v, STYLE.number);
    w.row++;
  }
  w.row++;
  w.set(w.row, 0, 'Số liệu chính (tổng các đơn vị được tổng hợp)', STYLE.header);
  w.set(w.row, 1, 'Tổng', STYLE.header);
  w.set(w.row, 2, 'Đơn vị tính', STYLE.header);
  w.row++;
  for (const indicator of round.template.indicators) {
    const col = columnOf.get(indicator.code)!;
    const value = indicator.aggregation === 'sum' ? c.totals[indicator.code] : c.ratios[indicator.code];
    w.set(w.row, 0, indicator.label, STYLE.label);
    w.formula(w.row, 1, { text: '{0}', refs: [{ sheet: SUMMARY_SHEETS.figures, row: totalRow, col }], result: value ?? '' }, indicator.aggregation === 'sum' ? STYLE.number : STYLE.percent);
    w.set(w.row, 2, indicator.unit, withStyle(STYLE.label, { hAlign: 'center' }));
    w.height(w.row, indicator.label.length > 52 ? 32 : 18);
    w.row++;
  }
  if (c.differences.length > 0) {
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
  // Data for the per-unit chart, linked to Số liệu so a corrected figure shows in the chart too.
  const charted = CHARTED_INDICATORS.filter((code) => columnOf.has(code));
  const blockTop = 4;
  w.set(blockTop, 4, 'Đơn vị (biểu đồ)', STYLE.header);
  charted.forEach((code, i) => {
    const ind = round.template.indicators.find((x) => x.code === code)!;
    w.set(blockTop, 5 + i, `${ind.label} (${ind.unit})`, STYLE.header);
  });
  w.height(blockTop, 48);
  const countedRows = c.units.map((u, i) => ({ u, row: figures.firstUnitRow + i })).filter(({ u }) => u.counted);
  countedRows.forEach(({ u, row }, i) => {
    w.set(blockTop + 1 + i, 4, u.unit.name, STYLE.label);
    charted.forEach((code, j) => {
      const value = u.file?.report?.values[code] ?? '';
      w.formula(blockTop + 1 + i, 5 + j, { text: '{0}', refs: [{ sheet: SUMMARY_SHEETS.figures, row, col: columnOf.get(code)! }], result: value }, STYLE.number);
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
  return { sheet, charts };
}

interface FiguresSheet {
  sheet: SheetSpec;
  totalRow: number;
  firstUnitRow: number;
  columnOf: Map<string, number>;
}

function buildStatusSheet(c: Consolidation): SheetSpec {
  const headers = ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Loại đơn vị', 'Trạng thái', 'Số ngày muộn', 'Ngày báo cáo', 'Số lỗi', 'Số cảnh báo', 'Tệp'];
  const sheet = createSheet(SUMMARY_SHEETS.status, [6, 12, 36, 20, 22, 10, 13, 8, 10, 40], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  w.title(`TÌNH HÌNH NỘP BÁO CÁO ${labelPeriod(c.round.period).toUpperCase()}`, headers.length - 1, STYLE.title, 24);
  w.title(`Hạn nộp: ${formatDate(c.round.deadline)}. Báo cáo đúng hạn nếu gửi trong ngày hạn nộp.`, headers.length - 1, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  headers.forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  w.height(headerRow, 32);
  let n = 0;
  const fileCells = (r: number, file: ReceivedFile | undefined) => {
    w.set(r, 6, file?.reportDate ? formatDate(file.reportDate) : '', withStyle(STYLE.label, { hAlign: 'center' }));
    w.set(r, 7, file ? file.errors : '', STYLE.number);
    w.set(r, 8, file ? file.warnings : '', STYLE.number);
    w.set(r, 9, file?.fileName ?? '', STYLE.label);
  };
  for (const row of c.units) {
    const r = w.row++;
    const fill: CellStyle = { fill: STATUS_FILL[row.status] };
    w.set(r, 0, ++n, withStyle(STYLE.label, { hAlign: 'center' }));
    w.set(r, 1, row.unit.code, STYLE.label);
    w.set(r, 2, row.unit.name, STYLE.label);
    w.set(r, 3, row.unit.kind, STYLE.label);
    w.set(r, 4, describeStatus(row), withStyle(STYLE.label, fill));
    w.set(r, 5, row.status === 'late' || (row.status === 'invalid' && row.daysLate > 0) ? row.daysLate : '', STYLE.number);
    fileCells(r, row.file);
  }
  const usedFiles = new Set(c.units.map((u) => u.file).filter((f): f is ReceivedFile => f !== undefined));
  const others = c.files.filter((f) => !usedFiles.has(f));
  if (others.length > 0) {
    w.row++;
    w.title('Các tệp khác đã nhận (không dùng để tổng hợp)', headers.length - 1, withStyle(STYLE.group, { fill: GROUP_FILL }), 20);
    for (const file of others) {
      const r = w.row++;
      w.set(r, 0, ++n, withStyle(STYLE.label, { hAlign: 'center' }));
      w.set(r, 1, file.unit?.code ?? '', STYLE.label);
      w.set(r, 2, file.unit?.name ?? file.unitName, STYLE.label);
      w.set(r, 3, file.unit?.kind ?? '', STYLE.label);
      w.set(r, 4, describeFileRole(file), withStyle(STYLE.label, { fill: STATUS_FILL.invalid }));
      w.set(r, 5, '', STYLE.number);
      fileCells(r, file);
    }
  }
  if (c.missingSincePrevious.length > 0) {
    w.row++;
    w.title(`Đơn vị đã nộp kỳ trước (${c.round.previous!.label}) nhưng kỳ này chưa nộp: ${c.missingSincePrevious.length}`, headers.length - 1, withStyle(STYLE.group, { fill: GROUP_FILL }), 20);
    for (const unit of c.missingSincePrevious) {
      const r = w.row++;
      w.set(r, 1, unit.code, STYLE.label);
      w.set(r, 2, unit.name, STYLE.label);
      w.set(r, 4, 'Kỳ trước có nộp, kỳ này chưa nộp', withStyle(STYLE.label, { fill: STATUS_FILL.missing }));
    }
  }
  sheet.freeze = { rows: headerRow + 1, cols: 3 };
  sheet.autoFilter = { row: headerRow, col: 0, rowEnd: headerRow + c.units.length, colEnd: headers.length - 1 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}

function buildFiguresSheet(c: Consolidation): FiguresSheet {
  const indicators = c.round.template.indicators;
  const first = 5;
  const sheet = createSheet(SUMMARY_SHEETS.figures, [6, 12, 34, 18, 34, ...indicators.map(() => 14)], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  const lastCol = first + indicators.length - 1;
  w.title(`SỐ LIỆU TỔNG HỢP ${labelPeriod(c.round.period).toUpperCase()}`, Math.min(lastCol, 12), STYLE.title, 24);
  w.title('Dòng TỔNG CỘNG là công thức cộng các đơn vị; tỷ lệ được tính lại từ tổng tử số và tổng mẫu số, không lấy trung bình.', Math.min(lastCol, 12), STYLE.note);
  w.row++;
  const headerRow = w.row++;
  const codeRow = w.row++;
  ['STT', 'Mã đơn vị', 'Tên đơn vị', 'Trạng thái', 'Nguồn: tệp, ô'].forEach((h, i) => {
    w.set(headerRow, i, h, STYLE.header);
    w.set(codeRow, i, '', withStyle(STYLE.code, { fill: HEADER_FILL }));
  });
  const columnOf = new Map<string, number>();
  indicators.forEach((ind, i) => {
    columnOf.set(ind.code, first + i);
    w.set(headerRow, first + i, `${ind.label} (${ind.unit})`, STYLE.header);
    w.set(codeRow, first + i, ind.code, withStyle(STYLE.code, { fill: HEADER_FILL }));
  });
  w.height(headerRow, 96);
  const firstUnitRow = w.row;
  c.units.forEach((row, i) => {
    const r = w.row++;
    w.set(r, 0, i + 1, withStyle(STYLE.label, { hAlign: 'center' }));
    w.set(r, 1, row.unit.code, STYLE.label);
    w.set(r, 2, row.unit.name, STYLE.label);
    const statusText = row.counted ? describeStatus(row) : row.status === 'missing' ? 'Chưa nộp' : 'Có lỗi, chưa cộng';
    w.set(r, 3, statusText, withStyle(STYLE.label, { fill: STATUS_FILL[row.status] }));
    const report = row.counted ? row.file?.report : undefined;
    // Provenance: the file and the cells each figure was read from, in one cell per unit.
    w.set(r, 4, report ? describeSource(row.file!.fileName, indicators.filter((i) => i.aggregation === 'sum').map((i) => report.cells[i.code]).filter((x): x is NonNullable<typeof x> => x !== undefined)) : '', withStyle(STYLE.label, { size: 10 }));
    for (const ind of indicators) {
      const col = columnOf.get(ind.code)!;
      if (ind.aggregation === 'sum') {
        const v = report?.values[ind.code];
        w.set(r, col, v ?? null, STYLE.number);
      } else {
        const num = { row: r, col: columnOf.get(ind.numerator)! };
        const den = { row: r, col: columnOf.get(ind.denominator)! };
        w.formula(r, col, { text: 'IF(AND(ISNUMBER({1}),{1}>0,ISNUMBER({0})),ROUND({0}/{1}*100,2),"")', refs: [num, den], result: report?.ratios[ind.code] ?? '' }, STYLE.percent);
      }
    }
  });
  const lastUnitRow = w.row - 1;
  const totalRow = w.row++;
  const totalStyle: CellStyle = { bold: true, fill: HEADER_FILL };
  w.set(totalRow, 0, '', withStyle(STYLE.label, totalStyle));
  w.set(totalRow, 1, '', withStyle(STYLE.label, totalStyle));
  w.set(totalRow, 2, 'TỔNG CỘNG', withStyle(STYLE.label, totalStyle));
  w.set(totalRow, 3, `${c.units.filter((u) => u.counted).length} đơn vị`, withStyle(STYLE.label, totalStyle));
  w.set(totalRow, 4, '', withStyle(STYLE.label, totalStyle));
  for (const ind of indicators) {
    const col = columnOf.get(ind.code)!;
    if (ind.aggregation === 'sum') {
      const range = { row: firstUnitRow, col, rowEnd: Math.max(firstUnitRow, lastUnitRow), colEnd: col };
      w.formula(totalRow, col, { text: 'SUM({0})', refs: [range], result: c.totals[ind.code] ?? 0 }, withStyle(STYLE.number, totalStyle));
    } else {
      const num = { row: totalRow, col: columnOf.get(ind.numerator)! };
      const den = { row: totalRow, col: columnOf.get(ind.denominator)! };
      w.formula(totalRow, col, { text: 'IF({1}>0,ROUND({0}/{1}*100,2),"")', refs: [num, den], result: c.ratios[ind.code] ?? '' }, withStyle(STYLE.percent, totalStyle));
    }
  }
  const previous = c.round.previous;
  if (previous) {
    const prevRow = w.row++;
    const changeRow = w.row++;
    const label = withStyle(STYLE.label, { italic: true });
    w.set(prevRow, 2, `KỲ TRƯỚC (${previous.label})`, label);
    w.set(changeRow, 2, 'TĂNG (+), GIẢM (-) SO VỚI KỲ TRƯỚC', label);
    for (const ind of indicators) {
      const col = columnOf.get(ind.code)!;
      const before = previous.totals[ind.code] ?? null;
      const style = ind.aggregation === 'sum' ? STYLE.number : STYLE.percent;
      w.set(prevRow, col, before, style);
      const now = ind.aggregation === 'sum' ? c.totals[ind.code] : c.ratios[ind.code];
      const change = now !== null && now !== undefined && before !== null ? Math.round((now - before) * 100) / 100 : '';
      w.formula(changeRow, col, { text: 'IF(AND(ISNUMBER({0}),ISNUMBER({1})),{0}-{1},"")', refs: [{ row: totalRow, col }, { row: prevRow, col }], result: change }, withStyle(style, { numFmt: ind.aggregation === 'sum' ? '+#,##0;-#,##0;0' : '+0.00;-0.00;0' }));
    }
  }
  sheet.freeze = { rows: codeRow + 1, cols: 3 };
  sheet.print.titleRows = { from: headerRow, to: codeRow };
  return { sheet, totalRow, firstUnitRow, columnOf };
}

function buildTextsSheet(c: Consolidation): SheetSpec {
  const sheet = createSheet(SUMMARY_SHEETS.texts, [30, 100]);
  const w = new SheetWriter(sheet);
  w.title(`NỘI DUNG BÁO CÁO CỦA CÁC ĐƠN VỊ ${labelPeriod(c.round.period).toUpperCase()}`, 1, STYLE.title, 24);
  w.title('Mỗi mục của đề cương, lần lượt từng đơn vị theo thứ tự trong danh sách.', 1, STYLE.note);
  w.row++;
  const template = c.round.template;
  for (const compilation of c.sections) {
    const section = template.sections.find((s) => s.code === compilation.section)!;
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    const heading = `${section.code}. ${section.title}${group ? ` (${group.code}. ${group.title})` : ''}`;
    w.set(w.row, 0, heading, STYLE.group);
    w.merge(w.row, 0, w.row, 1);
    w.height(w.row, heading.length > 120 ? 36 : 20);
    w.row++;
    if (compilation.entries.length === 0) {
      w.set(w.row, 0, '', STYLE.text);
      w.set(w.row, 1, '(Không đơn vị nào viết mục này.)', withStyle(STYLE.text, { italic: true }));
      w.row++;
    }
    for (const entry of compilation.entries) {
      const text = fitCellText(entry.text);
      w.set(w.row, 0, entry.unit.name, withStyle(STYLE.text, { bold: true }));
      w.set(w.row, 1, text, STYLE.text);
      w.height(w.row, rowHeightFor(text, 100));
      w.row++;
    }
    w.row++;
  }
  return sheet;
}

function buildNominationsSheet(c: Consolidation): SheetSpec {
  const def = c.round.template.nominations;
  const sheet = createSheet(SUMMARY_SHEETS.nominations, [6, 28, ...def.columns.map((col) => col.width)], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  const last = def.columns.length + 1;
  w.title(def.title.toUpperCase(), last, STYLE.title, 24);
  w.title(`Tổng cộng ${c.nominations.length} đề xuất của các đơn vị được tổng hợp.`, last, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  ['STT', 'Đơn vị đề xuất', ...def.columns.map((col) => col.label)].forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  w.height(headerRow, 34);
  c.nominations.forEach(({ unit, nomination }, i) => {
    const r = w.row++;
    w.set(r, 0, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, 1, unit.name, STYLE.text);
    def.columns.forEach((col, j) => w.set(r, 2 + j, fitCellText(nomination.values[col.code] ?? ''), STYLE.text));
    const longest = Math.max(...def.columns.map((col) => (nomination.values[col.code] ?? '').length / (col.width / 48)));
    w.height(r, rowHeightFor('x'.repeat(Math.ceil(longest)), 48));
  });
  sheet.freeze = { rows: headerRow + 1, cols: 2 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}

function buildIssuesSheet(c: Consolidation): SheetSpec {
  const headers = ['STT', 'Đơn vị', 'Tệp', 'Ô', 'Mức độ', 'Nội dung'];
  const sheet = createSheet(SUMMARY_SHEETS.issues, [6, 30, 30, 18, 10, 80], { print: { orientation: 'landscape', fitToWidth: true } });
  const w = new SheetWriter(sheet);
  w.title('KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO', headers.length - 1, STYLE.title, 24);
  const { errors, warnings } = c.issues.reduce((acc, { issue }) => (issue.severity === 'error' ? { ...acc, errors: acc.errors + 1 } : { ...acc, warnings: acc.warnings + 1 }), { errors: 0, warnings: 0 });
  w.title(`${errors} lỗi, ${warnings} cảnh báo. Lỗi làm báo cáo không hợp lệ; cảnh báo không ngăn tổng hợp.`, headers.length - 1, STYLE.note);
  w.row++;
  const headerRow = w.row++;
  headers.forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  c.issues.forEach(({ file, issue }, i) => {
    const r = w.row++;
    const message = formatIssue(issue);
    w.set(r, 0, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, 1, file.unit?.name ?? file.unitName, STYLE.text);
    w.set(r, 2, file.fileName, STYLE.text);
    w.set(r, 3, issue.location.cell ? formatCellForDisplay(issue.location.cell) : '', STYLE.text);
    w.set(r, 4, SEVERITY_LABELS[issue.severity], withStyle(STYLE.text, { color: issue.severity === 'error' ? 'FFC00000' : 'FF9C5700', bold: issue.severity === 'error' }));
    w.set(r, 5, message, STYLE.text);
    w.height(r, rowHeightFor(message, 80));
  });
  sheet.freeze = { rows: headerRow + 1, cols: 0 };
  sheet.autoFilter = { row: headerRow, col: 0, rowEnd: Math.max(headerRow, headerRow + c.issues.length), colEnd: headers.length - 1 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}
