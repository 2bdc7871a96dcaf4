/** Why a file found in a folder of reports was not read: it is listed, never silently dropped. */
export type SkipReason = 'lock_file' | 'hidden' | 'not_spreadsheet' | 'broken_link' | 'folder';

export interface SkippedFile {
  fileName: string;
  reason: SkipReason;
}

/** The files read as reports, by both doors: the folder's entries, the pane's picker, the messages. */
export const SPREADSHEET_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.ods'] as const;

/** Units' own Word reports, read into the round beside the workbooks. */
export const WORD_EXTENSIONS = ['.docx', '.doc'] as const;

/** Every file a round reads as a unit's report. */
export const REPORT_EXTENSIONS = [...SPREADSHEET_EXTENSIONS, ...WORD_EXTENSIONS] as const;

/** A list of extensions as a message names it: ".xlsx, .xlsm, .xls, .ods, .docx, .doc". */
export function describeExtensions(extensions: readonly string[] = REPORT_EXTENSIONS): string {
  return extensions.join(', ');
}

/** The same list as a file input's `accept` attribute wants it. */
export const REPORT_ACCEPT = REPORT_EXTENSIONS.join(',');

/** What a list of units may be kept in: a spreadsheet, a CSV file or the JSON the tools write. */
export const REGISTRY_EXTENSIONS = [...SPREADSHEET_EXTENSIONS, '.csv', '.json'] as const;

/** The same list as a file input's `accept` attribute wants it. */
export const REGISTRY_ACCEPT = REGISTRY_EXTENSIONS.join(',');

const SYSTEM_FILES = new Set(['thumbs.db', 'desktop.ini', '.ds_store']);

/** Read it, or why not, by its name alone (contents are judged by the reader). */
export function classifyFolderEntry(name: string): 'read' | SkipReason {
  if (name.startsWith('~$')) return 'lock_file';
  if (name.startsWith('.') || SYSTEM_FILES.has(name.toLowerCase())) return 'hidden';
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot).toLowerCase() : '';
  return (REPORT_EXTENSIONS as readonly string[]).includes(extension) ? 'read' : 'not_spreadsheet';
}

/** Files picked or dropped together, split into those to read and those listed as skipped, by name. */
export function partitionByName<T extends { name: string }>(entries: readonly T[]): { read: T[]; skipped: SkippedFile[] } {
  const read: T[] = [];
  const skipped: SkippedFile[] = [];
  for (const entry of entries) {
    const reason = classifyFolderEntry(entry.name);
    if (reason === 'read') read.push(entry);
    else skipped.push({ fileName: entry.name, reason });
  }
  return { read, skipped };
}

export function describeSkipReason(file: SkippedFile): string {
  switch (file.reason) {
    case 'lock_file':
      return 'Bỏ qua: tệp tạm của Excel khi một sổ làm việc đang mở (~$…), không phải báo cáo';
    case 'hidden':
      return 'Bỏ qua: tệp ẩn hoặc tệp hệ thống';
    case 'not_spreadsheet': {
      const dot = file.fileName.lastIndexOf('.');
      const extension = dot > 0 ? file.fileName.slice(dot) : '';
      return `Bỏ qua: ${extension ? `tệp ${extension}` : 'tệp không có phần mở rộng'}, không phải báo cáo bảng tính hay Word (${describeExtensions()}); nếu là báo cáo, đề nghị đơn vị gửi bằng tệp mẫu`;
    }
    case 'broken_link':
      return 'Bỏ qua: lối tắt (liên kết) trỏ tới tệp không còn tồn tại';
    case 'folder':
      return 'Bỏ qua: thư mục con (chỉ đọc các tệp ngay trong thư mục đã chọn)';
  }
}
