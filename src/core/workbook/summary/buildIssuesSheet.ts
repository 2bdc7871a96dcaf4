import type { Consolidation } from '../../consolidation/Consolidation';
import { countBySeverity } from '../../issues/Issue';
import { SEVERITY_LABELS, formatCellForDisplay, formatIssue } from '../../issues/issueMessages';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { defineColumns, type SheetSpec } from '../WorkbookSpec';
import { finishTableSheet, startTableSheet } from './startTableSheet';
import { SUMMARY_SHEETS } from './summarySheets';

const COLUMNS = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'file', header: 'Tệp', width: 30 },
  { key: 'cell', header: 'Ô', width: 18 },
  { key: 'severity', header: 'Mức độ', width: 10 },
  { key: 'message', header: 'Nội dung', width: 80 },
]);

/** Kiểm tra: every issue of every file, with its unit, file and cell. */
export function buildIssuesSheet(c: Consolidation): SheetSpec {
  const { col, last } = COLUMNS;
  const { errors, warnings } = countBySeverity(c.issues.map(({ issue }) => issue));
  const { sheet, w, headerRow } = startTableSheet(SUMMARY_SHEETS.issues, COLUMNS, {
    title: 'KẾT QUẢ KIỂM TRA CÁC TỆP BÁO CÁO',
    note: `${errors} lỗi, ${warnings} cảnh báo. Lỗi làm báo cáo không hợp lệ; cảnh báo không ngăn tổng hợp.`,
  });
  c.issues.forEach(({ file, issue }, i) => {
    const r = w.row++;
    const message = formatIssue(issue);
    w.set(r, col.index, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, col.unit, file.unit?.name ?? file.unitName, STYLE.text);
    w.set(r, col.file, file.fileName, STYLE.text);
    w.set(r, col.cell, issue.location.cell ? formatCellForDisplay(issue.location.cell) : '', STYLE.text);
    w.set(r, col.severity, SEVERITY_LABELS[issue.severity], withStyle(STYLE.text, { color: issue.severity === 'error' ? 'FFC00000' : 'FF9C5700', bold: issue.severity === 'error' }));
    w.set(r, col.message, message, STYLE.text);
    w.height(r, rowHeightFor(message, 80));
  });
  return finishTableSheet(sheet, headerRow, c.issues.length, last);
}
