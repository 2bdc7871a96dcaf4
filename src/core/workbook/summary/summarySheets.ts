import { defineColumns } from '../WorkbookSpec';

/*
 * The summary workbook's layout, written by the builders and read back by the readers
 * (`tonghop bao-cao`, `--ky-truoc`): sheet names, columns, marks and the comparison's labels.
 */

/** The summary workbook's sheets, by what they hold. */
export const SUMMARY_SHEETS = {
  overview: 'Tổng quan',
  status: 'Tình hình nộp',
  figures: 'Số liệu',
  texts: 'Nội dung',
  nominations: 'Điển hình',
  issues: 'Kiểm tra',
  copies: 'Trùng lặp, bất thường',
} as const;

export const STATUS_COLUMNS = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'code', header: 'Mã đơn vị', width: 12 },
  { key: 'name', header: 'Tên đơn vị', width: 36 },
  { key: 'kind', header: 'Loại đơn vị', width: 20 },
  { key: 'status', header: 'Trạng thái', width: 22 },
  { key: 'daysLate', header: 'Số ngày muộn', width: 10 },
  { key: 'reportDate', header: 'Ngày báo cáo', width: 13 },
  { key: 'errors', header: 'Số lỗi', width: 8 },
  { key: 'warnings', header: 'Số cảnh báo', width: 10 },
  { key: 'file', header: 'Tệp', width: 40 },
  { key: 'contact', header: 'Người phụ trách, liên hệ', width: 40 },
]);

export const FIGURES_COLUMNS = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'code', header: 'Mã đơn vị', width: 12 },
  { key: 'name', header: 'Tên đơn vị', width: 34 },
  { key: 'status', header: 'Trạng thái', width: 18 },
  { key: 'source', header: 'Nguồn: tệp, ô', width: 34 },
]);

/** The labels of the comparison rows, written here and read back by `tonghop bao-cao` and `--ky-truoc`. */
export const COMPARISON_LABELS = {
  before: (previousLabel: string, n: number) => `KỲ TRƯỚC (${previousLabel}), ${n} đơn vị báo cáo cả hai kỳ`,
  now: (n: number) => `KỲ NÀY, cùng ${n} đơn vị đó`,
  change: (n: number) => `TĂNG (+), GIẢM (-) SO VỚI KỲ TRƯỚC, tính trên ${n} đơn vị báo cáo cả hai kỳ`,
  none: (previousLabel: string) => `SO VỚI KỲ TRƯỚC (${previousLabel}): không có đơn vị nào báo cáo cả hai kỳ nên chưa so sánh được.`,
  parseBefore(text: string): { previousLabel: string; unitCount: number } | null {
    const m = /^KỲ TRƯỚC \((.+)\), (\d+) đơn vị báo cáo cả hai kỳ$/.exec(text);
    return m ? { previousLabel: m[1], unitCount: Number(m[2]) } : null;
  },
  parseNone(text: string): string | null {
    return /^SO VỚI KỲ TRƯỚC \((.+)\): không có đơn vị nào/.exec(text)?.[1] ?? null;
  },
};

export const NOMINATION_COLUMNS = defineColumns([
  { key: 'index', header: 'STT', width: 6 },
  { key: 'sendUp', header: 'Gửi cấp trên', width: 9 },
  { key: 'unit', header: 'Đơn vị đề xuất', width: 28 },
]);

/** The mark that sends a proposal up; the drop-down offers only it. */
export const SEND_UP_MARK = 'x';
