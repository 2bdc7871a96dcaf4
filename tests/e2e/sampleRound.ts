import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { formatVietnameseNumber } from '../../src/core/text/formatVietnameseNumber';
import { runDemo, DEMO_SUBMISSIONS_FOLDER } from '../../src/cli/runDemo';
import { SUMMARY_SHEETS } from '../../src/core/workbook/buildSummaryWorkbook';

/*
 * The sample round both browser pages (the hosted page and the single file) are driven through:
 * the demo's 31 reports, read, checked and consolidated in the page, the summary compared with the
 * one the command line wrote, and the Word report opened.
 */

export interface SampleRound {
  work: string;
  reports: string[];
  demoSummary: string;
}

export async function prepareSampleRound(prefix: string): Promise<SampleRound> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const demoSummary = (await runDemo(work, { out: () => undefined })).summaryPath;
  const folder = path.join(work, DEMO_SUBMISSIONS_FOLDER);
  return { work, demoSummary, reports: fs.readdirSync(folder).map((f) => path.join(folder, f)) };
}

/** Clicks, waits for the download, saves it into the work folder and answers its path. */
export async function downloadFile(page: Page, work: string, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(work, file.suggestedFilename());
  await file.saveAs(target);
  return target;
}

export async function downloadWorkbook(page: Page, work: string, click: () => Promise<void>): Promise<XLSX.WorkBook> {
  return XLSX.read(fs.readFileSync(await downloadFile(page, work, click)));
}

/** The sheet names of a template as the page writes it. */
export const TEMPLATE_SHEETS = ['Hướng dẫn', 'Thông tin chung', 'Nội dung', 'Số liệu', 'Điển hình', 'Mã mẫu', 'Danh mục'];

/** The Tổng hợp tab: the round's settings, the sample registry, the reports read; answers the seconds it took. */
export async function runSampleRound(page: Page, reports: string[]): Promise<number> {
  await page.getByRole('tab', { name: 'Tổng hợp' }).click();
  await page.getByRole('combobox', { name: 'Kỳ báo cáo' }).click();
  await page.getByRole('option', { name: '6 tháng đầu năm' }).click();
  await page.getByRole('spinbutton', { name: 'Năm' }).fill('2026');
  await page.getByRole('textbox', { name: /Hạn nộp/ }).fill('22/06/2026');
  await page.getByRole('textbox', { name: 'Cơ quan tổng hợp' }).fill('Ban Tuyên giáo và Dân vận Thành ủy (dữ liệu mẫu)');
  await page.getByRole('button', { name: 'Dùng danh sách mẫu' }).click();
  await page.getByTestId('report-files').setInputFiles(reports);
  const started = Date.now();
  await page.getByRole('button', { name: `Đọc và kiểm tra ${reports.length} tệp` }).click();
  await page.getByText('25 đúng hạn').waitFor({ timeout: 120_000 });
  const seconds = (Date.now() - started) / 1000;
  await page.getByText('3 nộp muộn').waitFor();
  await page.getByText('Nộp muộn 9 ngày').waitFor();
  return seconds;
}

const totals = (wb: XLSX.WorkBook) => {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[SUMMARY_SHEETS.figures], { header: 1, defval: null });
  const codes = rows.find((r) => r.includes('tong_dang_vien'))!;
  const total = rows.find((r) => r[2] === 'TỔNG CỘNG')!;
  return Object.fromEntries(codes.map((c, i) => [c, total[i]]).filter(([c]) => typeof c === 'string' && c !== ''));
};

/** The summary downloaded has the command line's totals; the Word report is a real .docx with them. */
export async function checkSummaryAndReport(page: Page, round: SampleRound): Promise<void> {
  const summary = await downloadWorkbook(page, round.work, () => page.getByRole('button', { name: 'Tạo bảng tổng hợp (.xlsx)' }).click());
  const got = totals(summary);
  expect(got['tong_dang_vien']).toBeGreaterThan(10_000);
  expect(got).toEqual(totals(XLSX.read(fs.readFileSync(round.demoSummary))));

  // The Word report: the docx writer is loaded only now, and the file is a real .docx.
  const target = await downloadFile(page, round.work, () => page.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }).click());
  expect(path.basename(target)).toBe('Báo cáo tổng hợp 6 tháng đầu năm 2026.docx');
  const docx = await JSZip.loadAsync(fs.readFileSync(target));
  const xml = await docx.file('word/document.xml')!.async('string');
  // Written a chunk at a time with the browser's CompressionStream: that writer dates its parts 1980.
  expect(docx.file('word/document.xml')!.date.getFullYear()).toBe(1980);
  expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(xml).toContain(`tổng số đảng viên của các đơn vị đã báo cáo là ${formatVietnameseNumber(got['tong_dang_vien'] as number)} người`);
}

/** Mẫu báo cáo: the built-in template downloaded, with its sheets and its id. */
export async function checkTemplateDownload(page: Page, work: string): Promise<void> {
  const wb = await downloadWorkbook(page, work, () => page.getByRole('button', { name: 'Tải tệp .xlsx' }).click());
  expect(wb.SheetNames).toEqual(TEMPLATE_SHEETS);
  expect(wb.Sheets['Mã mẫu']['B1'].v).toBe('hn-kl01');
}

/** Kiểm tra: the sample report with errors is not ready to send. */
export async function checkReportWithErrors(page: Page, reports: string[]): Promise<void> {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByTestId('check-file').setInputFiles(reports.find((f) => f.includes('Đống Đa'))!);
  await page.getByText('Chưa thể gửi').waitFor();
  await page.getByText(/lớn hơn "Tổng số đảng viên của đảng bộ"/).waitFor();
}
