import { present } from '../present';
import type { PeriodComparison } from '../consolidation/compareWithPrevious';
import type { Consolidation } from '../consolidation/Consolidation';
import { LIMITS } from '../round/limits';
import type { SynthesizedParagraph } from '../synthesis/synthesizeSections';
import { PERIOD_KIND_LABELS } from '../period/ReportingPeriod';
import { isoDateToSerial } from '../text/calendarDate';
import { reportSubject, signatureLines, type OfficialDocument } from './OfficialDocument';
import { headerNames, numberLine, placeDateLine } from './officialHeader';
import { ROLLUP_FORM_CELLS as F, ROLLUP_SHEETS, formatSources, noteOrigin } from './rollUpLayout';
import { STYLE, rowHeightFor, withStyle } from './styles';
import { buildTemplateIdSheet } from './buildTemplateWorkbook';
import {
  indicatorCellName,
  metadataCellName,
  nominationCellName,
  nominationRowKey,
  sectionCellName,
} from './templateLayout';
import { SheetWriter, createSheet, type CellRange, type CellStyle, type DefinedNameSpec, type SheetSpec } from './WorkbookSpec';
import type { RoundNomination } from '../consolidation/chooseNominations';
import type { NominationsRef } from './summary/buildNominationsSheet';
import { fitCellText } from './summary/buildTextsSheet';

/** BC Điển hình: title, a blank row, the header, then the proposals sent up. */
const BC_FIRST_ROW = 3;

/**
 * Rows of BC Điển hình: room for the marks, and some to spare for the office's own choice (the
 * guidance asks for a few); never more than there are proposals.
 */
export function sendUpRowCount(c: Consolidation): number {
  const expected = c.round.template.nominations.expected.reduce((sum, e) => sum + e.count, 0);
  return Math.min(c.nominations.length, Math.max(c.nominations.filter((n) => n.sendUp).length, 10, 3 * expected));
}

/** A proposal as one line of the roll-up report. */
function nominationLine(k: number, { unit, nomination }: RoundNomination): string {
  const v = nomination.values;
  return `${k + 1}. ${v['loai'] ?? ''}: ${v['ten'] ?? ''}${v['chuc_vu'] ? ` (${v['chuc_vu']})` : ''}; ${noteOrigin(v['ghi_chu'] ?? '', unit.name)}; hình thức đề xuất: ${v['hinh_thuc'] ?? ''}.`;
}

export interface FiguresRef {
  sheet: string;
  totalRow: number;
  columnOf: Map<string, number>;
}

const TNR14: CellStyle = { size: 14 };
const estimateHeight = (text: string, widthChars: number) => rowHeightFor(text, widthChars, 19, 20);

/** Records a defined name at a cell; the order of the calls is the order of the workbook's names. */
type NameCell = (name: string, sheet: string, row: number, col: number) => void;

const CENTER: CellStyle = { ...TNR14, hAlign: 'center', vAlign: 'middle', wrap: true };

/** Text in the right half of the form (columns C-E). */
function right(w: SheetWriter, row: number, text: string, style: CellStyle): void {
  w.set(row, 2, text, style);
  w.merge(row, 2, row, 4);
}

/** A row across the form (columns B-E) at the writer's row, which moves on. */
function full(w: SheetWriter, text: string, style: CellStyle, height?: number): void {
  w.set(w.row, 1, text, style);
  w.merge(w.row, 1, w.row, 4);
  if (height) w.height(w.row, height);
  w.row++;
}

/**
 * The roll-up report: the official document (header, sections with compiled drafts, main
 * figures, nominations, recipients, signature) and the template's own input sheets, with the
 * template's defined names, so the level above reads this workbook as one more submission.
 */
export function buildRollUpSheets(c: Consolidation, doc: OfficialDocument, figures: FiguresRef, nominations: NominationsRef, comparison: PeriodComparison | null, synthesis: Record<string, SynthesizedParagraph[]>): { sheets: SheetSpec[]; names: DefinedNameSpec[] } {
  const sendUpRows = sendUpRowCount(c);
  // The change against the previous period, like for like; nothing when no unit reported in both.
  const compared = comparison && comparison.unitCodes.length > 0 ? comparison : undefined;
  const names: DefinedNameSpec[] = [];
  const name: NameCell = (n, sheet, row, col) => names.push({ name: n, range: { sheet, row, col } });

  // Columns: A holds codes for the reader (hidden), B the left half, C-E the right half.
  const form = createSheet(ROLLUP_SHEETS.form, [3, 54, 12, 14, 14, 40], { hiddenColumns: [0], tabColor: 'FFC00000', print: { orientation: 'portrait', fitToWidth: true, margins: { top: 20, bottom: 20, left: 30, right: 15 }, columns: F.sourcesCol } });
  const w = new SheetWriter(form);
  writeFormHeader(w, doc, reportSubject(doc, c.round.template, c.round.period));
  writeSections(w, form, c, synthesis, name);
  writeMainFigures(w, c, figures, compared, name);
  writeSendUpLines(w, c, sendUpRows);
  writeSignature(w, doc);

  // The template's own input sheets, for the level above to read this workbook as a submission.
  const meta = buildMetadataSheet(c, doc, name);
  const noms = buildSendUpSheet(c, nominations, sendUpRows, name);
  const id = { ...buildTemplateIdSheet(c.round.template, name), protect: false };
  return { sheets: [form, meta, noms, id], names };
}

