import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import JSZip from 'jszip';
import { launchChromium } from './launchChromium';
import { checkReportWithErrors, checkSummaryAndReport, checkTemplateDownload, downloadFile, downloadWorkbook, prepareSampleRound, runSampleRound, type SampleRound } from './sampleRound';

// Issue 26: "Tổng hợp báo cáo.html", the whole page in one file, opened from file:// as from a USB
// stick or an e-mail attachment, with the network blocked: no server, no office.js, nothing else.
const root = path.join(__dirname, '..', '..');
const singleFile = path.join(root, 'dist', 'Tổng hợp báo cáo.html');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let round: SampleRound;
const requests: string[] = [];

/** Every Content-Security-Policy refusal the page meets, so a worker or a style it blocks is seen. */
const WATCH_CSP = `window.__cspViolations = []; document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));`;

beforeAll(async () => {
  if (!fs.existsSync(singleFile)) throw new Error('Run "npm run build" first (npm run test:e2e does).');
  round = await prepareSampleRound('tonghop-single-');
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 350, height: 900 }, acceptDownloads: true, locale: 'vi-VN' });
  await context.setOffline(true);
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return url.startsWith('file:') ? route.continue() : route.abort();
  });
  await context.addInitScript(WATCH_CSP);
  page = await context.newPage();
  await page.goto(pathToFileURL(singleFile).href);
  await page.getByRole('heading', { name: 'Tổng hợp báo cáo' }).waitFor();
});

afterAll(async () => {
  await browser?.close();
  if (round) fs.rmSync(round.work, { recursive: true, force: true });
});

test('one file: scripts inline, no script or style fetched, a CSP that allows no network', () => {
  const html = fs.readFileSync(singleFile, 'utf8');
  expect(html).toContain("connect-src 'none'");
  expect(html).toContain("default-src 'none'");
  expect(html).not.toMatch(/<script[^>]*\ssrc=/);
  expect(html).not.toMatch(/<link[^>]*\shref=/);
  expect(html).not.toContain('appsforoffice.microsoft.com');
});

test('opened from file:// with office.js unreachable, it shows the browser mode', async () => {
  await page.getByText('Trên trình duyệt').waitFor();
  await page.getByText(/Trang một tệp không dùng mạng/).waitFor();
});

test('Mẫu báo cáo: the built-in template, downloaded', () => checkTemplateDownload(page, round.work));

test('Kiểm tra: a report with errors', () => checkReportWithErrors(page, round.reports));

test(`a round of the 31 sample reports in blob: workers, to the summary, the Word report, the compilation and the letter`, async () => {
  const seconds = await runSampleRound(page, round.reports);
  console.log(`Trang một tệp (file://): đọc và tổng hợp ${round.reports.length} tệp trong ${seconds.toFixed(2)} giây`);
  await checkSummaryAndReport(page, round);
  const compilation = await downloadFile(page, round.work, () => page.getByRole('button', { name: 'Trích báo cáo các đơn vị (.docx)' }).click());
  expect((await JSZip.loadAsync(fs.readFileSync(compilation))).file('word/document.xml')).not.toBeNull();
  await page.getByRole('button', { name: /^Nhắc nộp \(\d+ đơn vị\)/ }).click();
  const letter = await downloadFile(page, round.work, () => page.getByRole('button', { name: 'Tải công văn đôn đốc (.docx)' }).click());
  expect(path.basename(letter)).toMatch(/\.docx$/);
  await page.screenshot({ path: path.join(root, 'out', 'screenshots', '6-trang-mot-tep.png'), fullPage: true });
});

// After the round: a newer version picked here would become the round's template.
test('a catalogue picked by hand (index.json and its template) is listed and made', async () => {
  const folder = path.join(root, 'tests', 'fixtures', 'catalogue');
  await page.getByRole('tab', { name: 'Mẫu báo cáo' }).click();
  await page.getByTestId('template-file').setInputFiles(fs.readdirSync(folder).map((f) => path.join(folder, f)));
  await page.getByText(/Danh mục "Danh mục mẫu thử nghiệm".*1 mẫu/).waitFor();
  await page.getByRole('combobox', { name: 'Mẫu báo cáo' }).click();
  await page.getByRole('option', { name: /phiên bản 2/ }).click();
  const wb = await downloadWorkbook(page, round.work, () => page.getByRole('button', { name: 'Tải tệp .xlsx' }).click());
  expect(wb.Sheets['Mã mẫu']['B2'].v).toBe(2);
});

test('nothing left the machine and the CSP refused nothing the page needed', async () => {
  expect(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
});
