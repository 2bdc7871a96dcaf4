import type { Consolidation, FileRole, ReceivedFile, UnitStatus, UnitStatusRow } from '../consolidation/Consolidation';
import { describeContact } from '../registry/UnitRegistry';

/*
 * Every word for a unit's status and a received file's role, in one table read both ways: the
 * summary, the terminal, the pane and the letters say them from here, and the summary reader
 * parses them back with the same table, so a word changed here changes both.
 */

interface StatusWords {
  /** In the summary's status columns and the pane's table ("Nộp muộn 3 ngày" for a late one). */
  label: string;
  /** After a count: "3 đúng hạn". */
  count: string;
  /** Why a unit is chased, in the pane's reminders: "Xã A (báo cáo còn lỗi)". */
  chase: string;
}

export const STATUS_WORDS: Readonly<Record<UnitStatus, StatusWords>> = {
  on_time: { label: 'Đúng hạn', count: 'đúng hạn', chase: '' },
  late: { label: 'Nộp muộn', count: 'nộp muộn', chase: 'nộp muộn' },
  missing: { label: 'Chưa nộp', count: 'chưa nộp', chase: 'chưa nộp' },
  invalid: { label: 'Không hợp lệ', count: 'không hợp lệ', chase: 'báo cáo còn lỗi' },
  // Received as a Word report; the office confirms how it was read. Never chased.
  pending: { label: 'Chờ xác nhận', count: 'chờ xác nhận', chase: '' },
};

/** Why a received file is or is not in the totals. */
export const FILE_ROLE_LABELS: Readonly<Record<FileRole, string>> = {
  used: 'Đã tổng hợp',
  invalid: 'Có lỗi',
  pending: 'Chờ xác nhận',
  superseded: 'Đã thay bằng tệp khác',
  unknown_unit: 'Đơn vị ngoài danh sách',
  unreadable: 'Không đọc được',
};

/** "Số liệu" says this of an invalid report's figures left out of the totals (a missing unit's: "Chưa nộp"). */
const INVALID_NOT_COUNTED = 'Có lỗi, chưa cộng';

const STATUSES = Object.keys(STATUS_WORDS) as UnitStatus[];

/** The statuses a round's counts are said in: "Chờ xác nhận" only when a Word report waits. */
export function countedStatuses(counts: Readonly<Record<UnitStatus, number>>): UnitStatus[] {
  return STATUSES.filter((s) => s !== 'pending' || counts.pending > 0);
}

/** A unit's status as the summary, the terminal and the pane all say it. */
export function describeStatus(row: Pick<UnitStatusRow, 'status' | 'daysLate'>): string {
  const { label } = STATUS_WORDS[row.status];
  return row.status === 'late' ? `${label} ${row.daysLate} ngày` : label;
}

/** The status a label says, as `describeStatus` wrote it (a late one with any number of days); null for any other text. */
export function statusOfLabel(text: string): UnitStatus | null {
  return STATUSES.find((status) => (status === 'late' ? text.startsWith(STATUS_WORDS.late.label) : text === STATUS_WORDS[status].label)) ?? null;
}

/** Whether a status cell of "Số liệu" says the unit reported (on time or late): what a comparison with the next period counts. */
export function labelSaysReported(text: string): boolean {
  return text.startsWith(STATUS_WORDS.on_time.label) || text.startsWith(STATUS_WORDS.late.label);
}

/** A unit's status on "Số liệu": its status when counted, else why its figures are not in the totals. */
export function describeFiguresStatus(row: Pick<UnitStatusRow, 'status' | 'daysLate' | 'counted'>): string {
  if (row.counted) return describeStatus(row);
  return row.status === 'missing' || row.status === 'pending' ? STATUS_WORDS[row.status].label : INVALID_NOT_COUNTED;
}

/** Whether a status cell of "Số liệu" says the unit's figures are in the totals. */
export function labelSaysCounted(text: string): boolean {
  return text !== STATUS_WORDS.missing.label && text !== STATUS_WORDS.pending.label && text !== INVALID_NOT_COUNTED;
}

/** Whom to call about a unit that is late, missing or invalid; empty for one on time or without a contact. */
export function contactToChase(row: Pick<UnitStatusRow, 'status' | 'unit'>): string {
  // A Word report waiting for the office's confirmation is not the unit's to fix.
  return row.status === 'on_time' || row.status === 'pending' ? '' : describeContact(row.unit.contact);
}

/** Why a received file is or is not in the totals. */
export function describeFileRole(file: Pick<ReceivedFile, 'role'>): string {
  return FILE_ROLE_LABELS[file.role];
}

/** The role a label says, as `describeFileRole` wrote it; null for any other text. */
export function fileRoleOfLabel(text: string): FileRole | null {
  // Summaries written before the label changed said "Tệp trùng, không dùng".
  if (text === 'Tệp trùng, không dùng') return 'superseded';
  return (Object.keys(FILE_ROLE_LABELS) as FileRole[]).find((role) => FILE_ROLE_LABELS[role] === text) ?? null;
}

/** The counts of a round in a few words each: "3 đúng hạn". */
export const STATUS_COUNT_LABELS: Readonly<Record<UnitStatus, string>> = Object.fromEntries(STATUSES.map((s) => [s, STATUS_WORDS[s].count])) as Record<UnitStatus, string>;

/** Files received that are not in the totals (another unit's, unreadable, an older copy). */
export function countUnusedFiles(c: Pick<Consolidation, 'counts'>): number {
  return c.counts.unknownUnit + c.counts.unreadable + c.counts.superseded;
}
