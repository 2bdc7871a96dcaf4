import { labelPeriod } from '../period/ReportingPeriod';
import { formatDate } from '../text/calendarDate';
import { decimalsNeeded, formatVietnameseNumber, formatVietnamesePercentFixed } from '../text/formatVietnameseNumber';
import { attachedToLine } from '../workbook/officialHeader';
import type { OfficialDocument } from '../workbook/OfficialDocument';
import { SUMMARY_SHEETS } from '../workbook/summary/summarySheets';
import { paragraph, type DocumentBlock } from './DocumentSpec';
import { PLAIN, cell, centered } from './partyDocumentBlocks';
import type { ReportContent } from './ReportContent';

/*
 * The report's appendices, on landscape pages: Phụ lục 1 the figures, Phụ lục 2 the nominations,
 * Phụ lục 3 the submissions.
 */

/** Indicators per appendix table: more would not fit a landscape page legibly. */
const INDICATORS_PER_TABLE = 8;
/**
 * Above this many units the appendices list totals and the units that need attention, not every
 * unit: a province's 3,000 units would be hundreds of pages the summary workbook already holds.
 */
export const APPENDIX_UNIT_LIMIT = 200;

const HEADER_SHADE = 'D9E2F3';

/** A figure of a table; its ratios all with `decimals` decimals, so 85,80% stands beside 94,86%. */
function figureText(value: number | null | undefined, ratio: boolean, decimals: number): string {
  if (value === null || value === undefined) return '';
  return ratio ? formatVietnamesePercentFixed(value, decimals) : formatVietnameseNumber(value);
}

/** The title of an appendix, and under it the report it goes with. */
function appendixTitle(n: number, title: string, doc: OfficialDocument): DocumentBlock[] {
  return [centered(`Phụ lục ${n}`, { bold: true }), centered(title, { bold: true }), centered(attachedToLine(doc), { italic: true, sizePt: 12 })];
}

