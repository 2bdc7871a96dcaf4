import type { Consolidation, ReceivedFile, UnitStatusRow } from '../../consolidation/Consolidation';
import { labelPeriod } from '../../period/ReportingPeriod';
import { describeFileRole, describeStatus } from '../../round/statusLabels';
import { formatDate, isoDateToSerial } from '../../text/calendarDate';
import { GROUP_FILL, STYLE, rowHeightFor, withStyle } from '../styles';
import { describeSkipReason } from '../../round/folderEntries';
import { describeContact } from '../../registry/UnitRegistry';
import type { CellStyle, SheetSpec } from '../WorkbookSpec';
import { startTableSheet } from './startTableSheet';
import { STATUS_COLUMNS, SUMMARY_SHEETS } from './summarySheets';

export const STATUS_FILL: Record<UnitStatusRow['status'], string> = {
  on_time: 'FFE2EFDA',
  late: 'FFFFF2CC',
  missing: 'FFF2F2F2',
  invalid: 'FFF8CBAD',
  pending: 'FFDDEBF7',
};

/** Tình hình nộp: every registered unit, then the other files received, then who stopped reporting. */
export function buildStatusSheet(c: Consolidation): SheetSpec {
  const { col, last } = STATUS_COLUMNS;
  const { sheet, w, headerRow } = startTableSheet(SUMMARY_SHEETS.status, STATUS_COLUMNS, {
    title: `TÌNH HÌNH NỘP BÁO CÁO ${labelPeriod(c.round.period).toUpperCase()}`,
    note: `Hạn nộp: ${formatDate(c.round.deadline)}. Báo cáo đúng hạn nếu gửi trong ngày hạn nộp.`,
    headerHeight: 32,
  });
  let n = 0;
  const fileCells = (r: number, file: ReceivedFile | undefined) => {
    // A real date, shown dd/mm/yyyy: sorting and filtering by date work in Excel.
    w.set(r, col.reportDate, file?.reportDate ? isoDateToSerial(file.reportDate) : '', withStyle(STYLE.label, { hAlign: 'center', numFmt: 'dd/mm/yyyy' }));
    w.set(r, col.errors, file ? file.errors : '', STYLE.number);
    w.set(r, col.warnings, file ? file.warnings : '', STYLE.number);
    w.set(r, col.file, file?.fileName ?? '', STYLE.label);
  };
  for (const row of c.units) {
    const r = w.row++;
    const fill: CellStyle = { fill: STATUS_FILL[row.status] };
    w.set(r, col.index, ++n, withStyle(STYLE.label, { hAlign: 'center' }));
    w.set(r, col.code, row.unit.code, STYLE.label);
    w.set(r, col.name, row.unit.name, STYLE.label);
    w.set(r, col.kind, row.unit.kind, STYLE.label);
    w.set(r, col.status, describeStatus(row), withStyle(STYLE.label, fill));
    w.set(r, col.daysLate, row.status === 'late' || (row.status === 'invalid' && row.daysLate > 0) ? row.daysLate : '', STYLE.number);
    fileCells(r, row.file);
    w.set(r, col.contact, describeContact(row.unit.contact), STYLE.label);
  }
  const usedFiles = new Set(c.units.map((u) => u.file).filter((f): f is ReceivedFile => f !== undefined));
  const others = c.files.filter((f) => !usedFiles.has(f));
  if (others.length > 0) {
    w.row++;
    w.title('Các tệp khác đã nhận (không dùng để tổng hợp)', last, withStyle(STYLE.group, { fill: GROUP_FILL }), 20);
    for (const file of others) {
      const r = w.row++;
      w.set(r, col.index, ++n, withStyle(STYLE.label, { hAlign: 'center' }));
      w.set(r, col.code, file.unit?.code ?? '', STYLE.label);
      w.set(r, col.name, file.unit?.name ?? file.unitName, STYLE.label);
      w.set(r, col.kind, file.unit?.kind ?? '', STYLE.label);
      w.set(r, col.status, describeFileRole(file), withStyle(STYLE.label, { fill: STATUS_FILL.invalid }));
      w.set(r, col.daysLate, '', STYLE.number);
      fileCells(r, file);
    }
  }
  if (c.skipped.length > 0) {
    w.row++;
    w.title(`Các mục trong thư mục không được đọc (không phải báo cáo): ${c.skipped.length}`, last, withStyle(STYLE.group, { fill: GROUP_FILL }), 20);
    for (const skipped of c.skipped) {
      const r = w.row++;
      w.set(r, col.index, ++n, withStyle(STYLE.label, { hAlign: 'center' }));
      w.set(r, col.status, 'Bỏ qua', withStyle(STYLE.label, { fill: STATUS_FILL.missing }));
      w.set(r, col.name, describeSkipReason(skipped), withStyle(STYLE.label, { wrap: true }));
      w.height(r, rowHeightFor(describeSkipReason(skipped), 36));
      w.set(r, col.file, skipped.fileName, STYLE.label);
    }
  }
  const previous = c.round.previous;
  if (previous && c.missingSincePrevious.length > 0) {
    w.row++;
    w.title(`Đơn vị đã nộp kỳ trước (${previous.label}) nhưng kỳ này chưa nộp: ${c.missingSincePrevious.length}`, last, withStyle(STYLE.group, { fill: GROUP_FILL }), 20);
    for (const unit of c.missingSincePrevious) {
      const r = w.row++;
      w.set(r, col.code, unit.code, STYLE.label);
      w.set(r, col.name, unit.name, STYLE.label);
      w.set(r, col.status, 'Kỳ trước có nộp, kỳ này chưa nộp', withStyle(STYLE.label, { fill: STATUS_FILL.missing }));
    }
  }
  sheet.freeze = { rows: headerRow + 1, cols: col.name + 1 };
  sheet.autoFilter = { row: headerRow, col: 0, rowEnd: headerRow + c.units.length, colEnd: last };
  sheet.print.titleRows = { from: headerRow, to: headerRow };
  return sheet;
}
