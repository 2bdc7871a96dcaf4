import type { Consolidation, ReceivedFile, UnitStatus, UnitStatusRow } from '../consolidation/Consolidation';
import { describeContact } from '../registry/UnitRegistry';

/** A unit's status as the summary, the terminal and the pane all say it. */
export function describeStatus(row: Pick<UnitStatusRow, 'status' | 'daysLate'>): string {
  switch (row.status) {
    case 'on_time':
      return 'Đúng hạn';
    case 'late':
      return `Nộp muộn ${row.daysLate} ngày`;
    case 'missing':
      return 'Chưa nộp';
    case 'invalid':
      return 'Không hợp lệ';
  }
}

/** Whom to call about a unit that is late, missing or invalid; empty for one on time or without a contact. */
export function contactToChase(row: Pick<UnitStatusRow, 'status' | 'unit'>): string {
  return row.status === 'on_time' ? '' : describeContact(row.unit.contact);
}

/** Why a received file is or is not in the totals. */
export function describeFileRole(file: Pick<ReceivedFile, 'role'>): string {
  switch (file.role) {
    case 'used':
      return 'Đã tổng hợp';
    case 'invalid':
      return 'Có lỗi';
    case 'superseded':
      return 'Tệp trùng, không dùng';
    case 'unknown_unit':
      return 'Đơn vị ngoài danh sách';
    case 'unreadable':
      return 'Không đọc được';
  }
}

/** The counts of a round in a few words each: "3 đúng hạn". */
export const STATUS_COUNT_LABELS: Record<UnitStatus, string> = {
  on_time: 'đúng hạn',
  late: 'nộp muộn',
  missing: 'chưa nộp',
  invalid: 'không hợp lệ',
};

/** Files received that are not in the totals (another unit's, unreadable, an older copy). */
export function countUnusedFiles(c: Pick<Consolidation, 'counts'>): number {
  return c.counts.unknownUnit + c.counts.unreadable + c.counts.superseded;
}
