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

/** "Tổng hợp 6 tháng đầu năm 2026.xlsx". */
export function summaryFileName(period: ReportingPeriod): string {
  return `Tổng hợp ${forFileName(period)}.xlsx`;
}
