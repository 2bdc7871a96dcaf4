import type { Consolidation } from '../../consolidation/Consolidation';
import { nominationKind, nominationsOverGuidance } from '../../consolidation/chooseNominations';
import { noteOrigin } from '../rollUpLayout';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { SheetWriter, createSheet, type SheetSpec } from '../WorkbookSpec';
import { fitCellText } from './buildTextsSheet';
import { NOMINATION_COLUMNS, SEND_UP_MARK, SUMMARY_SHEETS } from './summarySheets';

/** Where the roll-up's formulas find the marked proposals. */
export interface NominationsRef {
  sheet: string;
  /** First and last rows of proposals (an empty sheet has last < first). */
  firstRow: number;
  lastRow: number;
  /** The column of each of the template's nomination columns, by code. */
  columnOf: Map<string, number>;
  /** Hidden: how many proposals are marked down to this row (the k-th marked is where it reaches k). */
  countCol: number;
  /** Hidden: the note the level above reads, naming the unit that first proposed it. */
  noteCol: number;
}

/**
 * Điển hình: every proposal of the counted units, with the unit that proposed it, and the
 * column "Gửi cấp trên" where the office marks what goes up (pre-marked by the guidance's count;
 * see `chooseNominations`). The roll-up sheet "BC Điển hình" follows the marks by formulas, so a
 * mark changed in Excel changes what the level above reads.
 */
export function buildNominationsSheet(c: Consolidation): { sheet: SheetSpec; ref: NominationsRef } {
  const { col } = NOMINATION_COLUMNS;
  const def = c.round.template.nominations;
  const first = NOMINATION_COLUMNS.last + 1;
  const countCol = first + def.columns.length;
  const noteCol = countCol + 1;
  const sheet = createSheet(SUMMARY_SHEETS.nominations, [...NOMINATION_COLUMNS.widths, ...def.columns.map((column) => column.width), 8, 30], {
    hiddenColumns: [countCol, noteCol],
    print: { orientation: 'landscape', fitToWidth: true },
  });
  const w = new SheetWriter(sheet);
  const last = first + def.columns.length - 1;
  const expected = def.expected.map((e) => `${String(e.count).padStart(2, '0')} ${e.kind.toLocaleLowerCase('vi')}`).join(', ');
  w.title(def.title.toUpperCase(), last, STYLE.title, 24);
  w.title(
    `Tổng cộng ${c.nominations.length} đề xuất của các đơn vị được tổng hợp. Cột "Gửi cấp trên": đánh dấu ${SEND_UP_MARK} những đề xuất gửi lên cấp trên (hướng dẫn: ${expected}). Phần mềm đã đánh dấu sẵn, với mỗi loại, đề xuất đầu tiên theo thứ tự danh sách đơn vị; đồng chí có thể đổi dấu, trang "BC Điển hình" tự cập nhật theo.`,
    last,
    withStyle(STYLE.note, { wrap: true }),
    48,
  );
  w.row++;
  const headerRow = w.row++;
  [...NOMINATION_COLUMNS.headers, ...def.columns.map((column) => column.label), 'Số đã đánh dấu', 'Ghi chú gửi cấp trên'].forEach((h, i) => w.set(headerRow, i, h, STYLE.header));
  w.height(headerRow, 34);
  const firstRow = w.row;
  let marked = 0;
  c.nominations.forEach(({ unit, nomination, sendUp }, i) => {
    const r = w.row++;
    w.set(r, col.index, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, col.sendUp, sendUp ? SEND_UP_MARK : '', withStyle(STYLE.input, { hAlign: 'center', bold: true }));
    w.set(r, col.unit, unit.name, STYLE.text);
    def.columns.forEach((column, j) => w.set(r, first + j, fitCellText(nomination.values[column.code] ?? ''), STYLE.text));
    // A running count of the marks: the k-th marked proposal is the first row where it reaches k.
    if (sendUp) marked++;
    w.formula(r, countCol, { text: `N({0})+IF(LOWER(TRIM({1}))="${SEND_UP_MARK}",1,0)`, refs: [{ row: r - 1, col: countCol }, { row: r, col: col.sendUp }], result: marked }, STYLE.number);
    w.set(r, noteCol, noteOrigin(nomination.values['ghi_chu'] ?? '', unit.name), STYLE.text);
    // The row is as tall as its fullest cell needs, each cell wrapped in its own width.
    const longest = def.columns.reduce((most, column) => Math.max(most, (nomination.values[column.code] ?? '').length / (column.width / 48)), 0);
    w.height(r, rowHeightFor('x'.repeat(Math.ceil(longest)), 48));
  });
  if (c.nominations.length > 0) {
    const range = { row: firstRow, col: col.sendUp, rowEnd: firstRow + c.nominations.length - 1, colEnd: col.sendUp };
    sheet.validations.push({ range, rule: { type: 'choices', values: [SEND_UP_MARK], prompt: `Đánh dấu ${SEND_UP_MARK} để gửi đề xuất này lên cấp trên.`, error: `Chỉ ghi ${SEND_UP_MARK} (gửi cấp trên) hoặc để trống.` } });
  }
  const over = nominationsOverGuidance(c.nominations.filter((n) => n.sendUp).map(nominationKind), c.round.template);
  if (over.length > 0) {
    w.row++;
    w.title(`Cảnh báo: đã đánh dấu gửi cấp trên ${over.map((o) => `${o.found} ${o.kind.toLocaleLowerCase('vi')}`).join(', ')}, nhiều hơn hướng dẫn (${expected}). Đề nghị bỏ bớt dấu trước khi gửi.`, last, withStyle(STYLE.note, { color: 'FFC00000', bold: true, wrap: true }), 32);
  }
  sheet.freeze = { rows: headerRow + 1, cols: col.unit + 1 };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return { sheet, ref: { sheet: sheet.name, firstRow, lastRow: firstRow + c.nominations.length - 1, columnOf: new Map(def.columns.map((column, j) => [column.code, first + j])), countCol, noteCol } };
}