/** Phụ lục 1: units × indicators, the total row, ratios recomputed; split into tables of a few indicators. */
export function figuresAppendix(c: ReportContent, doc: OfficialDocument): DocumentBlock[] {
  const { indicators } = c.template;
  const counted = c.unitFigures;
  const blocks: DocumentBlock[] = [...appendixTitle(1, `SỐ LIỆU TỔNG HỢP ${labelPeriod(c.period).toUpperCase()}`, doc), centered(`(${formatVietnameseNumber(counted.length)} đơn vị có báo cáo hợp lệ)`, { italic: true, sizePt: 12 })];
  const ratioIndicators = indicators.flatMap((i) => (i.aggregation === 'ratio' ? [i] : []));
  const ratioCodes = ratioIndicators.map((i) => i.code);
  const cap = Math.min(2, Math.max(0, ...ratioIndicators.map((i) => i.decimals)));
  if (counted.length > APPENDIX_UNIT_LIMIT) {
    const decimals = decimalsNeeded(ratioCodes.map((code) => c.ratios[code]), cap);
    const header = { header: true, cells: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng cộng', 'Số đơn vị có số liệu'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
    const rows = indicators.map((i, n) => ({
      cells: [cell(String(n + 1), { align: 'center' }), cell(i.label), cell(i.unit, { align: 'center' }), cell(figureText(i.aggregation === 'sum' ? c.totals[i.code] : c.ratios[i.code], i.aggregation === 'ratio', decimals), { bold: true, align: 'right' }), cell(i.aggregation === 'sum' ? formatVietnameseNumber(c.reportedBy[i.code] ?? 0) : '', { align: 'right' })],
    }));
    blocks.push({ kind: 'table', columnWidths: [6, 52, 12, 15, 15], borders: true, rows: [header, ...rows] });
    blocks.push(centered(`Số liệu của từng đơn vị: trang “${SUMMARY_SHEETS.figures}” của bảng tổng hợp.`, { italic: true, sizePt: 12 }));
    return blocks;
  }
  // One number of decimals for every ratio of the appendix: its tables read as one.
  const decimals = decimalsNeeded(ratioCodes.flatMap((code) => [c.ratios[code], ...counted.map((u) => u.values[code])]), cap);
  for (let start = 0; start < indicators.length; start += INDICATORS_PER_TABLE) {
    const part = indicators.slice(start, start + INDICATORS_PER_TABLE);
    const header = { header: true, cells: [cell('STT', { bold: true, align: 'center', shade: HEADER_SHADE }), cell('Đơn vị', { bold: true, align: 'center', shade: HEADER_SHADE }), ...part.map((i) => cell(`${i.label} (${i.unit})`, { bold: true, align: 'center', shade: HEADER_SHADE, sizePt: 10 }))] };
    const rows = counted.map((u, n) => ({
      cells: [cell(String(n + 1), { align: 'center' }), cell(u.name), ...part.map((i) => cell(figureText(u.values[i.code], i.aggregation === 'ratio', decimals), { align: 'right' }))],
    }));
    const total = { cells: [cell(''), cell('TỔNG CỘNG', { bold: true }), ...part.map((i) => cell(figureText(i.aggregation === 'sum' ? c.totals[i.code] : c.ratios[i.code], i.aggregation === 'ratio', decimals), { bold: true, align: 'right' }))] };
    if (start > 0) blocks.push(centered('(tiếp theo)', { italic: true, sizePt: 12 }));
    blocks.push({ kind: 'table', columnWidths: [5, 25, ...part.map(() => 70 / part.length)], borders: true, rows: [header, ...rows, total] });
  }
  return blocks;
}

/** Phụ lục 2: the nominations, by kind, with the proposed form and the proposing unit. */
export function nominationsAppendix(c: ReportContent, doc: OfficialDocument): DocumentBlock[] {
  const def = c.template.nominations;
  const blocks = appendixTitle(2, def.title.toUpperCase(), doc);
  if (c.nominations.length === 0) return [...blocks, centered('(Không có đề xuất.)', { italic: true })];
  if (c.nominations.length > APPENDIX_UNIT_LIMIT) {
    // Thousands of proposals are for the office to choose from in the workbook, not to print.
    const byKind = new Map<string, number>();
    for (const n of c.nominations) byKind.set(n.kind || 'Chưa ghi loại', (byKind.get(n.kind || 'Chưa ghi loại') ?? 0) + 1);
    const counts = [...byKind].map(([kind, n]) => `${formatVietnameseNumber(n)} ${kind.toLocaleLowerCase('vi')}`).join(', ');
    return [...blocks, centered(`Các đơn vị đề xuất ${formatVietnameseNumber(c.nominations.length)} trường hợp (${counts}); danh sách đủ ở trang “${SUMMARY_SHEETS.nominations}” của bảng tổng hợp.`, { italic: true, sizePt: 12 })];
  }
  const header = { header: true, cells: ['STT', 'Tập thể / cá nhân', 'Tên', 'Hình thức đề xuất', 'Đơn vị đề xuất'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
  const rows = c.nominations.map(({ unitName, kind, values: v }, i) => {
    const name = `${v['ten'] ?? ''}${v['chuc_vu'] ? ` (${v['chuc_vu']})` : ''}`;
    return { cells: [cell(String(i + 1), { align: 'center' }), cell(kind), cell(name), cell(v['hinh_thuc'] ?? ''), cell(unitName)] };
  });
  return [...blocks, { kind: 'table', columnWidths: [6, 16, 38, 20, 20], borders: true, rows: [header, ...rows] }];
}

/** Phụ lục 3: every registered unit and how it reported (its files are the office's business, not the report's). */
export function statusAppendix(c: ReportContent, doc: OfficialDocument): DocumentBlock[] {
  const header = { header: true, cells: ['STT', 'Đơn vị', 'Tình hình nộp', 'Ngày báo cáo'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
  // A large round lists the units that need attention; those on time are counted, not listed.
  const listed = c.status.length > APPENDIX_UNIT_LIMIT ? c.status.filter((u) => u.status !== 'on_time') : c.status;
  const rows = listed.map((u, i) => ({
    cells: [cell(String(i + 1), { align: 'center' }), cell(u.name), cell(u.statusText), cell(u.reportDate, { align: 'center' })],
  }));
  return [
    paragraph('', { ...PLAIN, spaceAfterPt: 12 }),
    ...appendixTitle(3, `TÌNH HÌNH NỘP BÁO CÁO ${labelPeriod(c.period).toUpperCase()}`, doc),
    centered(`(Hạn nộp ${formatDate(c.deadline)})`, { italic: true, sizePt: 12 }),
    ...(listed.length < c.status.length ? [centered(`${formatVietnameseNumber(c.status.length - listed.length)} đơn vị nộp đúng hạn không liệt kê dưới đây; danh sách đủ ở trang “${SUMMARY_SHEETS.status}” của bảng tổng hợp.`, { italic: true, sizePt: 12 })] : []),
    { kind: 'table', columnWidths: [6, 46, 30, 18], borders: true, rows: [header, ...rows] },
  ];
}
