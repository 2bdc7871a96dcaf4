import { labelPeriod, type ReportingPeriod } from '../period/ReportingPeriod';

// A period label may hold "/" ("Quý III/2026"), which no file name may.
const forFileName = (period: ReportingPeriod) => labelPeriod(period).replace(/\//g, '-');

/** "Mẫu báo cáo Quý III-2026.xlsx", or with the unit it is filled for. */
export function templateFileName(period: ReportingPeriod, unitName?: string): string {
  return `Mẫu báo cáo ${forFileName(period)}${unitName ? ` - ${unitName}` : ''}.xlsx`;
}

/** "Báo cáo tổng hợp 6 tháng đầu năm 2026.docx": the Word report written beside the summary. */
export function reportFileName(period: ReportingPeriod): string {
  return `Báo cáo tổng hợp ${forFileName(period)}.docx`;
}

/** "Trích báo cáo các đơn vị Quý III-2026.docx": every unit's full text, written beside the report. */
export function compilationFileName(period: ReportingPeriod): string {
  return `Trích báo cáo các đơn vị ${forFileName(period)}.docx`;
}

/**
 * The compilation beside a report given its own name ("Bản sửa.docx" → "Bản sửa - Trích báo
 * cáo các đơn vị.docx"), so two reports in one folder keep their own.
 */
export function compilationFileNameBeside(reportFileName: string): string {
  return `${reportFileName.replace(/\.docx$/i, '')} - Trích báo cáo các đơn vị.docx`;
}

/** "Tổng hợp 6 tháng đầu năm 2026.xlsx". */
export function summaryFileName(period: ReportingPeriod): string {
  return `Tổng hợp ${forFileName(period)}.xlsx`;
}

/** "Đôn đốc 6 tháng đầu năm 2026": the folder of reminders for a round. */
export function reminderFolderName(period: ReportingPeriod): string {
  return `Đôn đốc ${forFileName(period)}`;
}

/** "Công văn đôn đốc 6 tháng đầu năm 2026.docx". */
export function reminderLetterFileName(period: ReportingPeriod): string {
  return `Công văn đôn đốc ${forFileName(period)}.docx`;
}

/**
 * A file name made from a unit's name ("Đảng ủy phường Văn Miếu - Quốc Tử Giám.txt"): characters
 * no file system takes become "-"; two units of the same name get "(2)", "(3)".
 */
export function unitFileNames(names: readonly string[], extension: string): string[] {
  const used = new Map<string, number>();
  return names.map((name) => {
    const base = name.normalize('NFC').replace(/[\\/:*?"<>|\u0000-\u001f]/g, '-').replace(/^[\s.]+|[\s.]+$/g, '').slice(0, 120) || 'Đơn vị';
    const key = base.toLocaleLowerCase('vi');
    const n = (used.get(key) ?? 0) + 1;
    used.set(key, n);
    return `${base}${n > 1 ? ` (${n})` : ''}.${extension}`;
  });
}
