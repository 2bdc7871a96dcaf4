import type { Consolidation } from '../../consolidation/Consolidation';
import type { CopyKind } from '../../consolidation/detectCopies';
import { formatVietnamesePercent } from '../../text/formatVietnameseNumber';
import { STYLE, rowHeightFor, withStyle } from '../styles';
import { defineColumns, type SheetSpec } from '../WorkbookSpec';
import { finishTableSheet, startTableSheet } from './startTableSheet';
import { SUMMARY_SHEETS } from './summarySheets';

const COLUMNS = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'unit', header: 'Đơn vị', width: 30 },
  { key: 'section', header: 'Mục', width: 8 },
  { key: 'kind', header: 'Loại', width: 26 },
  { key: 'source', header: 'Nguồn', width: 30 },
  { key: 'share', header: 'Tỷ lệ trùng', width: 11 },
  { key: 'passage', header: 'Đoạn trùng, câu cần xem', width: 70 },
]);

const KIND_LABELS: Record<CopyKind | 'guideline' | 'stale', string> = {
  whole_report: 'Trùng toàn bộ báo cáo',
  section: 'Trùng nội dung một mục',
  figures: 'Số liệu giống hệt',
  names_other_unit: 'Viết về đơn vị khác như chính mình',
  nominations: 'Điển hình trùng',
  previous_period: 'Chép lại báo cáo kỳ trước',
  guideline: 'Chép lại lời đề cương',
  stale: 'Nhắc đến kỳ khác',
};

interface Row {
  unit: string;
  section: string;
  kind: keyof typeof KIND_LABELS;
  source: string;
  share: string;
  passage: string;
}

/** What each row says: copies between units from the consolidation, the đề cương and other periods from each file's checks. */
function rowsOf(c: Consolidation): Row[] {
  const rows: Row[] = c.copies.map((f) => ({ unit: f.unit.name, section: f.section ?? '', kind: f.kind, source: f.kind === 'previous_period' ? `Kỳ trước (${f.period ?? ''})` : f.other.name, share: f.kind === 'figures' ? '' : formatVietnamesePercent(f.share * 100, 0), passage: f.passage }));
  for (const u of c.units) {
    for (const issue of u.file?.issues ?? []) {
      const { section = '' } = issue.location;
      if (issue.code === 'COPY_GUIDELINE') rows.push({ unit: u.unit.name, section, kind: 'guideline', source: 'Đề cương', share: String(issue.params.share), passage: String(issue.params.passage) });
      if (issue.code === 'TEXT_STALE_REFERENCE') rows.push({ unit: u.unit.name, section, kind: 'stale', source: String(issue.params.mention), share: '', passage: String(issue.params.quote) });
    }
  }
  return rows;
}

/** Trùng lặp, bất thường: what reports copy from other units or the đề cương, and what speaks of another period. */
export function buildCopiesSheet(c: Consolidation): SheetSpec {
  const { col, last } = COLUMNS;
  const rows = rowsOf(c);
  const { sheet, w, headerRow } = startTableSheet(SUMMARY_SHEETS.copies, COLUMNS, {
    title: 'TRÙNG LẶP, BẤT THƯỜNG TRONG BÁO CÁO CÁC ĐƠN VỊ',
    note:
      rows.length === 0
        ? 'Không thấy báo cáo nào chép của đơn vị khác, chép lời đề cương hay nhắc đến kỳ khác.'
        : `${rows.length} điểm cần xem. Câu nhiều đơn vị cùng viết (như lời mở đầu "Thực hiện Kế hoạch số …") không tính là trùng. Báo cáo trùng toàn bộ chưa được cộng vào tổng hợp.`,
  });
  rows.forEach((row, i) => {
    const r = w.row++;
    w.set(r, col.index, i + 1, withStyle(STYLE.text, { hAlign: 'center' }));
    w.set(r, col.unit, row.unit, STYLE.text);
    w.set(r, col.section, row.section, STYLE.text);
    w.set(r, col.kind, KIND_LABELS[row.kind], withStyle(STYLE.text, { bold: row.kind === 'whole_report', color: row.kind === 'whole_report' ? 'FFC00000' : undefined }));
    w.set(r, col.source, row.source, STYLE.text);
    w.set(r, col.share, row.share, withStyle(STYLE.text, { hAlign: 'right' }));
    w.set(r, col.passage, row.passage, STYLE.text);
    w.height(r, rowHeightFor(row.passage, 70));
  });
  return finishTableSheet(sheet, headerRow, rows.length, last);
}
