/** The summary workbook's sheets, by what they hold. */
export const SUMMARY_SHEETS = {
  overview: 'Tổng quan',
  status: 'Tình hình nộp',
  figures: 'Số liệu',
  texts: 'Nội dung',
  nominations: 'Điển hình',
  issues: 'Kiểm tra',
} as const;