/** Characters of the form's column B in Times New Roman 14 pt capitals: the header's names are broken to it between words. */
const FORM_LEFT_CHARS = 30;

/** The Party header, the number, place and date, the title and the subject. */
function writeFormHeader(w: SheetWriter, doc: OfficialDocument, subject: string): void {
  const names = headerNames(doc, FORM_LEFT_CHARS);
  w.set(F.bodyAbove.row, F.bodyAbove.col, names.above.join('\n'), CENTER);
  right(w, 0, 'ĐẢNG CỘNG SẢN VIỆT NAM', { ...CENTER, bold: true, size: 15 });
  w.set(F.issuer.row, F.issuer.col, names.issuer.join('\n'), { ...CENTER, bold: true });
  right(w, 1, '―――――――――――――', { ...CENTER, size: 11 });
  w.set(2, 1, '*', CENTER);
  w.set(F.number.row, F.number.col, numberLine(doc, 'BC'), CENTER);
  right(w, F.placeDate.row, placeDateLine(doc), { ...CENTER, italic: true });
  w.height(0, 20 * Math.max(1, names.above.length) + 2);
  w.height(1, 20 * Math.max(1, names.issuer.length) + 2);
  w.row = 5;
  full(w, F.title, { ...CENTER, bold: true, size: 16 }, 24);
  full(w, subject, { ...CENTER, bold: true }, estimateHeight(subject, 80));
  full(w, '-----', CENTER);
  w.row++;
}

/** Each section's heading, its synthesised paragraphs (sources beside them, not printed), and the hidden row joining them into the section's input cell. */
function writeSections(w: SheetWriter, form: SheetSpec, c: Consolidation, synthesis: Record<string, SynthesizedParagraph[]>, name: NameCell): void {
  const { template } = c.round;
  const groupsShown = new Set<string>();
  for (const section of template.sections) {
    if (section.group && !groupsShown.has(section.group)) {
      groupsShown.add(section.group);
      const group = present(template.groups.find((g) => g.code === section.group), `group ${section.group}`);
      full(w, `${group.code}. ${group.title.toUpperCase()}`, { ...TNR14, bold: true, wrap: true });
    }
    const heading = section.group ? `${section.code.slice(section.group.length + 1)}. ${section.title}` : `${section.code}. ${section.title.toUpperCase()}`;
    full(w, heading, { ...TNR14, bold: true, wrap: true }, estimateHeight(heading, 80));
    // Printed and edited as paragraphs, one row each, the units each comes from beside it (column F,
    // outside the printed area); a hidden row joins them into the section's input cell for the level above.
    const paragraphs = synthesis[section.code] ?? [];
    const rows = (paragraphs.length > 0 ? paragraphs : [{ text: '', sources: [] }]).map((p) => {
      const r = w.row;
      full(w, p.text, { ...TNR14, wrap: true, vAlign: 'top', bold: false }, estimateHeight(p.text, 80));
      if (p.sources.length > 0) w.set(r, F.sourcesCol, formatSources(p.sources), { size: 10, wrap: true, vAlign: 'top', italic: true });
      return r;
    });
    const r = w.row++;
    w.set(r, 0, section.code, STYLE.code);
    const joined = paragraphs.map((p) => p.text).join('\n');
    if (rows.length <= 400 && joined.length <= LIMITS.excel.cellCharacters) w.formula(r, 1, { text: rows.map((_, i) => `{${i}}`).join('&CHAR(10)&'), refs: rows.map((row) => ({ row, col: 1 })), result: joined }, { wrap: true });
    else w.set(r, 1, fitCellText(joined), { wrap: true });
    form.hiddenRows = [...(form.hiddenRows ?? []), r];
    name(sectionCellName(section.code), form.name, r, 1);
  }
}

