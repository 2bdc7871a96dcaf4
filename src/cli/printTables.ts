import type { Consolidation } from '../core/consolidation/Consolidation';
import { nominationKind } from '../core/consolidation/chooseNominations';
import { countBySeverity, type Issue } from '../core/issues/Issue';
import { SEVERITY_LABELS, formatCellForDisplay, formatIssue } from '../core/issues/issueMessages';
import { STATUS_COUNT_LABELS, contactToChase, countedStatuses, describeFileRole, describeStatus } from '../core/round/statusLabels';
import { describeSkipReason } from '../core/round/folderEntries';
import { formatDate } from '../core/text/calendarDate';

const width = (s: string) => [...s.normalize('NFC')].length;

/** A plain text table that lines up in a terminal; long cells are cut with "…". */
export function formatTable(headers: string[], rows: string[][], maxWidth = 44): string {
  const cut = (s: string) => (width(s) > maxWidth ? [...s].slice(0, maxWidth - 1).join('') + '…' : s);
  const cells = [headers, ...rows].map((r) => r.map(cut));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  const line = (r: string[]) => r.map((c, i) => c + ' '.repeat(widths[i] - width(c))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}

export function formatStatusTable(c: Consolidation): string {
  const rows = c.units.map((u, i) => [
    String(i + 1),
    u.unit.code,
    u.unit.name,
    describeStatus(u),
    u.file?.reportDate ? formatDate(u.file.reportDate) : '',
    u.file ? `${u.file.errors}/${u.file.warnings}` : '',
  ]);
  const used = new Set(c.units.map((u) => u.file));
  for (const f of c.files.filter((f) => !used.has(f))) {
    rows.push(['', f.unit?.code ?? '', f.unit?.name ?? (f.unitName || f.fileName), describeFileRole(f), f.reportDate ? formatDate(f.reportDate) : '', `${f.errors}/${f.warnings}`]);
  }
  for (const s of c.skipped) rows.push(['', '', s.fileName, 'Bỏ qua', '', '']);
  const lines = [formatTable(['STT', 'Mã', 'Đơn vị', 'Trạng thái', 'Ngày báo cáo', 'Lỗi/Cảnh báo'], rows)];
  // Too long for a column, one line each under the table: whom to call, and why entries were skipped.
  const chase = c.units.filter((u) => contactToChase(u) !== '');
  if (chase.length > 0) lines.push('', `Liên hệ để đôn đốc ${chase.length} đơn vị:`, ...chase.map((u) => `  - ${u.unit.name} (${describeStatus(u).toLocaleLowerCase('vi')}): ${contactToChase(u)}`));
  const waiting = c.units.filter((u) => u.status === 'pending' && u.file?.report?.word);
  if (waiting.length > 0) {
    lines.push('', `Báo cáo Word chờ cán bộ xác nhận (${waiting.length}); xem bằng "tonghop doc-word <tệp>", xác nhận bằng --xac-nhan-word <mã>, hoặc ghi trong tệp đợt ("xacNhanWord") kèm việc chuyển mục, gắn đoạn chưa xếp:`);
    for (const u of waiting) lines.push(`  - ${u.unit.name} (${u.file?.fileName}, mã ${u.file?.report?.word?.key}): ${u.file?.report?.word?.toDecide.join('; ')}`);
  }
  if (c.skipped.length > 0) lines.push('', `Bỏ qua ${c.skipped.length} mục trong thư mục (không phải báo cáo):`, ...c.skipped.map((s) => `  - ${s.fileName}: ${describeSkipReason(s)}.`));
  return lines.join('\n');
}

/** The proposals marked to go up, said after the counts, with where to change them. */
export function formatSendUp(c: Consolidation): string {
  if (c.nominations.length === 0) return 'Điển hình: các đơn vị chưa đề xuất.';
  const chosen = c.nominations.filter((n) => n.sendUp).map((n) => `${nominationKind(n)} "${n.nomination.values['ten'] ?? ''}" (${n.unit.name})`);
  return `Điển hình: ${c.nominations.length} đề xuất; đánh dấu gửi cấp trên: ${chosen.length > 0 ? chosen.join('; ') : 'chưa có'}. Đổi dấu ở cột "Gửi cấp trên" (trang Điển hình) của bảng tổng hợp.`;
}

export function formatCounts(c: Consolidation): string {
  return `${c.units.length} đơn vị: ${countedStatuses(c.counts).map((s) => `${c.counts[s]} ${STATUS_COUNT_LABELS[s]}`).join(', ')}; ${c.counts.files} tệp nhận được (${c.counts.unknownUnit} ngoài danh sách, ${c.counts.unreadable} không đọc được, ${c.counts.superseded} tệp trùng)${c.counts.skipped > 0 ? `; bỏ qua ${c.counts.skipped} mục không phải báo cáo` : ''}.`;
}

export function formatIssueList(issues: readonly Issue[]): string {
  const { errors, warnings } = countBySeverity(issues);
  const lines = issues.map((issue) => {
    const where = issue.location.cell ? ` [${formatCellForDisplay(issue.location.cell)}]` : '';
    return `  ${SEVERITY_LABELS[issue.severity]}${where}: ${formatIssue(issue)}`;
  });
  return [...lines, `  → ${errors} lỗi, ${warnings} cảnh báo.`].join('\n');
}
