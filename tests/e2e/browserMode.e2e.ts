import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import JSZip from 'jszip';
import * as XLSX from 'xlsx';
import { formatVietnameseNumber } from '../../src/core/text/formatVietnameseNumber';
import { runDemo, DEMO_SUBMISSIONS_FOLDER } from '../../src/cli/runDemo';
import { SUMMARY_SHEETS } from '../../src/core/workbook/buildSummaryWorkbook';
import { launchChromium } from './launchChromium';
import { serveDist } from './serveDist';

const root = path.join(__dirname, '..', '..');
const shots = path.join(root, 'out', 'screenshots');
let server: Awaited<ReturnType<typeof serveDist>>;
let browser: Browser;
let page: Page;
let work: string;
let demoSummary: string;
let reports: string[];
const outside: string[] = [];

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'taskpane.html'))) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tonghop-e2e-'));
  demoSummary = (await runDemo(work, { out: () => undefined })).summaryPath;
  const folder = path.join(work, DEMO_SUBMISSIONS_FOLDER);
  reports = fs.readdirSync(folder).map((f) => path.join(folder, f));
  fs.mkdirSync(shots, { recursive: true });
  server = await serveDist(path.join(root, 'dist'));
  browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  // office.js lives on Microsoft's CDN; here there is no network, as in many offices.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.url) || url.startsWith('blob:') || url.startsWith('data:')) return route.continue();
    outside.push(url);
    return route.abort();
  });
  page = await context.newPage();
  await page.goto(`${server.url}taskpane.html`);
  await page.getByRole('heading', { name: 'Tổng hợp báo cáo' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

async function download(click: () => Promise<void>): Promise<XLSX.WorkBook> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const target = path.join(work, file.suggestedFilename());
  await file.saveAs(target);
  return XLSX.read(fs.readFileSync(target));
}

test('opens in browser mode when there is no Office host', async () => {
  await page.getByText('Trên trình duyệt').waitFor();
  await page.screenshot({ path: path.join(shots, '1-mau-bao-cao.png'), fullPage: true });
});

test('Mẫu báo cáo: downloads a template', async () => {
  const wb = await download(() => page.getByRole('button', { name: 'Tải tệp .xlsx' }).click());
  expect(wb.SheetNames).toEqual(['Hướng dẫn', 'Thông tin chung', 'Nội dung', 'Số liệu', 'Điển hình', 'Mã mẫu', 'Danh mục']);
  expect(wb.Sheets['Mã mẫu']['B1'].v).toBe('hn-kl01');
});

test('Kiểm tra: a report with errors, then one ready to send', async () => {
  await page.getByRole('tab', { name: 'Kiểm tra' }).click();
  await page.getByTestId('check-file').setInputFiles(reports.find((f) => f.includes('Đống Đa'))!);
  await page.getByText('Chưa thể gửi').waitFor();
  await page.getByText(/lớn hơn "Tổng số đảng viên của đảng bộ"/).waitFor();
  await page.screenshot({ path: path.join(shots, '2-kiem-tra.png'), fullPage: true });
  await page.getByTestId('check-file').setInputFiles(reports.find((f) => f.includes('Ba Đình'))!);
  await page.getByText('Sẵn sàng gửi').waitFor();
});

test('Tổng hợp: picks the 31 sample files, shows the statuses and downloads a summary with the same totals', async () => {
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
  console.log(`Đọc và tổng hợp ${reports.length} tệp trong trình duyệt: ${seconds.toFixed(2)} giây`);
  await page.getByText('3 nộp muộn').waitFor();
  await page.getByText('Nộp muộn 9 ngày').waitFor();
  await page.screenshot({ path: path.join(shots, '3-tong-hop.png'), fullPage: true });

  const summary = await download(() => page.getByRole('button', { name: 'Tạo bảng tổng hợp (.xlsx)' }).click());
  const expected = XLSX.read(fs.readFileSync(demoSummary));
  const totals = (wb: XLSX.WorkBook) => {
    const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets[SUMMARY_SHEETS.figures], { header: 1, defval: null });
    const codes = rows.find((r) => r.includes('tong_dang_vien'))!;
    const total = rows.find((r) => r[2] === 'TỔNG CỘNG')!;
    return Object.fromEntries(codes.map((c, i) => [c, total[i]]).filter(([c]) => typeof c === 'string' && c !== ''));
  };
  const got = totals(summary);
  expect(got['tong_dang_vien']).toBeGreaterThan(10_000);
  expect(got).toEqual(totals(expected));

  // The Word report: the docx writer is fetched only now, and the file is a real .docx.
  const [word] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo Word (.docx)' }).click()]);
  expect(word.suggestedFilename()).toBe('Báo cáo tổng hợp 6 tháng đầu năm 2026.docx');
  const target = path.join(work, word.suggestedFilename());
  await word.saveAs(target);
  const docx = await JSZip.loadAsync(fs.readFileSync(target));
  const xml = await docx.file('word/document.xml')!.async('string');
  // Written a chunk at a time with the browser's CompressionStream: that writer dates its parts 1980.
  expect(docx.file('word/document.xml')!.date.getFullYear()).toBe(1980);
  expect(xml).toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
  expect(xml).toContain(`tổng số đảng viên của các đơn vị đã báo cáo là ${formatVietnameseNumber(got['tong_dang_vien'] as number)} người`);
});

test('the page made no request outside its own origin', () => {
  expect(outside.filter((u) => !u.startsWith('https://appsforoffice.microsoft.com/'))).toEqual([]);
  expect(server.requests.every((u) => !u.includes('..'))).toBe(true);
});

test('npm run build gives dist/ with taskpane.html, the manifest at the production URL, and the icons', () => {
  const dist = path.join(root, 'dist');
  for (const f of ['taskpane.html', 'manifest.xml', ...[16, 32, 64, 80, 128].map((s) => `assets/icon-${s}.png`)]) expect([f, fs.existsSync(path.join(dist, f))]).toEqual([f, true]);
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
  const html = fs.readFileSync(path.join(dist, 'taskpane.html'), 'utf8');
  expect(html).toContain("script-src 'self' https://appsforoffice.microsoft.com");
  expect(html).toContain("connect-src 'self'");
  expect(fs.readdirSync(dist).some((f) => f.endsWith('.pem') || f.endsWith('.crt') || f.endsWith('.key'))).toBe(false);
});

const xsd = path.join(root, '..', 'shared', 'office-manifest-xsd', 'OfficeAppManifestV1_1.xsd');
(fs.existsSync(xsd) ? test : test.skip)('the built manifest passes the XSD check', () => {
  expect(() => execFileSync('xmllint', ['--noout', '--schema', xsd, path.join(root, 'dist', 'manifest.xml')], { stdio: 'pipe' })).not.toThrow();
});