/** SỐ LIỆU CHỦ YẾU: each indicator's total from "Số liệu", and the change against the previous period. */
function writeMainFigures(w: SheetWriter, c: Consolidation, figures: FiguresRef, compared: PeriodComparison | undefined, name: NameCell): void {
  w.row++;
  full(w, 'SỐ LIỆU CHỦ YẾU', { ...TNR14, bold: true });
  const header = ['Chỉ tiêu', 'Đơn vị tính', 'Kỳ này', compared ? `Tăng, giảm (${compared.unitCodes.length} đơn vị)` : ''];
  header.forEach((h, i) => w.set(w.row, i + 1, h, h ? withStyle(STYLE.header, { size: 12 }) : {}));
  w.row++;
  for (const indicator of c.round.template.indicators) {
    const r = w.row++;
    const col = present(figures.columnOf.get(indicator.code), `column of ${indicator.code}`);
    const value = indicator.aggregation === 'sum' ? c.totals[indicator.code] : c.ratios[indicator.code];
    w.set(r, 0, indicator.code, STYLE.code);
    w.set(r, 1, indicator.label, withStyle(STYLE.label, { size: 12 }));
    w.set(r, 2, indicator.unit, withStyle(STYLE.label, { size: 12, hAlign: 'center' }));
    w.formula(r, 3, { text: '{0}', refs: [{ sheet: figures.sheet, row: figures.totalRow, col }], result: value ?? '' }, withStyle(indicator.aggregation === 'sum' ? STYLE.number : STYLE.percent, { size: 12 }));
    if (compared) w.set(r, 4, compared.change[indicator.code] ?? null, withStyle(indicator.aggregation === 'sum' ? STYLE.number : STYLE.percent, { size: 12, numFmt: indicator.aggregation === 'sum' ? '+#,##0;-#,##0;0' : '+0.00;-0.00;0' }));
    w.height(r, indicator.label.length > 50 ? 34 : 19);
    if (indicator.aggregation === 'sum') name(indicatorCellName(indicator.code), w.sheet.name, r, 3);
  }
  if (compared) full(w, `Cột "Tăng, giảm": so với ${compared.previousLabel}, tính trên ${compared.unitCodes.length} đơn vị báo cáo cả hai kỳ (tỷ lệ: điểm phần trăm).`, { ...TNR14, size: 12, italic: true, wrap: true }, 34);
}

/** The proposals marked "Gửi cấp trên", as lines following the marks through BC Điển hình. */
function writeSendUpLines(w: SheetWriter, c: Consolidation, sendUpRows: number): void {
  const { template } = c.round;
  const sendUp = c.nominations.filter((n) => n.sendUp);
  w.row++;
  full(w, template.nominations.title.toUpperCase(), { ...TNR14, bold: true });
  if (sendUpRows === 0) full(w, '(Không có đề xuất.)', { ...TNR14, italic: true });
  const at = (code: string) => template.nominations.columns.findIndex((column) => column.code === code);
  for (let k = 0; k < sendUpRows; k++) {
    const bcRow = BC_FIRST_ROW + k;
    const refs: CellRange[] = [];
    const cellOf = (code: string) => {
      if (at(code) < 0) return '""';
      refs.push({ sheet: ROLLUP_SHEETS.nominations, row: bcRow, col: at(code) + 1 });
      return `{${refs.length - 1}}`;
    };
    const [kind, name_, role, note, form_] = ['loai', 'ten', 'chuc_vu', 'ghi_chu', 'hinh_thuc'].map(cellOf);
    const line = sendUp[k] ? nominationLine(k, sendUp[k]) : '';
    const empty = k === 0 ? '"(Không có đề xuất được chọn gửi cấp trên.)"' : '""';
    const text = `IF(${name_}="",${empty},"${k + 1}. "&${kind}&": "&${name_}&IF(${role}="",""," ("&${role}&")")&"; "&${note}&"; hình thức đề xuất: "&${form_}&".")`;
    const r = w.row++;
    w.formula(r, 1, { text, refs, result: line || (k === 0 ? '(Không có đề xuất được chọn gửi cấp trên.)' : '') }, { ...TNR14, wrap: true, vAlign: 'top' });
    w.merge(r, 1, r, 4);
    w.height(r, line ? estimateHeight(line, 80) : 19);
  }
}

/** "Nơi nhận:" with the recipients on the left, the signature block on the right. */
function writeSignature(w: SheetWriter, doc: OfficialDocument): void {
  w.row++;
  const signatureTop = w.row;
  w.set(w.row, F.textCol, F.recipientsLabel, { size: 12, bold: true, italic: true, underline: true });
  doc.recipients.forEach((recipient, i) => {
    const last = i === doc.recipients.length - 1;
    w.set(signatureTop + 1 + i, 1, `- ${recipient.replace(/[,.]$/, '')}${last ? '.' : ','}`, { size: 12 });
  });
  signatureLines(doc).forEach((line, i) => right(w, signatureTop + i, line, { ...CENTER, bold: true }));
  right(w, signatureTop + 6, doc.signerName ?? '', { ...CENTER, bold: true });
}

