import { compareWithPrevious } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/Consolidation';
import { labelPeriod } from '../period/ReportingPeriod';
import { formatDate } from '../text/calendarDate';
import { formatVietnameseNumber, formatVietnamesePercent } from '../text/formatVietnameseNumber';
import { defaultSubject, type OfficialDocument } from '../workbook/OfficialDocument';
import { SUMMARY_SHEETS } from '../workbook/summary/summarySheets';
import { cleanExcerpt } from './cleanExcerpt';
import { planExcerpts, type ExcerptPlan } from './planExcerpts';
import { describeComparisonBasis, describeSectionFigures, describeSubmissions } from './describeFigures';
import { reportContentOf, type ReportContent } from './ReportContent';
import { paragraph, type DocumentBlock, type DocumentSection, type DocumentSpec, type ParagraphSpec } from './DocumentSpec';
import { BODY, PARTY_DOCUMENT_PAGE, PLAIN, cell, centered, headerTable, signatureTable } from './partyDocumentBlocks';

export interface ReportDocumentOptions {
  document: OfficialDocument;
  /** Characters kept of each unit's text per section; everything when absent. */
  maxExcerptChars?: number;
}

/**
 * The report both doors write: the comparison with the previous period and the length of the
 * units' texts decided once, here. `plan.issue` says when the texts had to be cut.
 */
export function prepareReportDocument(c: Consolidation | ReportContent, options: { document: OfficialDocument; maxExcerptChars?: number }): { spec: DocumentSpec; plan: ExcerptPlan } {
  const content = 'round' in c ? reportContentOf(c, compareWithPrevious(c)) : c;
  const plan = planExcerpts(content, options.maxExcerptChars);
  return { spec: buildReportDocument(content, { document: options.document, maxExcerptChars: plan.maxExcerptChars }), plan };
}

/** Indicators per appendix table: more would not fit a landscape page legibly. */
const INDICATORS_PER_TABLE = 8;
/**
 * Above this many units the appendices list totals and the units that need attention, not every
 * unit: a province's 3,000 units would be hundreds of pages the summary workbook already holds.
 */
export const APPENDIX_UNIT_LIMIT = 200;

const HEADER_SHADE = 'D9E2F3';

/**
 * The report the office sends up, as a Word document: the header of a Party document, BÁO CÁO
 * and its summary line, then for each section of the đề cương the figures written as sentences
 * and every unit's text under its name, the recipients and the signature; three appendices on
 * landscape pages (figures, nominations, submissions).
 */
export function buildReportDocument(c: ReportContent, options: ReportDocumentOptions): DocumentSpec {
  const doc = options.document;
  const { template, period } = c;
  const subject = doc.subject ?? defaultSubject(template, period);
  const body: DocumentBlock[] = [headerTable(doc), centered('BÁO CÁO', { bold: true, sizePt: 16 }), centered(subject, { bold: true, sizePt: 14 }), centered('-----', { sizePt: 14 })];
  body.push(paragraph(describeSubmissions(c, formatDate(doc.date)), { spaceBeforePt: 12 }));
  if (options.maxExcerptChars !== undefined) {
    body.push(paragraph([{ text: `(Bản dự thảo: nội dung của mỗi đơn vị trong mỗi mục được trích tối đa ${formatVietnameseNumber(options.maxExcerptChars)} ký tự; toàn văn ở trang "${SUMMARY_SHEETS.texts}" của bảng tổng hợp.)`, italic: true }]));
  }
  const basis = describeComparisonBasis(c.comparison);
  if (basis) body.push(paragraph(basis));
  // The figures about the units themselves (total members…), said before the sections.
  for (const text of describeSectionFigures(c, 'context', 'Về tình hình chung của các đơn vị đã báo cáo')) body.push(paragraph(text));

  const { invalidUnits } = c;
  const groupsShown = new Set<string>();
  for (const section of template.sections) {
    const group = section.group ? template.groups.find((g) => g.code === section.group) : undefined;
    if (group && !groupsShown.has(group.code)) {
      groupsShown.add(group.code);
      body.push(heading(`${group.code}. ${group.title.toUpperCase()}`, 1));
    }
    const number = group ? section.code.slice(group.code.length + 1) : section.code;
    body.push(heading(group ? `${number}. ${section.title}` : `${number}. ${section.title.toUpperCase()}`, group ? 2 : 1));
    for (const text of describeSectionFigures(c, section.code)) body.push(paragraph(text));
    const entries = c.sections[section.code] ?? [];
    for (const { unitName, text } of entries) {
      // A paragraph a line, the first under the unit's name: a soft return in justified text
      // would stretch the line before it across the page.
      const lines = cleanExcerpt(text, options.maxExcerptChars);
      lines.forEach((line, i) => body.push(paragraph(i === 0 && unitName ? [{ text: `${unitName}: `, bold: true, italic: true }, { text: line }] : line)));
    }
    if (entries.length === 0) body.push(paragraph([{ text: 'Chưa có đơn vị nào báo cáo nội dung mục này.', italic: true }]));
    if (invalidUnits.length > 0) body.push(paragraph([{ text: `Chưa tổng hợp (báo cáo còn lỗi): ${invalidUnits.join(', ')}.`, italic: true }]));
  }
  body.push(signatureTable(doc));

  const sections: DocumentSection[] = [
    { orientation: 'portrait', pageNumbers: { skipFirst: true }, blocks: body },
    { orientation: 'landscape', pageNumbers: { skipFirst: false }, blocks: figuresAppendix(c) },
    { orientation: 'landscape', pageNumbers: { skipFirst: false }, blocks: [...nominationsAppendix(c), ...statusAppendix(c)] },
  ];
  return {
    title: `Báo cáo ${subject}`,
    creator: doc.issuer,
    ...PARTY_DOCUMENT_PAGE,
    paragraphDefaults: BODY,
    sections,
  };
}