/** BC Thông tin chung: the template's general information, filled from the document and the period. */
function buildMetadataSheet(c: Consolidation, doc: OfficialDocument, name: NameCell): SheetSpec {
  const { template, period } = c.round;
  const meta = createSheet(ROLLUP_SHEETS.metadata, [10, 30, 60], { print: { orientation: 'portrait', fitToWidth: true } });
  const m = new SheetWriter(meta);
  m.title('THÔNG TIN CHUNG CỦA BÁO CÁO TỔNG HỢP', 2, STYLE.title, 24);
  m.title('Cấp trên đọc các ô này khi tổng hợp báo cáo này; người lập báo cáo là bắt buộc.', 2, STYLE.note);
  m.row++;
  const metaValues: Record<string, string | number | null> = {
    don_vi: doc.issuer,
    ky_bao_cao: PERIOD_KIND_LABELS[period.kind],
    nam: period.year,
    tu_ngay: isoDateToSerial(period.from),
    den_ngay: isoDateToSerial(period.to),
    so_ky_hieu: doc.number,
    ngay_bao_cao: isoDateToSerial(doc.date),
    nguoi_lap: doc.author ?? null,
    dien_thoai: doc.phone ?? null,
    email: doc.email ?? null,
  };
  for (const field of template.metadata) {
    const r = m.row++;
    m.set(r, 0, field.code, STYLE.code);
    m.set(r, 1, field.label + (field.required ? ' (*)' : ''), STYLE.label);
    m.set(r, 2, metaValues[field.code] ?? null, withStyle(STYLE.input, field.type === 'date' ? { numFmt: 'dd/mm/yyyy', hAlign: 'left' } : { hAlign: 'left' }));
    name(metadataCellName(field.code), meta.name, r, 2);
  }
  return meta;
}

/** BC Điển hình: the k-th proposal marked on Điển hình in its k-th row, by formula. */
function buildSendUpSheet(c: Consolidation, nominations: NominationsRef, sendUpRows: number, name: NameCell): SheetSpec {
  const def = c.round.template.nominations;
  const sendUp = c.nominations.filter((n) => n.sendUp);
  const noms = createSheet(ROLLUP_SHEETS.nominations, [7, ...def.columns.map((col) => col.width)], { print: { orientation: 'landscape', fitToWidth: true } });
  const n = new SheetWriter(noms);
  n.title(`${def.title.toUpperCase()} (CHUYỂN LÊN CẤP TRÊN)`, def.columns.length, STYLE.title, 24);
  n.row++;
  n.set(n.row, 0, 'Dòng', STYLE.header);
  def.columns.forEach((col, i) => n.set(n.row, i + 1, col.label, STYLE.header));
  n.row++;
  // The k-th proposal marked on Điển hình, by formula: a mark changed there changes this row.
  const { sheet: marks, firstRow, lastRow, countCol } = nominations;
  const column = (col: number): CellRange => ({ sheet: marks, row: firstRow, col, rowEnd: lastRow, colEnd: col });
  for (let k = 0; k < sendUpRows; k++) {
    const row = n.row++;
    const chosen = sendUp[k];
    n.set(row, 0, nominationRowKey(k), STYLE.code);
    def.columns.forEach((col, i) => {
      const source = col.code === 'ghi_chu' ? nominations.noteCol : present(nominations.columnOf.get(col.code), `column of ${col.code}`);
      const result = chosen ? (col.code === 'ghi_chu' ? noteOrigin(chosen.nomination.values['ghi_chu'] ?? '', chosen.unit.name) : fitCellText(chosen.nomination.values[col.code] ?? '')) : '';
      n.formula(row, i + 1, { text: `IFERROR(INDEX({0},MATCH(${k + 1},{1},0))&"","")`, refs: [column(source), column(countCol)], result }, STYLE.text);
      name(nominationCellName(k, col.code), noms.name, row, i + 1);
    });
  }
  // More marks than rows here: said on the sheet, where the office looks before sending.
  const overflow = `IF(MAX({0})>${sendUpRows},"Cảnh báo: trang Điển hình có "&MAX({0})&" đề xuất được đánh dấu, nhiều hơn ${sendUpRows} dòng của trang này. Đề nghị bỏ bớt dấu ở cột Gửi cấp trên.","")`;
  if (sendUpRows > 0) n.formula(n.row + 1, 1, { text: overflow, refs: [column(countCol)], result: '' }, withStyle(STYLE.note, { color: 'FFC00000', bold: true }));
  return noms;
}