function heading(text: string, level: 1 | 2): ParagraphSpec {
  return paragraph([{ text, bold: true }], { spaceBeforePt: 6, keepWithNext: true, heading: level });
}

function figureText(value: number | null | undefined, ratio: boolean): string {
  if (value === null || value === undefined) return '';
  return ratio ? formatVietnamesePercent(value) : formatVietnameseNumber(value);
}

/** Phụ lục 1: units × indicators, the total row, ratios recomputed; split into tables of a few indicators. */
function figuresAppendix(c: ReportContent): DocumentBlock[] {
  const { indicators } = c.template;
  const counted = c.unitFigures;
  const blocks: DocumentBlock[] = [centered('Phụ lục 1', { bold: true }), centered(`SỐ LIỆU TỔNG HỢP ${labelPeriod(c.period).toUpperCase()}`, { bold: true }), centered(`(${formatVietnameseNumber(counted.length)} đơn vị có báo cáo hợp lệ)`, { italic: true, sizePt: 12 })];
  if (counted.length > APPENDIX_UNIT_LIMIT) {
    const header = { header: true, cells: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Tổng cộng', 'Số đơn vị có số liệu'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
    const rows = indicators.map((i, n) => ({
      cells: [cell(String(n + 1), { align: 'center' }), cell(i.label), cell(i.unit, { align: 'center' }), cell(figureText(i.aggregation === 'sum' ? c.totals[i.code] : c.ratios[i.code], i.aggregation === 'ratio'), { bold: true, align: 'right' }), cell(i.aggregation === 'sum' ? formatVietnameseNumber(c.reportedBy[i.code] ?? 0) : '', { align: 'right' })],
    }));
    blocks.push({ kind: 'table', columnWidths: [6, 52, 12, 15, 15], borders: true, rows: [header, ...rows] });
    blocks.push(centered(`Số liệu của từng đơn vị: trang "${SUMMARY_SHEETS.figures}" của bảng tổng hợp.`, { italic: true, sizePt: 12 }));
    return blocks;
  }
  for (let start = 0; start < indicators.length; start += INDICATORS_PER_TABLE) {
    const part = indicators.slice(start, start + INDICATORS_PER_TABLE);
    const header = { header: true, cells: [cell('STT', { bold: true, align: 'center', shade: HEADER_SHADE }), cell('Đơn vị', { bold: true, align: 'center', shade: HEADER_SHADE }), ...part.map((i) => cell(`${i.label} (${i.unit})`, { bold: true, align: 'center', shade: HEADER_SHADE, sizePt: 10 }))] };
    const rows = counted.map((u, n) => ({
      cells: [cell(String(n + 1), { align: 'center' }), cell(u.name), ...part.map((i) => cell(figureText(u.values[i.code], i.aggregation === 'ratio'), { align: 'right' }))],
    }));
    const total = { cells: [cell(''), cell('TỔNG CỘNG', { bold: true }), ...part.map((i) => cell(figureText(i.aggregation === 'sum' ? c.totals[i.code] : c.ratios[i.code], i.aggregation === 'ratio'), { bold: true, align: 'right' }))] };
    if (start > 0) blocks.push(centered('(tiếp theo)', { italic: true, sizePt: 12 }));
    blocks.push({ kind: 'table', columnWidths: [5, 25, ...part.map(() => 70 / part.length)], borders: true, rows: [header, ...rows, total] });
  }
  return blocks;
}

/** Phụ lục 2: the nominations, by kind, with the proposed form and the proposing unit. */
function nominationsAppendix(c: ReportContent): DocumentBlock[] {
  const def = c.template.nominations;
  const blocks: DocumentBlock[] = [centered('Phụ lục 2', { bold: true }), centered(def.title.toUpperCase(), { bold: true })];
  if (c.nominations.length === 0) return [...blocks, centered('(Không có đề xuất.)', { italic: true })];
  if (c.nominations.length > APPENDIX_UNIT_LIMIT) {
    // Thousands of proposals are for the office to choose from in the workbook, not to print.
    const byKind = new Map<string, number>();
    for (const n of c.nominations) byKind.set(n.kind || 'Chưa ghi loại', (byKind.get(n.kind || 'Chưa ghi loại') ?? 0) + 1);
    const counts = [...byKind].map(([kind, n]) => `${formatVietnameseNumber(n)} ${kind.toLocaleLowerCase('vi')}`).join(', ');
    return [...blocks, centered(`Các đơn vị đề xuất ${formatVietnameseNumber(c.nominations.length)} trường hợp (${counts}); danh sách đủ ở trang "${SUMMARY_SHEETS.nominations}" của bảng tổng hợp.`, { italic: true, sizePt: 12 })];
  }
  const header = { header: true, cells: ['STT', 'Tập thể / cá nhân', 'Tên', 'Hình thức đề xuất', 'Đơn vị đề xuất'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
  const rows = c.nominations.map(({ unitName, kind, values: v }, i) => {
    const name = `${v['ten'] ?? ''}${v['chuc_vu'] ? ` (${v['chuc_vu']})` : ''}`;
    return { cells: [cell(String(i + 1), { align: 'center' }), cell(kind), cell(name), cell(v['hinh_thuc'] ?? ''), cell(unitName)] };
  });
  return [...blocks, { kind: 'table', columnWidths: [6, 16, 38, 20, 20], borders: true, rows: [header, ...rows] }];
}

/** Phụ lục 3: every registered unit and how it reported. */
function statusAppendix(c: ReportContent): DocumentBlock[] {
  const header = { header: true, cells: ['STT', 'Đơn vị', 'Tình hình nộp', 'Ngày báo cáo', 'Tệp'].map((h) => cell(h, { bold: true, align: 'center', shade: HEADER_SHADE })) };
  // A large round lists the units that need attention; those on time are counted, not listed.
  const listed = c.status.length > APPENDIX_UNIT_LIMIT ? c.status.filter((u) => u.status !== 'on_time') : c.status;
  const rows = listed.map((u, i) => ({
    cells: [cell(String(i + 1), { align: 'center' }), cell(u.name), cell(u.statusText), cell(u.reportDate, { align: 'center' }), cell(u.fileName, { sizePt: 9 })],
  }));
  return [
    paragraph('', { ...PLAIN, spaceAfterPt: 12 }),
    centered('Phụ lục 3', { bold: true }),
    centered(`TÌNH HÌNH NỘP BÁO CÁO ${labelPeriod(c.period).toUpperCase()}`, { bold: true }),
    centered(`(Hạn nộp ${formatDate(c.deadline)})`, { italic: true, sizePt: 12 }),
    ...(listed.length < c.status.length ? [centered(`${formatVietnameseNumber(c.status.length - listed.length)} đơn vị nộp đúng hạn không liệt kê dưới đây; danh sách đủ ở trang "${SUMMARY_SHEETS.status}" của bảng tổng hợp.`, { italic: true, sizePt: 12 })] : []),
    { kind: 'table', columnWidths: [6, 34, 20, 12, 28], borders: true, rows: [header, ...rows] },
  ];
}
